package io.granula.app.gui.viewer;

import io.granula.app.gui.session.AnnotationMark;
import io.granula.app.gui.session.ScaleBarMark;
import io.granula.core.measure.Contour;
import io.granula.core.measure.ParticleOutline;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws one frame of the viewer onto its canvas: visible tiles of each layer, then the vector marks. */
final class ViewerPainter {
    static final Color BACKGROUND = Color.rgb(38, 40, 44);
    private static final Font LABEL_FONT = Font.font("DejaVu Sans", 12);

    private ViewerPainter() {
    }

    /**
     * Draws the tiles of {@code layer} that meet the viewport at the level that suits the scale. A tile
     * not made yet is asked for in the background and its region drawn meanwhile from the nearest
     * coarser level that is made (or the texture from before the last restyle); the coarsest level,
     * one small tile, is made here when nothing else covers the region.
     */
    static void drawLayer(GraphicsContext gc, TileLayer layer, Navigation nav, double viewW, double viewH, boolean smooth) {
        int level = nav.level(layer.maxLevel());
        long span = (long) TileLayer.TILE << level;
        double ix0 = Math.max(0, nav.toImageX(0)), iy0 = Math.max(0, nav.toImageY(0));
        double ix1 = Math.min(layer.width(), nav.toImageX(viewW)), iy1 = Math.min(layer.height(), nav.toImageY(viewH));
        if (ix1 <= ix0 || iy1 <= iy0) {
            layer.want(List.of());
            return;
        }
        gc.setImageSmoothing(smooth);
        int tx0 = (int) (ix0 / span), tx1 = Math.min(layer.tilesX(level) - 1, (int) ((ix1 - 1e-9) / span));
        int ty0 = (int) (iy0 / span), ty1 = Math.min(layer.tilesY(level) - 1, (int) ((iy1 - 1e-9) / span));
        List<long[]> missing = new ArrayList<>();
        for (int ty = ty0; ty <= ty1; ty++) {
            for (int tx = tx0; tx <= tx1; tx++) {
                WritableImage img = layer.cached(level, tx, ty);
                if (img == null) {
                    missing.add(new long[]{level, tx, ty});
                    drawStandIn(gc, layer, nav, level, tx, ty);
                } else {
                    drawTexels(gc, img, nav, level, tx * span, ty * span, 0, 0, img.getWidth(), img.getHeight());
                }
            }
        }
        layer.want(missing);
    }

    /** Region of tile (tx, ty) at {@code level} from the best texture there is at that level or coarser. */
    private static void drawStandIn(GraphicsContext gc, TileLayer layer, Navigation nav, int level, int tx, int ty) {
        long span = (long) TileLayer.TILE << level;
        long x0 = tx * span, y0 = ty * span;
        long x1 = Math.min(layer.width(), x0 + span), y1 = Math.min(layer.height(), y0 + span);
        WritableImage old = layer.standIn(level, tx, ty);
        if (old != null) {
            drawTexels(gc, old, nav, level, x0, y0, 0, 0, old.getWidth(), old.getHeight());
            return;
        }
        int max = layer.maxLevel();
        for (int c = level + 1; c <= max; c++) {
            long cspan = (long) TileLayer.TILE << c;
            int ctx = (int) (x0 / cspan), cty = (int) (y0 / cspan);
            WritableImage img = layer.cached(c, ctx, cty);
            if (img == null) {
                img = layer.standIn(c, ctx, cty);
            }
            if (img == null && c == max) {
                img = layer.tile(c, ctx, cty);
            }
            if (img != null) {
                double step = 1 << c;
                drawTexels(gc, img, nav, c, x0, y0, (x0 - ctx * cspan) / step, (y0 - cty * cspan) / step,
                        Math.min(img.getWidth() - (x0 - ctx * cspan) / step, (x1 - x0) / step),
                        Math.min(img.getHeight() - (y0 - cty * cspan) / step, (y1 - y0) / step));
                return;
            }
        }
    }

    /** Texels (sx, sy, sw, sh) of a level-{@code level} texture placed at image pixel (x0, y0). */
    private static void drawTexels(GraphicsContext gc, WritableImage img, Navigation nav, int level, double x0, double y0,
                                   double sx, double sy, double sw, double sh) {
        // whole screen pixels: two tiles that meet at a fractional position each cover the shared pixel in
        // part, and the frame under them showed through as a faint grid line (seen on the real window)
        long span = 1L << level;
        double dx0 = Math.round(nav.toScreenX(x0)), dy0 = Math.round(nav.toScreenY(y0));
        double dx1 = Math.round(nav.toScreenX(x0 + sw * span)), dy1 = Math.round(nav.toScreenY(y0 + sh * span));
        gc.drawImage(img, sx, sy, sw, sh, dx0, dy0, dx1 - dx0, dy1 - dy0);
    }

    /**
     * The background around the image only: a software renderer (Prism's sw pipeline, Pisces) fills every
     * pixel of a rectangle, so filling the whole view under an image that covers it cost one more pass
     * over the frame for nothing.
     */
    static void fillAround(GraphicsContext gc, Navigation nav, int imageW, int imageH, double viewW, double viewH) {
        double x0 = Math.max(0, nav.toScreenX(0)), y0 = Math.max(0, nav.toScreenY(0));
        double x1 = Math.min(viewW, nav.toScreenX(imageW)), y1 = Math.min(viewH, nav.toScreenY(imageH));
        gc.setFill(BACKGROUND);
        if (x1 <= x0 || y1 <= y0) {
            gc.fillRect(0, 0, viewW, viewH);
            return;
        }
        gc.fillRect(0, 0, viewW, y0);
        gc.fillRect(0, y1, viewW, viewH - y1);
        gc.fillRect(0, y0, x0, y1 - y0);
        gc.fillRect(x1, y0, viewW - x1, y1 - y0);
    }

    /** The selected particle's outline, in white over a dark halo so it shows on any colour. */
    static void drawSelection(GraphicsContext gc, ParticleOutline outline, Navigation nav) {
        for (double[] pass : new double[][]{{4, 0}, {2, 1}}) {
            gc.setLineWidth(pass[0]);
            gc.setStroke(pass[1] == 0 ? Color.rgb(0, 0, 0, 0.7) : Color.WHITE);
            for (Contour c : outline.parts()) {
                int n = c.size();
                double[] xs = new double[n], ys = new double[n];
                for (int i = 0; i < n; i++) {
                    xs[i] = nav.toScreenX(c.x(i));
                    ys[i] = nav.toScreenY(c.y(i));
                }
                gc.strokePolygon(xs, ys, n);
            }
        }
    }

    /** A dashed box around the detected scale bar and its label text. */
    static void drawScaleBarMark(GraphicsContext gc, ScaleBarMark bar, Navigation nav) {
        double x0 = nav.toScreenX(bar.x0()) - 4, y0 = nav.toScreenY(bar.y0()) - 4;
        double x1 = nav.toScreenX(bar.x1() + 1) + 4, y1 = nav.toScreenY(bar.y1() + 1) + 4;
        gc.setStroke(Color.rgb(255, 200, 0));
        gc.setLineWidth(1.5);
        gc.setLineDashes(6, 4);
        gc.strokeRect(x0, y0, x1 - x0, y1 - y0);
        gc.setLineDashes((double[]) null);
        if (!bar.text().isBlank()) {
            label(gc, "scale bar: " + bar.text(), x0, y0 - 4, TextAlignment.LEFT, VPos.BOTTOM);
        }
    }

    /**
     * An annotation area the analysis left out (data strip, printed text): hatched in the blue of
     * overlay.png's hatching, so the user sees why nothing was measured there.
     */
    static void drawLeftOut(GraphicsContext gc, AnnotationMark area, Navigation nav) {
        double x0 = nav.toScreenX(area.x0()), y0 = nav.toScreenY(area.y0());
        double x1 = nav.toScreenX(area.x1()), y1 = nav.toScreenY(area.y1());
        double w = x1 - x0, h = y1 - y0;
        gc.save();
        gc.beginPath();
        gc.rect(x0, y0, w, h);
        gc.closePath();
        gc.clip();
        gc.setStroke(Color.rgb(60, 140, 255, 0.55));
        gc.setLineWidth(1);
        for (double d = -h; d < w; d += 10) {
            gc.strokeLine(x0 + d, y1, x0 + d + h, y0);
        }
        gc.restore();
        gc.setStroke(Color.rgb(60, 140, 255));
        gc.setLineWidth(1.5);
        gc.strokeRect(x0, y0, w, h);
        // the caption sits on a dark plate, since the area is full of the instrument's own text; a box too
        // small to hold it (a panel letter) gets it just below
        String caption = area.caption();
        Text probe = new Text(caption);
        probe.setFont(LABEL_FONT);
        double tw = probe.getLayoutBounds().getWidth() + 8;
        boolean inside = w > tw + 4 && h > 22;
        double cx = inside ? x0 + 3 : x0, cy = inside ? y0 + 3 : y1 + 3;
        gc.setFill(Color.rgb(20, 40, 80, 0.85));
        gc.fillRoundRect(cx, cy, tw, 17, 6, 6);
        label(gc, caption, cx + 4, cy + 2, TextAlignment.LEFT, VPos.TOP);
    }

    /** A measurement's colour scale: viridis bar with its minimum and maximum. */
    static void drawLegend(GraphicsContext gc, String title, double low, double high, double viewW, double viewH) {
        double w = 180, h = 12, x = viewW - w - 20, y = 34;
        gc.setFill(Color.rgb(0, 0, 0, 0.55));
        gc.fillRoundRect(x - 10, y - 26, w + 20, h + 48, 8, 8);
        for (int i = 0; i < w; i++) {
            int rgb = ColourScale.rgb(i / (w - 1));
            gc.setFill(Color.rgb((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255));
            gc.fillRect(x + i, y, 1, h);
        }
        gc.setFill(Color.WHITE);
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(title, x + w / 2, y - 4);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(number(low), x, y + h + 3);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(number(high), x + w, y + h + 3);
    }

    /**
     * A scale bar for the screen (not the image's own): a round length about 1/6 of the view wide, so
     * sizes can be judged at any zoom.
     */
    static void drawScreenScaleBar(GraphicsContext gc, double unitsPerPixel, String unit, Navigation nav,
                                   double viewW, double viewH) {
        double target = viewW / 6 / nav.scale() * unitsPerPixel;
        double length = niceLength(target);
        double px = length / unitsPerPixel * nav.scale();
        double x = 20, y = viewH - 24;
        gc.setFill(Color.rgb(0, 0, 0, 0.55));
        gc.fillRoundRect(x - 8, y - 22, px + 16, 36, 8, 8);
        gc.setFill(Color.WHITE);
        gc.fillRect(x, y, px, 5);
        label(gc, number(length) + " " + unit, x + px / 2, y - 3, TextAlignment.CENTER, VPos.BOTTOM);
    }

    /** The hover summary in a dark box below right of the mouse, kept inside the view. */
    static void drawHoverSummary(GraphicsContext gc, String text, double mx, double my, double viewW, double viewH) {
        String[] lines = text.split("\n");
        double lineH = 16, w = 0;
        for (String l : lines) {
            w = Math.max(w, l.length() * 7.2); // DejaVu Sans 12 px: about 7 px per character
        }
        double boxW = w + 16, boxH = lines.length * lineH + 10;
        double x = Math.min(mx + 16, viewW - boxW - 4), y = Math.min(my + 18, viewH - boxH - 4);
        gc.setFill(Color.rgb(0, 0, 0, 0.7));
        gc.fillRoundRect(x, y, boxW, boxH, 8, 8);
        for (int i = 0; i < lines.length; i++) {
            label(gc, lines[i], x + 8, y + 5 + i * lineH, TextAlignment.LEFT, VPos.TOP);
        }
    }

    static void message(GraphicsContext gc, String text, double viewW, double viewH) {
        gc.setFill(Color.rgb(200, 200, 205));
        gc.setFont(Font.font("DejaVu Sans", 16));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, viewW / 2, viewH / 2);
    }

    private static void label(GraphicsContext gc, String text, double x, double y, TextAlignment align, VPos base) {
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(align);
        gc.setTextBaseline(base);
        gc.setFill(Color.WHITE);
        gc.fillText(text, x, y);
    }

    /** 1, 2 or 5 times a power of ten, the largest not above {@code value}. */
    static double niceLength(double value) {
        double p = Math.pow(10, Math.floor(Math.log10(value)));
        double m = value / p;
        return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 1000 || a == Math.rint(a) ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3g", v);
    }
}
