package io.granula.core.measure;

import io.granula.core.calib.Calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Measurements of every particle of one image, stored by column (one {@code double[]} per
 * {@link Measurement}) so filters and statistics run over flat arrays. Values are in {@link #units()}
 * (physical when the image was calibrated, pixels otherwise); outlines stay in pixel coordinates for
 * overlays and exports. Rows are in ascending label order. Column arrays are shared, not copied: callers
 * must not modify them.
 */
public final class ParticleTable {
    private final int[] labels;
    private final double[][] columns; // by Measurement.ordinal(); null when absent
    private final List<Measurement> measurements;
    private final List<ParticleOutline> outlines;
    private final MeasurementUnits units;
    private final Calibration calibration;
    private final int imageWidth;
    private final int imageHeight;

    ParticleTable(int[] labels, double[][] columns, List<ParticleOutline> outlines, MeasurementUnits units,
                  Calibration calibration, int imageWidth, int imageHeight) {
        if (columns.length != Measurement.values().length || outlines.size() != labels.length) {
            throw new IllegalArgumentException("columns or outlines do not match the label count");
        }
        List<Measurement> present = new ArrayList<>();
        for (Measurement m : Measurement.values()) {
            double[] col = columns[m.ordinal()];
            if (col != null) {
                if (col.length != labels.length) {
                    throw new IllegalArgumentException(m + " has " + col.length + " rows, expected " + labels.length);
                }
                present.add(m);
            }
        }
        this.labels = labels;
        this.columns = columns;
        this.measurements = Collections.unmodifiableList(present);
        this.outlines = List.copyOf(outlines);
        this.units = Objects.requireNonNull(units);
        this.calibration = Objects.requireNonNull(calibration);
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
    }

    public int size() {
        return labels.length;
    }

    public int label(int row) {
        return labels[row];
    }

    /** Row of a label id, or -1 when the table has no such particle (rows are in ascending label order). */
    public int rowOf(int label) {
        int row = java.util.Arrays.binarySearch(labels, label);
        return row >= 0 ? row : -1;
    }

    /** The measurements this table holds, in {@link Measurement} order (intensity ones only with an image). */
    public List<Measurement> measurements() {
        return measurements;
    }

    public boolean has(Measurement m) {
        return columns[m.ordinal()] != null;
    }

    public double value(Measurement m, int row) {
        return column(m)[row];
    }

    /** The column of one measurement in {@link #units()} (shared array: do not modify). */
    public double[] column(Measurement m) {
        double[] col = columns[m.ordinal()];
        if (col == null) {
            throw new IllegalArgumentException(m.key() + " was not measured (it needs an intensity image)");
        }
        return col;
    }

    /** CSV column name with its unit, e.g. {@code area_nm2}, {@code feret_px}, {@code circularity}. */
    public String columnName(Measurement m) {
        return m.key() + units.suffix(m.unitKind());
    }

    public boolean isEdgeTouching(int row) {
        return column(Measurement.EDGE_TOUCHING)[row] != 0;
    }

    public ParticleOutline outline(int row) {
        return outlines.get(row);
    }

    public MeasurementUnits units() {
        return units;
    }

    public Calibration calibration() {
        return calibration;
    }

    public int imageWidth() {
        return imageWidth;
    }

    public int imageHeight() {
        return imageHeight;
    }

    /** This table with {@code m}'s column set to {@code values} (by row), e.g. a value the measurer cannot compute. */
    public ParticleTable withColumn(Measurement m, double[] values) {
        if (values.length != labels.length) {
            throw new IllegalArgumentException(m + " has " + values.length + " rows, expected " + labels.length);
        }
        double[][] all = columns.clone();
        all[m.ordinal()] = values.clone();
        return new ParticleTable(labels, all, outlines, units, calibration, imageWidth, imageHeight);
    }

    /** A table of the given rows (ascending row indices, e.g. from a filter), same units and image. */
    public ParticleTable rows(int[] rows) {
        int[] subLabels = new int[rows.length];
        List<ParticleOutline> subOutlines = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            subLabels[i] = labels[rows[i]];
            subOutlines.add(outlines.get(rows[i]));
        }
        double[][] subColumns = new double[columns.length][];
        for (Measurement m : measurements) {
            double[] src = columns[m.ordinal()];
            double[] dst = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                dst[i] = src[rows[i]];
            }
            subColumns[m.ordinal()] = dst;
        }
        return new ParticleTable(subLabels, subColumns, subOutlines, units, calibration, imageWidth, imageHeight);
    }

    /**
     * A table measured on a crop of the image, moved to image coordinates: the crop's top-left corner is
     * image pixel (x0, y0). Only position columns (centroid, bounding-box corner) and outlines change, by
     * translation; every other measurement is translation-invariant. The edge flag is taken again against
     * the whole image, from the bounding box. Used to re-measure edited particles on their box alone.
     */
    public ParticleTable placedAt(int x0, int y0, int fullWidth, int fullHeight) {
        double s = units.scale(UnitKind.LENGTH);
        double[][] cols = columns.clone();
        shift(cols, Measurement.CENTROID_X, x0 * s);
        shift(cols, Measurement.CENTROID_Y, y0 * s);
        shift(cols, Measurement.BBOX_X, x0 * s);
        shift(cols, Measurement.BBOX_Y, y0 * s);
        List<ParticleOutline> moved = new ArrayList<>(outlines.size());
        int[] minX = new int[labels.length], minY = new int[labels.length], maxX = new int[labels.length], maxY = new int[labels.length];
        for (int r = 0; r < labels.length; r++) {
            List<Contour> parts = new ArrayList<>();
            minX[r] = minY[r] = Integer.MAX_VALUE;
            maxX[r] = maxY[r] = Integer.MIN_VALUE;
            for (Contour c : outlines.get(r).parts()) {
                int[] xs = c.xs().clone(), ys = c.ys().clone();
                for (int i = 0; i < xs.length; i++) {
                    xs[i] += x0;
                    ys[i] += y0;
                    minX[r] = Math.min(minX[r], xs[i]);
                    minY[r] = Math.min(minY[r], ys[i]);
                    maxX[r] = Math.max(maxX[r], xs[i]);
                    maxY[r] = Math.max(maxY[r], ys[i]);
                }
                parts.add(new Contour(xs, ys));
            }
            moved.add(new ParticleOutline(labels[r], parts));
        }
        if (cols[Measurement.EDGE_TOUCHING.ordinal()] != null) {
            double[] edge = new double[labels.length];
            for (int r = 0; r < labels.length; r++) {
                // outline vertices are pixel corners: a particle touching the last column ends at x = width
                edge[r] = minX[r] <= 0 || minY[r] <= 0 || maxX[r] >= fullWidth || maxY[r] >= fullHeight ? 1 : 0;
            }
            cols[Measurement.EDGE_TOUCHING.ordinal()] = edge;
        }
        return new ParticleTable(labels.clone(), cols, moved, units, calibration, fullWidth, fullHeight);
    }

    private static void shift(double[][] cols, Measurement m, double by) {
        double[] col = cols[m.ordinal()];
        if (col != null) {
            double[] out = col.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] += by;
            }
            cols[m.ordinal()] = out;
        }
    }

    /**
     * This table after an edit: the particles in {@code removed} taken out, the rows of {@code updates}
     * (same units and measurements) put in, replacing rows with the same label; rows stay in label order.
     */
    public ParticleTable replacing(java.util.Collection<Integer> removed, List<ParticleTable> updates) {
        java.util.TreeMap<Integer, Object[]> rows = new java.util.TreeMap<>();
        for (int r = 0; r < labels.length; r++) {
            rows.put(labels[r], new Object[]{this, r});
        }
        for (int label : removed) {
            rows.remove(label);
        }
        for (ParticleTable u : updates) {
            for (int r = 0; r < u.size(); r++) {
                rows.put(u.labels[r], new Object[]{u, r});
            }
        }
        int n = rows.size();
        int[] outLabels = new int[n];
        double[][] cols = new double[columns.length][];
        for (Measurement m : measurements) {
            cols[m.ordinal()] = new double[n];
        }
        List<ParticleOutline> outOutlines = new ArrayList<>(n);
        int i = 0;
        for (var e : rows.entrySet()) {
            ParticleTable t = (ParticleTable) e.getValue()[0];
            int r = (Integer) e.getValue()[1];
            outLabels[i] = e.getKey();
            for (Measurement m : measurements) {
                cols[m.ordinal()][i] = t.has(m) ? t.columns[m.ordinal()][r] : Double.NaN;
            }
            outOutlines.add(t.outlines.get(r));
            i++;
        }
        return new ParticleTable(outLabels, cols, outOutlines, units, calibration, imageWidth, imageHeight);
    }
}
