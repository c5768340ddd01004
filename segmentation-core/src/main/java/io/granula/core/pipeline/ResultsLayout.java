package io.granula.core.pipeline;

import java.nio.file.Path;

/**
 * The results folder that {@code analyze} writes and {@code report} reads back (design notes):
 * {@code DIR/<stem>/labels.tif, particles.csv, overlay.png, calibration.json, run.json} and
 * {@code DIR/summary.csv}.
 */
public record ResultsLayout(Path root) {
    public static final String LABELS = "labels.tif";
    public static final String PARTICLES = "particles.csv";
    public static final String OVERLAY = "overlay.png";
    public static final String CALIBRATION = "calibration.json";
    public static final String RUN = "run.json";
    public static final String SUMMARY = "summary.csv";

    public Path imageDir(String stem) {
        return root.resolve(stem);
    }

    public Path summary() {
        return root.resolve(SUMMARY);
    }
}
