package io.granula.core.measure;

import java.util.List;

/**
 * The traced outer outline of one particle: one {@link Contour} per 8-connected part, the part holding the
 * particle's first pixel (raster order) first. Holes are not traced, as in ImageJ's ParticleAnalyzer.
 */
public record ParticleOutline(int label, List<Contour> parts) {
    public ParticleOutline {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a particle outline needs at least one part (label " + label + ")");
        }
    }

    /** The outline of the part holding the particle's first pixel, the one ImageJ's Wand would trace. */
    public Contour main() {
        return parts.get(0);
    }
}
