package io.granula.app.project;

import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.image.ImageReaders;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleMeasurer;
import io.granula.core.measure.ParticleTable;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/** Small real inputs for store tests: label images of discs, a PNG micrograph of them, an analysed project. */
public final class ProjectFixtures {
    private ProjectFixtures() {
    }

    /** Non-overlapping discs of radius 4..11 on a grid, ids 1..n in raster order of their cells. */
    public static LabelImage discs(int w, int h, int n, long seed) {
        Random rnd = new Random(seed);
        int[] labels = new int[w * h];
        int cell = (int) Math.floor(Math.sqrt((double) w * h / n));
        int id = 0;
        for (int cy = 0; cy + cell <= h && id < n; cy += cell) {
            for (int cx = 0; cx + cell <= w && id < n; cx += cell) {
                id++;
                int r = Math.max(2, Math.min(cell / 2 - 1, 4 + rnd.nextInt(8)));
                int x0 = cx + cell / 2 + rnd.nextInt(3) - 1;
                int y0 = cy + cell / 2 + rnd.nextInt(3) - 1;
                for (int y = y0 - r; y <= y0 + r; y++) {
                    for (int x = x0 - r; x <= x0 + r; x++) {
                        if (x >= 0 && y >= 0 && x < w && y < h && (x - x0) * (x - x0) + (y - y0) * (y - y0) <= r * r) {
                            labels[y * w + x] = id;
                        }
                    }
                }
            }
        }
        return new LabelImage(w, h, labels);
    }

    /** An 8-bit grey PNG: bright particles (value by id) on a dark background. */
    public static Path writeImage(Path file, LabelImage labels) {
        BufferedImage img = new BufferedImage(labels.width(), labels.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < labels.height(); y++) {
            for (int x = 0; x < labels.width(); x++) {
                int v = labels.get(x, y);
                img.getRaster().setSample(x, y, 0, v == 0 ? 20 + (x * 7 + y * 3) % 11 : 120 + (v * 37 + x) % 120);
            }
        }
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static Image2D read(Path image) {
        try {
            return ImageReaders.read(image).firstPage();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static AnalysisSettingsRecord settings() {
        return new AnalysisSettingsRecord(0, "model.pt", "ab".repeat(32), 20, 0.4, 0, 15, false, false, "cpu", "{}");
    }

    /** Stores labels as an image's analysis, measured as analyze measures them. */
    public static void saveAnalysis(ProjectStore store, ProjectImage image, LabelImage labels, Image2D intensity, Calibration cal) {
        AnalysisSettingsRecord s = store.saveSettings(settings());
        ParticleTable table = new ParticleMeasurer().measure(labels, intensity, cal, null);
        store.saveAnalysis(new ImageAnalysisRecord(image.id(), s.id(), image.sha256(), Instant.now(), 20, "cpu", "{}"),
                labels, table);
    }

    /** A project next to one analysed 160x120 image of 12 discs, calibrated at 2.5 nm/px; returns it open. */
    public static ProjectStore analysedProject(Path dir) {
        LabelImage labels = discs(160, 120, 12, 7);
        Path image = writeImage(dir.resolve("grains.png"), labels);
        ProjectStore store = ProjectStore.create(dir.resolve("study.granula"));
        Sample sample = store.ensureSample("powder A");
        ProjectImage img = store.addImage(image, "grains", sample.id());
        CalibrationEntry cal = store.setCalibration(img.id(), 2.5, CalibrationOrigin.TYPED, "typed: 2.5 nm/px");
        saveAnalysis(store, img, new LabelImage(160, 120, labels.labels().clone()), read(image), cal.calibration());
        return store;
    }
}
