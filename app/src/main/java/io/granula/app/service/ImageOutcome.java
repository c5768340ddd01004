package io.granula.app.service;

import io.granula.core.calib.Calibration;
import io.granula.core.stats.ImageSummary;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What became of one image of a batch: its summary when it was analysed and written, or the problem
 * in one line (naming the file) when it failed.
 */
public record ImageOutcome(Path image, String name, Optional<ImageSummary> summary, int particles, int kept,
                           double seconds, Optional<String> problem) {
    static ImageOutcome analysed(Path image, String name, ImageSummary summary, int particles, int kept, double seconds) {
        return new ImageOutcome(image, name, Optional.of(summary), particles, kept, seconds, Optional.empty());
    }

    static ImageOutcome failed(Path image, String name, String problem) {
        return new ImageOutcome(image, name, Optional.empty(), 0, 0, 0, Optional.of(problem));
    }

    public boolean ok() {
        return problem.isEmpty();
    }

    public Calibration calibration() {
        return summary.map(ImageSummary::calibration).orElse(Calibration.none());
    }
}
