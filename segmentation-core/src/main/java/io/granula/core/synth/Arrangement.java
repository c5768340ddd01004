package io.granula.core.synth;

/** How particles sit relative to each other in one image. */
public enum Arrangement {
    /** A handful of well-separated particles. */
    SPARSE,
    /** Random sequential placement without overlap; some touch by chance. */
    RANDOM,
    /** Dense mats of particles in contact (grown by attaching each new particle to a placed one). */
    TOUCHING,
    /** Separate compact clusters of touching particles on empty background. */
    CLUSTERED,
    /** Sintered agglomerates: primaries of similar size that overlap a little at their necks. */
    AGGLOMERATES,
    /** Random placement where later particles lie on and partly hide earlier ones. */
    OVERLAPPING
}
