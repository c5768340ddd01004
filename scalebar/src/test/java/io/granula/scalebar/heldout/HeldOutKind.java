package io.granula.scalebar.heldout;

/**
 * The layouts of the held-out set (issue 16's misses), drawn by code that shares nothing with
 * {@code io.granula.scalebar.synth} so that accuracy on it says how the reader does on images it was
 * never tuned on.
 */
public enum HeldOutKind {
    /** A black or white line straight on the specimen, label left, right, above or below, sans or serif. */
    PLAIN_LINE,
    /** Hitachi-style ruler of ticks only (no baseline), 40-60 px, "5.00um" beside it, in a dark strip. */
    TICK_RULER,
    /** Zeiss-style H bar (end strokes above and below) in a grey data strip with EHT/WD/Mag fields. */
    H_BAR_STRIP,
    /** TEM bar on the image with a coloured or grey label above or below it. */
    TEM_COLOURED,
    /** ImageJ-style bar and label in a filled box on the image, end caps sometimes. */
    BOXED,
    /**
     * A vertical bar on the specimen, black, white or coloured, its label written horizontally beside
     * it or over or under it. Drawn from a random stream of its own, so that adding it left the other
     * kinds' images of a seed as they were (figures stay comparable with earlier runs).
     */
    VERTICAL;

    /** Kinds added after the first figures were published draw from their own random stream. */
    boolean ownStream() {
        return this == VERTICAL;
    }
}
