package io.granula.core.synth;

/**
 * One drawn particle. Draw order is the order in {@link SyntheticImage#particles()}: a later
 * particle lies on top and wins the pixels it shares with earlier ones.
 *
 * @param id          label value in the label image
 * @param shape       outline
 * @param relief      top-surface height profile (SEM topography, projected thickness)
 * @param material    relative mean atomic number / density of its phase (BSE and Z contrast, absorption), about 1
 * @param thickness   projected thickness relative to a solid of revolution (plates &lt; 1)
 * @param diffraction extra bright-field TEM darkening of a crystal near a Bragg orientation (0 for none)
 * @param cluster     index of the cluster or agglomerate it belongs to, -1 when loose
 * @param visibleArea pixels that carry its label (inside the image and not hidden by later particles)
 */
public record Particle(int id, Shape shape, SurfaceRelief relief, double material, double thickness,
                       double diffraction, int cluster, int visibleArea) {

    public Particle withVisibleArea(int area) {
        return new Particle(id, shape, relief, material, thickness, diffraction, cluster, area);
    }

    public Particle withShape(Shape moved) {
        return new Particle(id, moved, relief, material, thickness, diffraction, cluster, visibleArea);
    }

    public Particle withId(int newId, int newCluster) {
        return new Particle(newId, shape, relief, material, thickness, diffraction, newCluster, visibleArea);
    }
}
