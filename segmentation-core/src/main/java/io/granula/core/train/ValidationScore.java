package io.granula.core.train;

/**
 * Pooled instance-segmentation scores on the validation images: AP = TP / (TP + FP + FN) at IoU
 * 0.5, 0.75 and 0.9 with counts summed over images (as io.granula.core.eval defines AP).
 */
public record ValidationScore(double ap50, double ap75, double ap90, int images, int trueObjects, int predictedObjects) {
    public static final ValidationScore NONE = new ValidationScore(Double.NaN, Double.NaN, Double.NaN, 0, 0, 0);

    /** Orders checkpoints: AP@0.5 first, AP@0.75 to break ties. */
    public boolean betterThan(ValidationScore other) {
        if (other == null || Double.isNaN(other.ap50)) {
            return !Double.isNaN(ap50);
        }
        return ap50 > other.ap50 || (ap50 == other.ap50 && ap75 > other.ap75);
    }
}
