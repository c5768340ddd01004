package io.granula.reports.chart;

import io.granula.reports.layout.Box;
import io.granula.reports.layout.PdfPainter;
import io.granula.reports.layout.ReportStyle;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Histogram bars with their cumulative curves on a secondary 0-100 % axis: the standard
 * particle-size distribution plot (ISO 9276-1 represents a size distribution by its density
 * histogram and its cumulative curve together). One series is drawn solid; several overlap as
 * translucent bars with outlines so that every sample stays visible.
 */
public final class HistogramChart {
    /**
     * @param bars       one histogram per series
     * @param cumulative one curve per series, in percent (0-100), or empty for none
     */
    public record Spec(String title, String xTitle, String yTitle, List<BarSeries> bars, List<LineSeries> cumulative) {
        public Spec {
            bars = List.copyOf(bars);
            cumulative = List.copyOf(cumulative);
        }
    }

    private HistogramChart() {
    }

    public static void draw(PdfPainter p, ReportStyle style, Box box, Spec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double top = 0;
        for (BarSeries s : spec.bars()) {
            if (s.heights().length == 0) {
                continue;
            }
            lo = Math.min(lo, s.edges()[0]);
            hi = Math.max(hi, s.edges()[s.edges().length - 1]);
            for (double h : s.heights()) {
                top = Math.max(top, h);
            }
        }
        Axis x = new Axis(spec.xTitle(), NiceScale.loose(lo, hi, 7));
        Axis y = new Axis(spec.yTitle(), NiceScale.fromZero(top * 1.04, 6));
        Axis y2 = spec.cumulative().isEmpty() ? null : new Axis("Cumulative (%)", NiceScale.loose(0, 100, 6));
        ChartFrame frame = ChartFrame.xy(style, box, spec.title(), x, y, y2, legend(spec));
        frame.drawBackground(p);
        p.clip(frame.plotArea());
        boolean single = spec.bars().size() == 1;
        for (int s = 0; s < spec.bars().size(); s++) {
            drawBars(p, frame, spec.bars().get(s), Palette.color(s), single);
        }
        for (int s = 0; s < spec.cumulative().size(); s++) {
            LineSeries c = spec.cumulative().get(s);
            double[] px = new double[c.x().length];
            double[] py = new double[c.y().length];
            for (int i = 0; i < px.length; i++) {
                px[i] = frame.x(c.x()[i]);
                py[i] = frame.y2(c.y()[i]);
            }
            Color color = single ? style.text() : Palette.color(s);
            p.polyline(px, py, 1.3f, color, PdfPainter.SOLID);
        }
        p.endClip();
        frame.drawAxes(p);
    }

    private static void drawBars(PdfPainter p, ChartFrame frame, BarSeries s, Color color, boolean single) {
        double base = frame.y(0);
        for (int i = 0; i < s.heights().length; i++) {
            if (!(s.heights()[i] > 0)) {
                continue;
            }
            double x0 = frame.x(s.edges()[i]);
            double x1 = frame.x(s.edges()[i + 1]);
            double yTop = frame.y(s.heights()[i]);
            double[] xs = {x0, x1, x1, x0};
            double[] ys = {base, base, yTop, yTop};
            if (single) {
                p.polygon(xs, ys, color, 0.85f, Color.WHITE, 0.4f);
            } else {
                p.polygon(xs, ys, color, 0.3f, color, 0.6f);
            }
        }
    }

    private static List<LegendEntry> legend(Spec spec) {
        List<LegendEntry> entries = new ArrayList<>();
        if (spec.bars().size() == 1) {
            entries.add(new LegendEntry(spec.bars().get(0).label(), Palette.color(0), LegendEntry.Swatch.BAR));
            if (!spec.cumulative().isEmpty()) {
                entries.add(new LegendEntry("cumulative", Color.BLACK, LegendEntry.Swatch.LINE));
            }
            return entries;
        }
        for (int s = 0; s < spec.bars().size(); s++) {
            entries.add(new LegendEntry(spec.bars().get(s).label(), Palette.color(s), LegendEntry.Swatch.BAR));
        }
        return entries;
    }
}
