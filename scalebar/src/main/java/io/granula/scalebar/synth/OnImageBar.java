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
     * Keeps the specimen within {@code pad} of the group away from the bar's colour, as a
     * microscopist placing a bar on the image makes sure it stays visible.
     */
    public static void clearUnder(BufferedImage img, LabelledBar group, double gx, double gy, int pad, boolean lightBar) {
        int w = img.getWidth();
        int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int x0 = Math.max(0, (int) gx - pad);
        int x1 = Math.min(w, (int) Math.ceil(gx + group.width()) + pad);
        int y0 = Math.max(0, (int) gy - pad);
        int y1 = Math.min(img.getHeight(), (int) Math.ceil(gy + group.height()) + pad);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int v = px[y * w + x] & 0xFF;
                int nv = lightBar ? Math.min(v, 150) : Math.max(v, 105);
                px[y * w + x] = 0xFF000000 | (nv << 16) | (nv << 8) | nv;
            }
        }
    }
}
