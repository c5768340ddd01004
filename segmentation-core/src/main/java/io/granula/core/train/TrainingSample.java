package io.granula.core.train;

/**
 * One training image, prepared once: the network input (normalised as at inference), the
 * instance labels, and the flow targets computed from them (Cellpose's 5x unit flows), all
 * {@code width*height} in raster order.
 *
 * @param name      where it came from (file stem or synthetic index), for messages
 * @param diameter  median area-equivalent diameter of its objects in px (Cellpose utils.diameters)
 */
public record TrainingSample(String name, int width, int height, float[] input, int[] labels, float[] flowY,
                             float[] flowX, double diameter) {
    public TrainingSample {
        int n = width * height;
        if (input.length != n || labels.length != n || flowY.length != n || flowX.length != n) {
            throw new IllegalArgumentException(name + ": planes must each hold " + width + "x" + height + " values");
        }
    }

    /**
     * Median of sqrt(area) over objects divided by sqrt(pi)/2, i.e. the median area-equivalent
     * diameter (cellpose/utils.py diameters); 0 when there is no object.
     */
    public static double medianDiameter(int[] labels) {
        int max = 0;
        for (int v : labels) {
            max = Math.max(max, v);
        }
        int[] area = new int[max + 1];
        for (int v : labels) {
            area[v]++;
        }
        double[] roots = java.util.stream.IntStream.rangeClosed(1, max).filter(i -> area[i] > 0)
                .mapToDouble(i -> Math.sqrt(area[i])).sorted().toArray();
        if (roots.length == 0) {
            return 0;
        }
        int m = roots.length / 2;
        double median = roots.length % 2 == 1 ? roots[m] : (roots[m - 1] + roots[m]) / 2;
        return median / (Math.sqrt(Math.PI) / 2);
    }
}
