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
 * measurer that {@code analyze} uses), and the re-measurement of one particle after an edit on its bounding
 * box alone ({@link ParticleMeasurer#measureOne}), which equals what a measurement of the whole image gives.
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
        return of(new ParticleMeasurer().measureOne(labels, intensity, calibration, label, box)).get(0);
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
