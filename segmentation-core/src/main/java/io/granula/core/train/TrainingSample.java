package io.granula.core.train;

/**
 * One training image, prepared once: the network input (normalised as at inference), the
 * instance labels, and the flow targets computed from them (Cellpose's 5x unit flows), all
 * {@code width*height} in raster order.
 *
 * @param name      where it came from (file stem or synthetic index), for messages
 * @param diameter  median area-equivalent diameter of its objects in px (Cellpose utils.diameters),
 *                  NaN when it has none
 */
public record TrainingSample(String name, int width, int height, float[] input, int[] labels, float[] flowY,
                             float[] flowX, double diameter) {
    public TrainingSample {
        int n = width * height;
        if (input.length != n || labels.length != n || flowY.length != n || flowX.length != n) {
            throw new IllegalArgumentException(name + ": planes must each hold " + width + "x" + height + " values");
        }
    }
}
