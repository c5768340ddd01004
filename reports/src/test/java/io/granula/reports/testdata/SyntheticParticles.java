package io.granula.reports.testdata;

import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;
import io.granula.reports.model.ReportImage;
import io.granula.reports.model.ScaleBarMark;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

/**
 * Micrographs with known particles for report tests and the benchmark: non-overlapping discs of
 * random radius on a noisy background, a scale bar drawn in the bottom band, labels exact, and
 * the particles measured by the real {@link ParticleMeasurer}.
 */
public final class SyntheticParticles {
    private SyntheticParticles() {
    }

    /** Up to {@code n} discs with radii in [rMin, rMax], one pixel apart at least, ids 1..placed. */
    public static LabelImage discs(int w, int h, int n, double rMin, double rMax, long seed) {
        int[] labels = new int[w * h];
        Random random = new Random(seed);
        int placed = 0;
        int bandTop = h - h / 10; // keep the annotation band free, as instruments do
        for (int attempt = 0; attempt < n * 200 && placed < n; attempt++) {
            double r = rMin + (rMax - rMin) * random.nextDouble();
            double cx = r + 1 + random.nextDouble() * (w - 2 * r - 2);
            double cy = r + 1 + random.nextDouble() * (bandTop - 2 * r - 2);
            if (fits(labels, w, h, cx, cy, r + 1)) {
                placed++;
                paint(labels, w, h, cx, cy, r, placed);
            }
        }
        return new LabelImage(w, h, labels);
    }

    /** 16-bit-like grey values: background 3000 ± 400, particles 12000 ± 600, a white scale bar in the band. */
    public static Image2D micrograph(LabelImage labels, ScaleBarMark bar, long seed) {
        Random random = new Random(seed);
        int w = labels.width();
        float[] px = new float[w * labels.height()];
        for (int i = 0; i < px.length; i++) {
            boolean inside = labels.labels()[i] != 0;
            // Whole numbers, as a 16-bit TIFF holds them.
            px[i] = Math.round((inside ? 12000 : 3000) + random.nextGaussian() * (inside ? 600 : 400));
        }
        if (bar != null) {
            for (int y = (int) bar.y0(); y < (int) bar.y1(); y++) {
                for (int x = (int) bar.x0(); x < (int) bar.x1(); x++) {
                    px[y * w + x] = 65000;
                }
            }
        }
        return Image2D.gray(w, labels.height(), px);
    }

    /** A complete image: labels, micrograph with a 100 px scale bar, measured at {@code nmPerPixel}. */
    public static ReportImage image(String name, Path source, int w, int h, int n, double rMin, double rMax,
                                    double nmPerPixel, long seed) {
        LabelImage labels = discs(w, h, n, rMin, rMax, seed);
        double barY = h - h / 20.0;
        ScaleBarMark bar = new ScaleBarMark(w - 130, w - 30, barY, barY + 4,
                barLabel(100 * nmPerPixel), Optional.empty());
        Image2D image = micrograph(labels, bar, seed + 1);
        Calibration c = new Calibration(nmPerPixel, io.granula.core.calib.CalibrationSource.SCALE_BAR, "scale bar " + bar.label());
        ParticleTable table = new ParticleMeasurer().measure(labels, image, c, null);
        return ReportImage.of(name, source, table, image, labels, bar);
    }

    private static String barLabel(double nm) {
        return nm >= 1000 ? Math.round(nm / 1000) + " µm" : Math.round(nm) + " nm";
    }

    private static boolean fits(int[] labels, int w, int h, double cx, double cy, double r) {
        int x0 = Math.max(0, (int) Math.floor(cx - r));
        int x1 = Math.min(w - 1, (int) Math.ceil(cx + r));
        int y0 = Math.max(0, (int) Math.floor(cy - r));
        int y1 = Math.min(h - 1, (int) Math.ceil(cy + r));
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (labels[y * w + x] != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void paint(int[] labels, int w, int h, double cx, double cy, double r, int id) {
        for (int y = (int) Math.floor(cy - r); y <= Math.ceil(cy + r); y++) {
            for (int x = (int) Math.floor(cx - r); x <= Math.ceil(cx + r); x++) {
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                if (x >= 0 && y >= 0 && x < w && y < h && dx * dx + dy * dy <= r * r) {
                    labels[y * w + x] = id;
                }
            }
        }
    }
}
