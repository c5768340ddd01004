package io.granula.core.synth;

/**
 * Per-pixel physical quantities of a scene, the common input of every renderer. Composited
 * quantities follow the painter's rule (a later particle replaces what is under it in
 * proportion to its anti-aliased coverage); projected quantities add up through the stack, as
 * transmitted electrons see every particle on their path.
 *
 * @param coverage       union coverage 0..1 (1 - prod(1 - alpha))
 * @param surface        top-surface height in px, composited (0 on the substrate)
 * @param insideDistance distance from the outline of the top particle, composited (0 outside)
 * @param material       relative Z / density of the top particle, composited (0 on the substrate)
 * @param thickness      projected thickness in px, summed
 * @param massThickness  projected thickness times material, summed (bright-field absorption)
 * @param zThickness     projected thickness times material^1.7, summed (HAADF, Z^1.7 law)
 * @param diffraction    bright-field diffraction darkening, summed
 * @param labels         label of the top particle whose outline contains the pixel centre
 */
public record SceneMaps(int width, int height, float[] coverage, float[] surface, float[] insideDistance,
                        float[] material, float[] thickness, float[] massThickness, float[] zThickness,
                        float[] diffraction, int[] labels) {
}
