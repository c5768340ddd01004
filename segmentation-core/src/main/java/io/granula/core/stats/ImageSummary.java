package io.granula.core.stats;

import io.granula.core.calib.Calibration;

import java.util.Objects;

/** One image's line of summary.csv: its name (file stem), its calibration and its particle summary. */
public record ImageSummary(String image, Calibration calibration, ParticleSummary summary) {
    public ImageSummary {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(summary, "summary");
    }
}
