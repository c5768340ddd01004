package io.granula.core.bench;

import ij.measure.ResultsTable;
import io.granula.core.calib.Calibration;
import io.granula.core.measure.Measurement;
import io.granula.core.measure.MeasurementRange;
import io.granula.core.measure.ParticleFilter;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.core.stats.ParticleStatistics;
import io.granula.core.stats.ParticleSummary;

import java.util.Arrays;
import java.util.Locale;

/**
 * Issue 4 target: filter 10,000 particles and re-summarise (every measurement's count/min/max/mean/std plus
 * the ECD's D10/D50/D90 by number, area and volume) in under 10 ms, which is what a GUI slider does on
 * every move. Baseline in the same run: the same filter and column statistics on ImageJ's row-oriented
 * ResultsTable (getValue per cell), as an ImageJ macro would do it.
 *
 * <pre>
 * java -cp segmentation-core/target/classes:segmentation-core/target/test-classes:$(cat segmentation-core/target/cp.txt) \
 *      io.granula.core.bench.FilterBenchmark
 * </pre>
 * (class path as in {@link MeasureBenchmark}).
 */
public final class FilterBenchmark {
    private static final double TARGET_MS = 10.0;

    public static void main(String[] args) {
        ParticleTable table = new ParticleMeasurer().measure(BenchImages.gridOfEllipses(2048, 100, 3), Calibration.parseUser("5 nm/px"));
        double[] area = table.column(Measurement.AREA).clone();
        Arrays.sort(area);
        double lo = area[area.length / 10], hi = area[area.length * 9 / 10];
        ParticleFilter filter = ParticleFilter.ALL.excludingEdgeTouching(true)
                .withRange(new MeasurementRange(Measurement.AREA, lo, hi))
                .withRange(MeasurementRange.atLeast(Measurement.CIRCULARITY, 0.5));

        int runs = 300;
        double[] ours = new double[runs];
        int kept = 0;
        for (int r = 0; r < runs + 50; r++) { // first 50 warm the JIT
            long t0 = System.nanoTime();
            ParticleSummary s = ParticleStatistics.summarise(table, filter);
            if (r >= 50) {
                ours[r - 50] = (System.nanoTime() - t0) / 1e6;
            }
            kept = s.count();
        }

        ResultsTable rt = new ResultsTable();
        for (int row = 0; row < table.size(); row++) {
            rt.incrementCounter();
            for (Measurement m : table.measurements()) {
                rt.addValue(m.key(), table.value(m, row));
            }
        }
        double[] baseline = new double[runs / 10];
        for (int r = 0; r < baseline.length + 5; r++) {
            long t0 = System.nanoTime();
            imageJFilterAndSummarise(rt, lo, hi);
            if (r >= 5) {
                baseline[r - 5] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double median = median(ours), p99 = percentile(ours, 0.99), base = median(baseline);
        System.out.printf(Locale.ROOT, "%d particles, %d pass the filter, %d cores%n", table.size(), kept,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "granula filter + summary: median %.3f ms, 99th percentile %.3f ms%n", median, p99);
        System.out.printf(Locale.ROOT, "ImageJ ResultsTable baseline: median %.3f ms%n", base);
        System.out.printf(Locale.ROOT, "speed-up vs baseline: %.1fx; median / 10 ms target: %.3f%n", base / median, median / TARGET_MS);
    }

    private static void imageJFilterAndSummarise(ResultsTable rt, double lo, double hi) {
        String[] headings = rt.getHeadings();
        int n = rt.size();
        double[] sum = new double[headings.length], sum2 = new double[headings.length];
        double[] min = new double[headings.length], max = new double[headings.length];
        Arrays.fill(min, Double.MAX_VALUE);
        Arrays.fill(max, -Double.MAX_VALUE);
        double[] ecd = new double[n];
        int kept = 0;
        for (int row = 0; row < n; row++) {
            double a = rt.getValue("area", row);
            if (a < lo || a > hi || rt.getValue("edge_touching", row) != 0 || rt.getValue("circularity", row) < 0.5) {
                continue;
            }
            for (int c = 0; c < headings.length; c++) {
                double v = rt.getValue(headings[c], row);
                sum[c] += v;
                sum2[c] += v * v;
                min[c] = Math.min(min[c], v);
                max[c] = Math.max(max[c], v);
            }
            ecd[kept++] = rt.getValue("ecd", row);
        }
        Arrays.sort(ecd, 0, kept); // for the D-values
    }

    private static double median(double[] v) {
        return percentile(v, 0.5);
    }

    private static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.round(p * (s.length - 1)))];
    }
}
