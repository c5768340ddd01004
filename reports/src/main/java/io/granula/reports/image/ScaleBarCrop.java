package io.granula.reports.image;

import io.granula.reports.model.ScaleBarMark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;

/**
 * The region of an image around its scale bar and label, enlarged with square pixels, with the
 * two measured ends marked: a reader checks at a glance that the calibration measured the bar
 * (and not the label underline) from end to end.
 */
public final class ScaleBarCrop {
    /** Orange (Okabe–Ito vermillion): visible on both black and white annotation bands. */
    static final Color MARK = new Color(0xD55E00);
    private static final int MARGIN = 12;
    private static final int MAX_ENLARGE = 4;
    private static final int TARGET_WIDTH = 600;

    private ScaleBarCrop() {
    }

    /** A pixel region {@code [x0, x0 + width) x [y0, y0 + height)} of the image. */
    public record Region(int x0, int y0, int width, int height) {
    }

    /** The bar, its label and a margin, clipped to the image. */
    public static Region region(ScaleBarMark bar, int imageWidth, int imageHeight) {
        int barHeight = (int) Math.ceil(bar.y1() - bar.y0());
        int x0 = (int) Math.floor(bar.x0()) - MARGIN;
        int x1 = (int) Math.ceil(bar.x1()) + MARGIN;
        int y0 = (int) Math.floor(bar.y0()) - MARGIN - 2 * barHeight;
        int y1 = (int) Math.ceil(bar.y1()) + MARGIN + 2 * barHeight;
        if (bar.text().isPresent()) {
            ScaleBarMark.Region t = bar.text().get();
            x0 = Math.min(x0, t.x0() - MARGIN);
            x1 = Math.max(x1, t.x1() + MARGIN);
            y0 = Math.min(y0, t.y0() - MARGIN);
            y1 = Math.max(y1, t.y1() + MARGIN);
        }
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(imageWidth, x1);
        y1 = Math.min(imageHeight, y1);
        if (x1 <= x0 || y1 <= y0) {
            throw new IllegalArgumentException("scale bar lies outside the " + imageWidth + "x" + imageHeight + " image");
        }
        return new Region(x0, y0, x1 - x0, y1 - y0);
    }

    /** The crop of a whole image. */
    public static BufferedImage crop(BufferedImage image, ScaleBarMark bar) {
        Region r = region(bar, image.getWidth(), image.getHeight());
        return enlarge(image.getSubimage(r.x0(), r.y0(), r.width(), r.height()), r, bar);
    }

    /** Enlarges {@code pixels} (the image's {@code region}) with square pixels and marks the bar's measured ends. */
    public static BufferedImage enlarge(BufferedImage pixels, Region region, ScaleBarMark bar) {
        int w = region.width();
        int h = region.height();
        int k = Math.max(1, Math.min(MAX_ENLARGE, TARGET_WIDTH / w));
        BufferedImage out = new BufferedImage(w * k, h * k, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(pixels, 0, 0, w * k, h * k, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(MARK);
        g.setStroke(new BasicStroke(Math.max(1, k / 2f)));
        double barHeight = Math.ceil(bar.y1() - bar.y0());
        double top = (bar.y0() - region.y0() - barHeight) * k;
        double bottom = (bar.y1() - region.y0() + barHeight) * k;
        for (double end : new double[]{bar.x0(), bar.x1()}) {
            double x = (end - region.x0()) * k;
            g.draw(new Line2D.Double(x, top, x, bottom));
        }
        g.dispose();
        return out;
    }
}
