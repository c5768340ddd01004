package io.granula.core.train;

/**
 * Random changes applied to each training crop (after Cellpose transforms.random_rotate_and_resize,
 * with 90-degree turns instead of arbitrary angles so labels stay exact, and a wider scale range).
 *
 * @param minScale   smallest zoom relative to the diameter-normalised scale (0.5: objects half size)
 * @param maxScale   largest zoom (2: objects twice the size)
 * @param flips      mirror and turn by multiples of 90 degrees (the 8 symmetries of the square)
 * @param contrast   input multiplied by a factor in [1 - contrast, 1 + contrast]
 * @param brightness input shifted by up to +-brightness
 * @param maxGamma   gamma drawn log-uniform in [1 / maxGamma, maxGamma] on the positive part
 * @param maxNoise   with probability 1/2, Gaussian noise of sd up to maxNoise (normalised units)
 */
public record Augmentation(double minScale, double maxScale, boolean flips, double contrast, double brightness,
                           double maxGamma, double maxNoise) {
    public Augmentation {
        if (!(minScale > 0 && maxScale >= minScale && contrast >= 0 && contrast < 1 && brightness >= 0
                && maxGamma >= 1 && maxNoise >= 0)) {
            throw new IllegalArgumentException("bad augmentation settings");
        }
    }

    public static Augmentation defaults() {
        return new Augmentation(0.5, 2.0, true, 0.3, 0.1, 1.6, 0.08);
    }

    public static Augmentation none() {
        return new Augmentation(1, 1, false, 0, 0, 1, 0);
    }
}
