package io.granula.app.gui.charts;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.DataSetError;

import java.util.List;
import java.util.Locale;

/**
 * A chart as a vector SVG (for papers and slides, where a PNG blurs): the same data sets, axes ranges and
 * tick labels as on screen, drawn by renderer style (filled histogram steps, lines, markers, error bars),
 * one colour per data set. Axes are linear, as every workbench chart is. Written from the data, not from
 * pixels, so it scales to any size.
 */
public final class ChartSvg {
    private static final String[] COLOURS = {"#1f4fd1", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"};
    private static final double W = 800, H = 500, LEFT = 80, RIGHT = 70, TOP = 20, BOTTOM = 60;

    private ChartSvg() {
    }

    public static String of(XYChart chart) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">%n", W, H, W, H));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        Axis x = chart.getXAxis(), y = chart.getYAxis();
        int colour = 0;
        for (Renderer r : chart.getRenderers()) {
            Axis ry = r.getAxes().stream().filter(a -> a.getSide() != null && a.getSide().isVertical()).findFirst().orElse(y);
            for (DataSet d : r.getDatasets()) {
                drawDataSet(svg, d, r, x, ry, COLOURS[colour++ % COLOURS.length]);
            }
            if (ry != y) {
                drawAxis(svg, ry, false, W - RIGHT);
            }
        }
        drawAxis(svg, x, true, H - BOTTOM);
        drawAxis(svg, y, false, LEFT);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void drawDataSet(StringBuilder svg, DataSet d, Renderer r, Axis x, Axis y, String colour) {
        int n = d.getDataCount();
        if (n == 0) {
            return;
        }
        LineStyle line = r instanceof ErrorDataSetRenderer e ? e.getPolyLineStyle() : LineStyle.NORMAL;
        ErrorStyle err = r instanceof ErrorDataSetRenderer e ? e.getErrorType() : ErrorStyle.NONE;
        boolean markers = r instanceof ErrorDataSetRenderer e && e.isDrawMarker();
        svg.append("<g><title>").append(escape(d.getName())).append("</title>\n");
        if (line == LineStyle.HISTOGRAM_FILLED || line == LineStyle.HISTOGRAM) {
            double half = n > 1 ? (d.get(DataSet.DIM_X, 1) - d.get(DataSet.DIM_X, 0)) / 2 : 0.5;
            for (int i = 0; i < n; i++) {
                double cx = d.get(DataSet.DIM_X, i), v = d.get(DataSet.DIM_Y, i);
                double x0 = px(x, cx - half), x1 = px(x, cx + half), y0 = py(y, 0), y1 = py(y, v);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" "
                        + "fill=\"%s\" fill-opacity=\"0.6\" stroke=\"%s\"/>%n", x0, Math.min(y0, y1), x1 - x0, Math.abs(y0 - y1), colour, colour));
            }
        } else if (line != LineStyle.NONE) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\" points=\"");
            for (int i = 0; i < n; i++) {
                svg.append(String.format(Locale.ROOT, "%.2f,%.2f ", px(x, d.get(DataSet.DIM_X, i)), py(y, d.get(DataSet.DIM_Y, i))));
            }
            svg.append("\"/>\n");
        }
        if (err != ErrorStyle.NONE && d instanceof DataSetError e) {
            for (int i = 0; i < n; i++) {
                double cx = px(x, d.get(DataSet.DIM_X, i)), v = d.get(DataSet.DIM_Y, i);
                double lo = py(y, v - e.getErrorNegative(DataSet.DIM_Y, i)), hi = py(y, v + e.getErrorPositive(DataSet.DIM_Y, i));
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.2f %.2fV%.2fM%.2f %.2fH%.2fM%.2f %.2fH%.2f\" stroke=\"%s\" "
                        + "stroke-width=\"1.5\"/>%n", cx, lo, hi, cx - 6, lo, cx + 6, cx - 6, hi, cx + 6, colour));
            }
        }
        if (markers) {
            for (int i = 0; i < n; i++) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"2.5\" fill=\"%s\"/>%n",
                        px(x, d.get(DataSet.DIM_X, i)), py(y, d.get(DataSet.DIM_Y, i)), colour));
            }
        }
        svg.append("</g>\n");
    }

    private static void drawAxis(StringBuilder svg, Axis a, boolean horizontal, double at) {
        if (horizontal) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"black\"/>%n", LEFT, at, W - RIGHT, at));
        } else {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"black\"/>%n", at, TOP, at, H - BOTTOM));
        }
        List<TickMark> ticks = List.copyOf(a.getTickMarks());
        boolean right = !horizontal && at > W / 2;
        for (TickMark t : ticks) {
            if (t.getValue() < Math.min(a.getMin(), a.getMax()) || t.getValue() > Math.max(a.getMin(), a.getMax())) {
                continue;
            }
            if (horizontal) {
                double x = px(a, t.getValue());
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.0f\" x2=\"%.2f\" y2=\"%.0f\" stroke=\"black\"/>"
                        + "<text x=\"%.2f\" y=\"%.0f\" text-anchor=\"middle\">%s</text>%n", x, at, x, at + 5, x, at + 18, escape(t.getText())));
            } else {
                double y = py(a, t.getValue());
                double tx = right ? at + 8 : at - 8;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.0f\" y1=\"%.2f\" x2=\"%.0f\" y2=\"%.2f\" stroke=\"black\"/>"
                                + "<text x=\"%.0f\" y=\"%.2f\" text-anchor=\"%s\" dominant-baseline=\"middle\">%s</text>%n",
                        at, y, right ? at + 5 : at - 5, y, tx, y, right ? "start" : "end", escape(t.getText())));
            }
        }
        String name = a.getName() == null ? "" : a.getName() + (a.getUnit() == null || a.getUnit().isEmpty() ? "" : " [" + a.getUnit() + "]");
        if (horizontal) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\">%s</text>%n",
                    (LEFT + W - RIGHT) / 2, at + 40, escape(name)));
        } else {
            double cx = right ? at + 55 : at - 60, cy = (TOP + H - BOTTOM) / 2;
            svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%.0f %.0f) rotate(-90)\" text-anchor=\"middle\">%s</text>%n",
                    cx, cy, escape(name)));
        }
    }

    private static double px(Axis a, double v) {
        return LEFT + (v - a.getMin()) / (a.getMax() - a.getMin()) * (W - LEFT - RIGHT);
    }

    private static double py(Axis a, double v) {
        return H - BOTTOM - (v - a.getMin()) / (a.getMax() - a.getMin()) * (H - TOP - BOTTOM);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
