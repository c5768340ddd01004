package io.granula.core.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which particles count: value ranges on any measurements, and optionally no particle touching the image
 * border (it may be cut, so its size is wrong). Selecting is one pass per criterion over the table's
 * columns; statistics are then taken over the selected rows.
 */
public record ParticleFilter(List<MeasurementRange> ranges, boolean excludeEdgeTouching) {
    public static final ParticleFilter ALL = new ParticleFilter(List.of(), false);

    public ParticleFilter {
        ranges = List.copyOf(ranges);
    }

    public ParticleFilter withRange(MeasurementRange range) {
        List<MeasurementRange> more = new ArrayList<>(ranges);
        more.add(range);
        return new ParticleFilter(more, excludeEdgeTouching);
    }

    public ParticleFilter excludingEdgeTouching(boolean exclude) {
        return new ParticleFilter(ranges, exclude);
    }

    public boolean isEmpty() {
        return ranges.isEmpty() && !excludeEdgeTouching;
    }

    /**
     * Rows of {@code table} that pass, ascending.
     *
     * @throws IllegalArgumentException when a range names a measurement the table lacks (an intensity
     *                                  measurement of a table measured without an image)
     */
    public int[] select(ParticleTable table) {
        int n = table.size();
        boolean[] rejected = new boolean[n];
        for (MeasurementRange r : ranges) {
            double[] col = table.column(r.measurement());
            double lo = r.min(), hi = r.max();
            for (int i = 0; i < n; i++) {
                double v = col[i];
                rejected[i] |= !(v >= lo && v <= hi);
            }
        }
        if (excludeEdgeTouching) {
            double[] edge = table.column(Measurement.EDGE_TOUCHING);
            for (int i = 0; i < n; i++) {
                rejected[i] |= edge[i] != 0;
            }
        }
        int[] rows = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!rejected[i]) {
                rows[k++] = i;
            }
        }
        return Arrays.copyOf(rows, k);
    }
}
