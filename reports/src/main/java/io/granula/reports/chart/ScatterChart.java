package io.granula.reports.chart;

import io.granula.reports.layout.Box;
import io.granula.reports.layout.PdfPainter;
import io.granula.reports.layout.ReportStyle;

import java.util.ArrayList;
import java.util.List;

/** One dot per particle for two measurements, one colour per sample. */
public final class ScatterChart {
    public record Spec(String title, String xTitle, String yTitle, List<PointSeries> series) {
        public Spec {
            series = List.copyOf(series);
        }
    }

    private static final float DOT = 1.9f;

    private ScatterChart() {
    }

    public static void draw(PdfPainter p, ReportStyle style, Box box, Spec spec) {
        double[] xr = range(spec.series(), true);
        double[] yr = range(spec.series(), false);
        Axis x = new Axis(spec.xTitle(), NiceScale.padded(xr[0], xr[1], 7));
        Axis y = new Axis(spec.yTitle(), NiceScale.padded(yr[0], yr[1], 6));
        List<LegendEntry> legend = new ArrayList<>();
        if (spec.series().size() > 1) {
            for (int s = 0; s < spec.series().size(); s++) {
                legend.add(new LegendEntry(spec.series().get(s).label(), Palette.color(s), LegendEntry.Swatch.DOT));
            }
        }
        ChartFrame frame = ChartFrame.xy(style, box, spec.title(), x, y, null, legend);
        frame.drawBackground(p);
        p.clip(frame.plotArea());
        for (int s = 0; s < spec.series().size(); s++) {
            PointSeries ps = spec.series().get(s);
            double[] px = new double[ps.x().length];
            double[] py = new double[ps.y().length];
            for (int i = 0; i < px.length; i++) {
                px[i] = frame.x(ps.x()[i]);
                py[i] = frame.y(ps.y()[i]);
            }
            p.dots(px, py, DOT, Palette.color(s));
        }
        p.endClip();
        frame.drawAxes(p);
    }

    private static double[] range(List<PointSeries> series, boolean xAxis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PointSeries s : series) {
            for (double v : xAxis ? s.x() : s.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[]{lo, hi};
    }
}
