package io.granula.reports.chart;

import io.granula.reports.layout.Box;
import io.granula.reports.layout.PdfPainter;
import io.granula.reports.layout.ReportStyle;

import java.awt.Color;
import java.util.List;

/**
 * Samples side by side, as box plots (Tukey, "Exploratory Data Analysis", 1977: box from the
 * first to the third quartile, line at the median, whiskers to the furthest points within
 * 1.5 IQR, points beyond drawn singly) or as violins (Hintze and Nelson, "Violin Plots: A Box
 * Plot-Density Trace Synergism", The American Statistician 52(2), 1998: the density estimate
 * mirrored, the box drawn inside). Every violin is scaled to the same maximum width, so shapes
 * compare; counts are in the summary table. The mean is a white diamond.
 */
public final class BoxPlotChart {
    public enum Style { BOX, VIOLIN }

    /** @param violins used for {@link Style#VIOLIN}, one per box in the same order; empty for box plots */
    public record Spec(String title, String yTitle, List<BoxSummary> boxes, List<ViolinSummary> violins, Style style) {
        public Spec {
            boxes = List.copyOf(boxes);
            violins = List.copyOf(violins);
            if (style == Style.VIOLIN && violins.size() != boxes.size()) {
                throw new IllegalArgumentException(violins.size() + " violins for " + boxes.size() + " boxes");
            }
        }
    }

    private BoxPlotChart() {
    }

    public static void draw(PdfPainter p, ReportStyle style, Box box, Spec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < spec.boxes().size(); i++) {
            lo = Math.min(lo, spec.boxes().get(i).min());
            hi = Math.max(hi, spec.boxes().get(i).max());
            if (spec.style() == Style.VIOLIN) {
                for (double v : spec.violins().get(i).values()) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        Axis y = new Axis(spec.yTitle(), NiceScale.padded(lo, hi, 6));
        List<String> names = spec.boxes().stream().map(BoxSummary::label).toList();
        ChartFrame frame = ChartFrame.categories(style, box, spec.title(), "", names, y, List.of());
        frame.drawBackground(p);
        p.clip(frame.plotArea());
        for (int i = 0; i < spec.boxes().size(); i++) {
            Color color = Palette.color(i);
            float centre = frame.categoryCenter(i);
            float slot = frame.categoryWidth();
            if (spec.style() == Style.VIOLIN) {
                drawViolin(p, frame, spec.violins().get(i), centre, Math.min(slot * 0.42f, 60f), color);
                drawBox(p, frame, spec.boxes().get(i), centre, Math.min(slot * 0.07f, 6f), style.text(), true);
            } else {
                drawBox(p, frame, spec.boxes().get(i), centre, Math.min(slot * 0.25f, 28f), color, false);
            }
        }
        p.endClip();
        frame.drawAxes(p);
    }

    private static void drawBox(PdfPainter p, ChartFrame f, BoxSummary b, float centre, float half, Color color,
                                boolean insideViolin) {
        float q1 = (float) f.y(b.q1());
        float q3 = (float) f.y(b.q3());
        float med = (float) f.y(b.median());
        float lw = (float) f.y(b.lowerWhisker());
        float uw = (float) f.y(b.upperWhisker());
        float capHalf = half * 0.5f;
        p.line(centre, lw, centre, q1, 0.7f, color, PdfPainter.SOLID);
        p.line(centre, q3, centre, uw, 0.7f, color, PdfPainter.SOLID);
        if (!insideViolin) {
            p.line(centre - capHalf, lw, centre + capHalf, lw, 0.7f, color, PdfPainter.SOLID);
            p.line(centre - capHalf, uw, centre + capHalf, uw, 0.7f, color, PdfPainter.SOLID);
            double[] xs = {centre - half, centre + half, centre + half, centre - half};
            double[] ys = {q1, q1, q3, q3};
            p.polygon(xs, ys, color, 0.22f, color, 0.9f);
            p.line(centre - half, med, centre + half, med, 1.6f, color, PdfPainter.SOLID);
            double[] oy = new double[b.outliers().length];
            double[] ox = new double[oy.length];
            for (int k = 0; k < oy.length; k++) {
                ox[k] = centre;
                oy[k] = f.y(b.outliers()[k]);
            }
            p.dots(ox, oy, 2.2f, color);
        } else {
            p.fillRect(centre - half, q1, 2 * half, q3 - q1, color);
            p.line(centre - half, med, centre + half, med, 1.4f, Color.WHITE, PdfPainter.SOLID);
        }
        if (Double.isFinite(b.mean())) {
            float my = (float) f.y(b.mean());
            float d = 2.6f;
            p.polygon(new double[]{centre, centre + d, centre, centre - d}, new double[]{my - d, my, my + d, my},
                    Color.WHITE, 1f, insideViolin ? color : Color.DARK_GRAY, 0.6f);
        }
    }

    private static void drawViolin(PdfPainter p, ChartFrame f, ViolinSummary v, float centre, float half, Color color) {
        double max = 0;
        for (double d : v.density()) {
            max = Math.max(max, d);
        }
        int n = v.values().length;
        if (n < 2 || !(max > 0)) {
            return;
        }
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double w = half * v.density()[i] / max;
            xs[i] = centre + w;
            ys[i] = f.y(v.values()[i]);
            xs[2 * n - 1 - i] = centre - w;
            ys[2 * n - 1 - i] = ys[i];
        }
        p.polygon(xs, ys, color, 0.45f, color, 0.8f);
    }
}
