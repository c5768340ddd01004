package io.granula.reports.chart;

import io.granula.reports.layout.Align;
import io.granula.reports.layout.Box;
import io.granula.reports.layout.PdfPainter;
import io.granula.reports.layout.ReportStyle;
import io.granula.reports.layout.TextStyle;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame every chart shares: title, legend, plot area, grid, axes with ticks and titles, an
 * optional secondary y axis on the right. It lays the plot area out from the widths of the
 * labels it will print, so long numbers never overlap the axis titles. The x axis is numeric or
 * a list of categories (one slot per sample for box and violin plots).
 */
public final class ChartFrame {
    private static final float TICK = 3f;
    private static final float GAP = 3f;
    private static final float SWATCH = 9f;
    private static final Color GRID = new Color(0xE3E6EA);

    private final ReportStyle style;
    private final Box outer;
    private final String title;
    private final Axis x;
    private final List<String> categories;
    private final Axis y;
    private final Axis y2;
    private final List<List<LegendEntry>> legendRows;
    private final Box plot;

    private ChartFrame(ReportStyle style, Box outer, String title, Axis x, List<String> categories, Axis y, Axis y2,
                       List<LegendEntry> legend) {
        this.style = style;
        this.outer = outer;
        this.title = title == null ? "" : title;
        this.x = x;
        this.categories = categories == null ? List.of() : List.copyOf(categories);
        this.y = y;
        this.y2 = y2;
        this.legendRows = legendRows(legend, outer.width());
        this.plot = layoutPlot();
    }

    public static ChartFrame xy(ReportStyle style, Box box, String title, Axis x, Axis y, Axis y2,
                                List<LegendEntry> legend) {
        return new ChartFrame(style, box, title, x, null, y, y2, legend);
    }

    public static ChartFrame categories(ReportStyle style, Box box, String title, String xTitle,
                                        List<String> categories, Axis y, List<LegendEntry> legend) {
        return new ChartFrame(style, box, title, new Axis(xTitle, null), categories, y, null, legend);
    }

    public Box plotArea() {
        return plot;
    }

    public double x(double v) {
        return x.map(v, plot.x(), plot.right());
    }

    public double y(double v) {
        return y.map(v, plot.y(), plot.top());
    }

    public double y2(double v) {
        return y2.map(v, plot.y(), plot.top());
    }

    public float categoryWidth() {
        return plot.width() / Math.max(1, categories.size());
    }

    public float categoryCenter(int i) {
        return plot.x() + categoryWidth() * (i + 0.5f);
    }

    /** Grid lines under the data. */
    public void drawBackground(PdfPainter p) {
        for (double t : y.scale().ticks()) {
            float py = (float) y(t);
            p.line(plot.x(), py, plot.right(), py, 0.4f, GRID, PdfPainter.SOLID);
        }
        if (categories.isEmpty()) {
            for (double t : x.scale().ticks()) {
                float px = (float) x(t);
                p.line(px, plot.y(), px, plot.top(), 0.4f, GRID, PdfPainter.SOLID);
            }
        }
    }

    /** Axes, ticks, labels, titles and legend over the data. */
    public void drawAxes(PdfPainter p) {
        TextStyle label = style.axisLabel();
        TextStyle axisTitle = style.axisTitle();
        Color ink = style.text();
        p.line(plot.x(), plot.y(), plot.right(), plot.y(), 0.7f, ink, PdfPainter.SOLID);
        p.line(plot.x(), plot.y(), plot.x(), plot.top(), 0.7f, ink, PdfPainter.SOLID);
        float labelBaseline = plot.y() - TICK - GAP - label.size() * 0.8f;
        if (categories.isEmpty()) {
            for (double t : x.scale().ticks()) {
                float px = (float) x(t);
                p.line(px, plot.y(), px, plot.y() - TICK, 0.6f, ink, PdfPainter.SOLID);
                p.text(x.scale().label(t), px, labelBaseline, label, Align.CENTER);
            }
        } else {
            for (int i = 0; i < categories.size(); i++) {
                TextStyle fitted = fit(categories.get(i), label, categoryWidth() - 2);
                p.text(ellipsize(categories.get(i), fitted, categoryWidth() - 2), categoryCenter(i), labelBaseline,
                        fitted, Align.CENTER);
            }
        }
        float xTitleBaseline = labelBaseline - label.size() - GAP - axisTitle.size() * 0.4f;
        if (x.title() != null && !x.title().isEmpty()) {
            p.text(x.title(), plot.x() + plot.width() / 2, xTitleBaseline, axisTitle, Align.CENTER);
        }
        drawVerticalAxis(p, y, plot.x(), -1);
        if (y2 != null) {
            p.line(plot.right(), plot.y(), plot.right(), plot.top(), 0.7f, ink, PdfPainter.SOLID);
            drawVerticalAxis(p, y2, plot.right(), 1);
        }
        drawTitleAndLegend(p);
    }

    private void drawVerticalAxis(PdfPainter p, Axis axis, float atX, int side) {
        TextStyle label = style.axisLabel();
        float widest = 0;
        for (double t : axis.scale().ticks()) {
            float py = (float) axis.map(t, plot.y(), plot.top());
            p.line(atX, py, atX + side * TICK, py, 0.6f, style.text(), PdfPainter.SOLID);
            String text = axis.scale().label(t);
            widest = Math.max(widest, label.width(text));
            p.text(text, atX + side * (TICK + GAP), py - label.font().capHeight(label.size()) / 2, label,
                    side < 0 ? Align.RIGHT : Align.LEFT);
        }
        if (axis.title() != null && !axis.title().isEmpty()) {
            TextStyle axisTitle = style.axisTitle();
            float centre = plot.y() + plot.height() / 2;
            float offset = TICK + 2 * GAP + widest;
            float baselineX = side < 0 ? atX - offset : atX + offset + axisTitle.size() * 0.8f;
            p.verticalText(axis.title(), baselineX, centre, axisTitle);
        }
    }

    private void drawTitleAndLegend(PdfPainter p) {
        float top = outer.top();
        TextStyle ts = style.chartTitle();
        if (!title.isEmpty()) {
            top -= ts.size();
            p.text(title, outer.x() + outer.width() / 2, top, ts, Align.CENTER);
            top -= ts.size() * 0.6f;
        }
        TextStyle ls = style.axisLabel();
        for (List<LegendEntry> row : legendRows) {
            top -= ls.lineHeight() + 1;
            float width = rowWidth(row, ls);
            float cx = outer.x() + (outer.width() - width) / 2;
            for (LegendEntry e : row) {
                drawSwatch(p, e, cx, top + ls.size() * 0.35f);
                p.text(e.label(), cx + SWATCH + GAP, top, ls, Align.LEFT);
                cx += entryWidth(e, ls);
            }
        }
    }

    private static void drawSwatch(PdfPainter p, LegendEntry e, float x, float yMid) {
        switch (e.swatch()) {
            case BAR -> p.fillRect(x, yMid - SWATCH / 2 + 1, SWATCH, SWATCH - 2, e.color());
            case LINE -> p.line(x, yMid, x + SWATCH, yMid, 1.4f, e.color(), PdfPainter.SOLID);
            case DOT -> p.dots(new double[]{x + SWATCH / 2}, new double[]{yMid}, 4f, e.color());
        }
    }

    private Box layoutPlot() {
        TextStyle label = style.axisLabel();
        TextStyle axisTitle = style.axisTitle();
        float top = 4;
        if (!title.isEmpty()) {
            top += style.chartTitle().size() * 1.6f;
        }
        top += legendRows.size() * (label.lineHeight() + 1);
        float left = TICK + 2 * GAP + widestTick(y) + axisTitle.size() * 1.2f;
        float right = y2 == null ? label.width(lastXLabel()) / 2 + 2 : TICK + 2 * GAP + widestTick(y2) + axisTitle.size() * 1.2f;
        float bottom = TICK + GAP + label.size() + GAP + axisTitle.size() * 1.4f;
        return outer.inset(left, bottom, right, top);
    }

    private String lastXLabel() {
        if (!categories.isEmpty() || x.scale() == null) {
            return "";
        }
        return x.scale().label(x.scale().max());
    }

    private float widestTick(Axis axis) {
        float w = 0;
        for (double t : axis.scale().ticks()) {
            w = Math.max(w, style.axisLabel().width(axis.scale().label(t)));
        }
        return w;
    }

    private List<List<LegendEntry>> legendRows(List<LegendEntry> legend, float width) {
        List<List<LegendEntry>> rows = new ArrayList<>();
        if (legend == null || legend.isEmpty()) {
            return rows;
        }
        TextStyle ls = style.axisLabel();
        List<LegendEntry> row = new ArrayList<>();
        float used = 0;
        for (LegendEntry e : legend) {
            float w = entryWidth(e, ls);
            if (!row.isEmpty() && used + w > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(e);
            used += w;
        }
        rows.add(row);
        return rows;
    }

    private static float entryWidth(LegendEntry e, TextStyle ls) {
        return SWATCH + GAP + ls.width(e.label()) + 3 * GAP;
    }

    private static float rowWidth(List<LegendEntry> row, TextStyle ls) {
        float w = 0;
        for (LegendEntry e : row) {
            w += entryWidth(e, ls);
        }
        return w - 3 * GAP;
    }

    /** A smaller type size, down to 5 pt, for category names that do not fit their slot. */
    private static TextStyle fit(String text, TextStyle ts, float width) {
        float w = ts.width(text);
        return w <= width ? ts : ts.withSize(Math.max(5f, ts.size() * width / w));
    }

    private static String ellipsize(String text, TextStyle ts, float width) {
        if (ts.width(text) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && ts.width(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
