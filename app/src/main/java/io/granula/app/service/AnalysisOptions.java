package io.granula.app.service;

import java.nio.file.Path;

/**
 * How to analyse images, as the user gave it (checked by {@link AnalysisService#open}).
 *
 * @param diameterPx mean particle diameter in pixels, or NaN to estimate it
 * @param device     {@code auto}, {@code cpu} or {@code gpu}
 * @param scale      a typed pixel size for every image ("5 nm/px"), or null to read metadata and scale bars
 * @param threads    CPU threads, 1 to {@link io.granula.core.flow.ThreadLimit#max()}
 */
public record AnalysisOptions(Path model, double diameterPx, String device, String scale, boolean excludeEdge,
                              int threads, double flowThreshold, double cellprobThreshold, int minSize,
                              boolean augment) {
    /** The bundled model, every default, all processors. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(defaultModel(), Double.NaN, "auto", null, false,
                Runtime.getRuntime().availableProcessors(), 0.4, 0.0, 15, false);
    }

    /** The bundled model: {@code models/granula-default.pt} under the installation ({@code granula.home}). */
    public static Path defaultModel() {
        String home = System.getProperty("granula.home", ".");
        return Path.of(home, "models", "granula-default.pt");
    }
}
