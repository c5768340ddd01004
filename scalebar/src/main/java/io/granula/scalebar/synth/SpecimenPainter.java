package io.granula.scalebar.synth;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

/**
 * A plausible micrograph behind the overlay: a shaded background, particles lighter or darker than
 * it, and detector noise. The scale-bar reader must not find bars in it.
 */
public final class SpecimenPainter {
    private static final float[] GAUSS = gaussianTable(1 << 16, 7);

    private SpecimenPainter() {
    }

    public static void paint(BufferedImage img, int height, Random rnd) {
        int w = img.getWidth();
        Graphics2D g = img.createGraphics();
        int base = 60 + rnd.nextInt(130);
        int tilt = rnd.nextInt(60) - 30;
        g.setPaint(new GradientPaint(0, 0, gray(base - tilt), w, height, gray(base + tilt)));
        g.fillRect(0, 0, w, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int n = 20 + rnd.nextInt(180);
        double maxR = Math.max(6, w / 15.0);
        boolean darkParticles = rnd.nextBoolean();
        for (int i = 0; i < n; i++) {
            double r = 3 + rnd.nextDouble() * maxR * (rnd.nextDouble() < 0.8 ? 0.4 : 1);
            double ar = 0.6 + rnd.nextDouble() * 0.8;
            double cx = rnd.nextDouble() * w;
            double cy = rnd.nextDouble() * height;
            int level = darkParticles ? base - 30 - rnd.nextInt(60) : base + 30 + rnd.nextInt(60);
            g.setColor(gray(level));
            g.fill(new Ellipse2D.Double(cx - r, cy - r * ar, 2 * r, 2 * r * ar));
            if (!darkParticles && rnd.nextBoolean()) {
                // SEM edge brightening: a lighter rim
                g.setColor(gray(level + 25));
                g.setStroke(new java.awt.BasicStroke((float) Math.max(1, r / 6)));
                g.draw(new Ellipse2D.Double(cx - r, cy - r * ar, 2 * r, 2 * r * ar));
            }
        }
        g.dispose();
        addNoise(img, 0, height, 3 + rnd.nextDouble() * 12, rnd);
    }

    /** Adds Gaussian noise of standard deviation {@code sigma} grey levels to rows [y0, y1) of an RGB image. */
    public static void addNoise(BufferedImage img, int y0, int y1, double sigma, Random rnd) {
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int w = img.getWidth();
        for (int i = y0 * w; i < y1 * w; i++) {
            int p = px[i];
            float n = (float) sigma * GAUSS[rnd.nextInt() & 0xFFFF];
            int r = clamp(((p >> 16) & 0xFF) + n);
            int gr = clamp(((p >> 8) & 0xFF) + n);
            int b = clamp((p & 0xFF) + n);
            px[i] = (p & 0xFF000000) | (r << 16) | (gr << 8) | b;
        }
    }

    static Color gray(int v) {
        int c = Math.max(0, Math.min(255, v));
        return new Color(c, c, c);
    }

    private static int clamp(float v) {
        return Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Standard normal samples, drawn once: far cheaper per pixel than Random.nextGaussian. */
    private static float[] gaussianTable(int n, long seed) {
        Random r = new Random(seed);
        float[] t = new float[n];
        for (int i = 0; i < n; i++) {
            t[i] = (float) r.nextGaussian();
        }
        return t;
    }
}
