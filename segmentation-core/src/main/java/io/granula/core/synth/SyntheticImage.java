package io.granula.core.synth;

import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;

import java.util.List;

/**
 * One generated micrograph with its exact instance labels and what was drawn.
 *
 * @param index       position in the generated set
 * @param seed        the seed of this image alone (regenerates it with {@link SyntheticMicrographs})
 * @param nmPerPixel  physical pixel size the image pretends to have (for a scale bar in the info strip)
 * @param stripHeight rows at the bottom reserved for an instrument info strip (black, label 0)
 * @param image       8-bit (SEM, BSE, optical) or 16-bit (TEM, HAADF) pixels, field plus strip
 * @param labels      instance labels, same size as the image, ids as in {@code particles}
 * @param particles   in draw order (later on top); particles with no visible pixel are not listed
 */
public record SyntheticImage(int index, long seed, SynthStyle style, Arrangement arrangement, double nmPerPixel,
                             int stripHeight, Image2D image, LabelImage labels, List<Particle> particles) {
    public SyntheticImage {
        particles = List.copyOf(particles);
    }

    public int fieldHeight() {
        return image.height() - stripHeight;
    }
}
