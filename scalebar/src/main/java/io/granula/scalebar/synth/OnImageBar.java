package io.granula.scalebar.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * TEM/Gatan style: the bar and its label drawn straight on the image in a corner, in a colour that
 * stands out from the specimen there, sometimes on a filled box.
 */
public final class OnImageBar {
    private OnImageBar() {
    }

    /** Mean grey of the corner region where the group will go. */
    public static double cornerMean(BufferedImage img, int x, int y, int w, int h) {
        long sum = 0;
        int n = 0;
        for (int yy = Math.max(0, y); yy < Math.min(img.getHeight(), y + h); yy += 2) {
            for (int xx = Math.max(0, x); xx < Math.min(img.getWidth(), x + w); xx += 2) {
                sum += img.getRGB(xx, yy) & 0xFF;
                n++;
            }
        }
        return n == 0 ? 128 : sum / (double) n;
    }

    /**
     * Paints the group with its top-left at (gx, gy).
     *
     * @param box colour of a backing box, or null to draw on the specimen
     */
    public static ScaleBarTruth paint(Graphics2D g, LabelledBar group, double gx, double gy, Color box) {
        if (box != null) {
            double p = Math.max(4, 0.3 * group.height());
            g.setColor(box);
            g.fillRect((int) Math.floor(gx - p), (int) Math.floor(gy - p),
                    (int) Math.ceil(group.width() + 2 * p), (int) Math.ceil(group.height() + 2 * p));
        }
        return group.paint(g, gx, gy);
    }

    /**
     * Calms the specimen around the group, as a microscopist puts the bar on an empty stretch of
     * support film: within {@code pad} of the group the image is pulled towards one level that
     * contrasts with the bar, fully near the group and fading out at the edge (no new hard edges).
     * Noise is kept.
     */
    public static void clearUnder(BufferedImage img, LabelledBar group, double gx, double gy, int pad, boolean lightBar) {
        int w = img.getWidth();
        int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int x0 = Math.max(0, (int) gx - pad);
        int x1 = Math.min(w, (int) Math.ceil(gx + group.width()) + pad);
        int y0 = Math.max(0, (int) gy - pad);
        int y1 = Math.min(img.getHeight(), (int) Math.ceil(gy + group.height()) + pad);
        int level = lightBar ? 95 : 165;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                double dx = Math.max(0, Math.max(gx - x, x - (gx + group.width())));
                double dy = Math.max(0, Math.max(gy - y, y - (gy + group.height())));
                double d = Math.max(dx, dy);
                double weight = d <= pad / 2.0 ? 1 : Math.max(0, 1 - (d - pad / 2.0) / (pad / 2.0));
                int v = px[y * w + x] & 0xFF;
                // keep the local noise: shift the level, squash the specimen's structure
                int nv = (int) Math.round(v + weight * (level + 0.15 * (v - level) - v));
                nv = Math.max(0, Math.min(255, nv));
                px[y * w + x] = 0xFF000000 | (nv << 16) | (nv << 8) | nv;
            }
        }
    }
}
