package io.granula.reports.assemble;

import io.granula.core.measure.Measurement;
import io.granula.core.stats.Binning;
import io.granula.core.stats.BoxPlot;
import io.granula.core.stats.CumulativeCurve;
import io.granula.core.stats.Histogram;
import io.granula.core.stats.Violin;
import io.granula.core.stats.Weighting;
import io.granula.reports.chart.BarSeries;
import io.granula.reports.chart.BoxPlotChart;
import io.granula.reports.chart.BoxSummary;
import io.granula.reports.chart.HistogramChart;
import io.granula.reports.chart.LineSeries;
import io.granula.reports.chart.NiceScale;
import io.granula.reports.chart.PointSeries;
import io.granula.reports.chart.ScatterChart;
import io.granula.reports.chart.ViolinSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * Chart series from the stats package's objects ({@link Histogram}, {@link CumulativeCurve},
 * {@link BoxPlot}, {@link Violin}): the charts only draw, they never compute.
 */
public final class ChartSpecBuilder {
    /** Bins when the settings leave it to us: enough to show a shape, few enough to read in a 8 cm chart. */
    static final int DEFAULT_BINS = 20;

    private final List<PooledSample> samples;
    private final ReportUnits units;
    private final int bins;

    public ChartSpecBuilder(List<PooledSample> samples, ReportUnits units, int bins) {
        this.samples = List.copyOf(samples);
        this.units = units;
        this.bins = bins;
    }

    /**
     * Histogram of {@code m} weighted by {@code weighting}, every sample on the same bins: a
     * nice width (Heckbert's nice numbers) near range / bins, edges at its multiples
     * ({@link Binning#width}), so the bars of different samples line up.
     */
    public HistogramChart.Spec histogram(Measurement m, Weighting weighting) {
        Binning binning = Binning.width(binWidth(m));
        List<BarSeries> bars = new ArrayList<>();
        List<LineSeries> curves = new ArrayList<>();
        for (PooledSample s : samples) {
            if (!s.has(m) || s.kept() == 0) {
                continue;
            }
            Histogram h = s.histogram(m, binning, weighting);
            double[] heights = new double[h.bins()];
            for (int i = 0; i < heights.length; i++) {
                heights[i] = 100 * h.fraction(i);
            }
            bars.add(new BarSeries(s.name(), h.edges(), heights));
            CumulativeCurve c = s.cumulative(m, weighting);
            double[] percent = new double[c.size()];
            for (int i = 0; i < percent.length; i++) {
                percent[i] = 100 * c.fraction()[i];
            }
            curves.add(new LineSeries(s.name(), c.value(), percent));
        }
        String by = weighting == Weighting.COUNT ? "number" : weighting.label();
        String title = capitalised(by) + " distribution of " + MeasurementNames.inSentence(m);
        return new HistogramChart.Spec(title, axisTitle(m), capitalised(by) + " (%)", bars, curves);
    }

    public ScatterChart.Spec scatter(Measurement x, Measurement y) {
        List<PointSeries> series = new ArrayList<>();
        for (PooledSample s : samples) {
            if (s.has(x) && s.has(y)) {
                series.add(new PointSeries(s.name(), s.values(x), s.values(y)));
            }
        }
        return new ScatterChart.Spec(MeasurementNames.name(y) + " against " + MeasurementNames.inSentence(x), axisTitle(x),
                axisTitle(y), series);
    }

    public BoxPlotChart.Spec comparison(Measurement m, BoxPlotChart.Style style) {
        List<BoxSummary> boxes = new ArrayList<>();
        List<ViolinSummary> violins = new ArrayList<>();
        for (PooledSample s : samples) {
            if (!s.has(m) || s.kept() == 0) {
                continue;
            }
            BoxPlot b = s.boxPlot(m);
            BoxSummary box = new BoxSummary(s.name(), b.lowerWhisker(), b.q1(), b.median(), b.q3(), b.upperWhisker(),
                    b.mean(), b.outliers());
            boxes.add(box);
            if (style == BoxPlotChart.Style.VIOLIN) {
                Violin v = s.violin(m);
                violins.add(new ViolinSummary(v.value(), v.density(), box));
            }
        }
        String kind = style == BoxPlotChart.Style.VIOLIN ? "violin plot" : "box plot";
        return new BoxPlotChart.Spec(MeasurementNames.name(m) + ", " + kind, axisTitle(m), boxes, violins, style);
    }

    /** "ECD (nm)", "Circularity". */
    public String axisTitle(Measurement m) {
        String unit = units.display(m.unitKind());
        return unit.isEmpty() ? MeasurementNames.name(m) : MeasurementNames.name(m) + " (" + unit + ")";
    }

    private double binWidth(Measurement m) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PooledSample s : samples) {
            if (!s.has(m)) {
                continue;
            }
            for (double v : s.values(m)) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            return Double.isFinite(lo) && lo != 0 ? Math.abs(lo) * 0.1 : 1.0;
        }
        return NiceScale.niceNumber((hi - lo) / (bins > 0 ? bins : DEFAULT_BINS), true);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
