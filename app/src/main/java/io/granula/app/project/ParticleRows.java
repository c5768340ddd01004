package io.granula.app.project;

import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementUnits;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.measure.UnitKind;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Particle measurements as the store keeps them, from core's {@link ParticleMeasurer} (the ImageJ-matching
 * measurer that {@code analyze} uses), and the re-measurement of one particle after an edit: the measurer
 * runs on the particle's bounding box alone, then the position columns (centroid, box corner) are shifted
 * back to image coordinates and the edge flag is taken against the whole image. Every other measurement is
 * invariant under translation, so the row equals what a measurement of the whole image gives.
 */
final class ParticleRows {
    private static final int N = Measurement.values().length;

    private ParticleRows() {
    }

    static List<ParticleRow> of(ParticleTable table) {
        List<ParticleRow> rows = new ArrayList<>(table.size());
        for (int r = 0; r < table.size(); r++) {
            double[] v = new double[N];
            Arrays.fill(v, Double.NaN);
            for (Measurement m : table.measurements()) {
                v[m.ordinal()] = table.value(m, r);
            }
            rows.add(new ParticleRow(table.label(r), v));
        }
        return rows;
    }

    /**
     * Measures particle {@code label} inside its box {minX, minY, maxX, maxY}.
     *
     * @param intensity the image for the intensity columns, or null
     */
    static ParticleRow measureOne(LabelImage labels, Image2D intensity, Calibration calibration, int label, int[] box) {
        int w = labels.width();
        int x0 = box[0], y0 = box[1], bw = box[2] - box[0] + 1, bh = box[3] - box[1] + 1;
        int[] crop = new int[bw * bh];
        int[] src = labels.labels();
        for (int r = 0; r < bh; r++) {
            int off = (y0 + r) * w + x0;
            for (int c = 0; c < bw; c++) {
                if (src[off + c] == label) {
                    crop[r * bw + c] = label;
                }
            }
        }
        Image2D cropImage = intensity == null ? null : cropImage(intensity, x0, y0, bw, bh);
        ParticleTable t = new ParticleMeasurer().measure(new LabelImage(bw, bh, crop), cropImage, calibration, null);
        ParticleRow row = of(t).get(0);
        double[] v = row.values();
        double s = t.units().scale(UnitKind.LENGTH);
        v[Measurement.CENTROID_X.ordinal()] += x0 * s;
        v[Measurement.CENTROID_Y.ordinal()] += y0 * s;
        v[Measurement.BBOX_X.ordinal()] += x0 * s;
        v[Measurement.BBOX_Y.ordinal()] += y0 * s;
        boolean edge = box[0] == 0 || box[1] == 0 || box[2] == w - 1 || box[3] == labels.height() - 1;
        v[Measurement.EDGE_TOUCHING.ordinal()] = edge ? 1 : 0;
        return row;
    }

    private static Image2D cropImage(Image2D image, int x0, int y0, int bw, int bh) {
        float[][] planes = new float[image.channels()][];
        for (int c = 0; c < planes.length; c++) {
            float[] src = image.plane(c);
            float[] dst = new float[bw * bh];
            for (int r = 0; r < bh; r++) {
                System.arraycopy(src, (y0 + r) * image.width() + x0, dst, r * bw, bw);
            }
            planes[c] = dst;
        }
        return new Image2D(bw, bh, image.pixelType(), planes);
    }

    /** Converts a row measured under {@code from} units to {@code to} units (a new pixel size). */
    static ParticleRow rescale(ParticleRow row, MeasurementUnits from, MeasurementUnits to) {
        double[] v = row.values().clone();
        for (Measurement m : Measurement.values()) {
            double f = to.scale(m.unitKind()) / from.scale(m.unitKind());
            v[m.ordinal()] *= f;
        }
        return new ParticleRow(row.label(), v);
    }

    static byte[] encode(ParticleRow row) {
        ByteBuffer b = ByteBuffer.allocate(8 * N).order(ByteOrder.LITTLE_ENDIAN);
        for (double d : row.values()) {
            b.putDouble(d);
        }
        return b.array();
    }

    static ParticleRow decode(int label, byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        double[] v = new double[N];
        Arrays.fill(v, Double.NaN);
        // rows written by an older build with fewer measurements keep NaN for the new ones
        for (int i = 0; i < Math.min(N, data.length / 8); i++) {
            v[i] = b.getDouble();
        }
        return new ParticleRow(label, v);
    }
}
