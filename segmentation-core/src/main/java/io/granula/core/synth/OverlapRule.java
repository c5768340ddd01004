package io.granula.core.synth;

/**
 * What a new particle may do to those already placed.
 *
 * @param gap          clearance in px the new outline must keep from every placed pixel (0: touching allowed)
 * @param maxOccluded  fraction of any placed particle's in-image area the union of later particles may hide (0: no overlap)
 * @param minVisible   pixels every particle keeps in the label image, the new one included
 */
public record OverlapRule(double gap, double maxOccluded, int minVisible) {
    public OverlapRule {
        if (gap < 0 || maxOccluded < 0 || maxOccluded >= 1 || minVisible < 1) {
            throw new IllegalArgumentException("bad overlap rule " + gap + ", " + maxOccluded + ", " + minVisible);
        }
    }

    public static OverlapRule touching(int minVisible) {
        return new OverlapRule(0, 0, minVisible);
    }

    public boolean allowsOverlap() {
        return maxOccluded > 0;
    }
}
