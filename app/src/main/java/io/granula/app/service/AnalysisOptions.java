package io.granula.app.service;

import io.granula.core.pipeline.AnalysisSettings;

import java.nio.file.Path;

/**
 * How to analyse images, as the user gave it (checked by {@link AnalysisService#open}).
 *
 * @param diameterPx mean particle diameter in pixels, or NaN to estimate it
 * @param device     {@code auto}, {@code cpu} or {@code gpu}
 * @param scale      a typed pixel size for every image ("5 nm/px"), or null to read metadata and scale bars
 * @param threads    CPU threads, 1 to {@link io.granula.core.flow.ThreadLimit#max()}
 * @param excludeAnnotations leave the instrument's data strip, the scale bar and its label out of
 *                   segmentation (the default); false analyses every pixel
 * @param minConfidence particles under this confidence (0..1, particles.csv's {@code confidence}) are dropped
 */
public record AnalysisOptions(Path model, double diameterPx, String device, String scale, boolean excludeEdge,
                              int threads, double flowThreshold, double cellprobThreshold, int minSize,
                              boolean augment, boolean excludeAnnotations, double minConfidence) {
    /** Options with annotation areas excluded and the default minimum confidence. */
    public AnalysisOptions(Path model, double diameterPx, String device, String scale, boolean excludeEdge,
                           int threads, double flowThreshold, double cellprobThreshold, int minSize, boolean augment) {
        this(model, diameterPx, device, scale, excludeEdge, threads, flowThreshold, cellprobThreshold, minSize,
                augment, true, AnalysisSettings.DEFAULT_MIN_CONFIDENCE);
    }

    /** The bundled model, every default, all processors. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(defaultModel(), Double.NaN, "auto", null, false,
                Runtime.getRuntime().availableProcessors(), 0.4, 0.0, 15, false, true,
                AnalysisSettings.DEFAULT_MIN_CONFIDENCE);
    }

    /** These options with annotation areas excluded or analysed (the GUI's switch). */
    public AnalysisOptions withExcludeAnnotations(boolean exclude) {
        return new AnalysisOptions(model, diameterPx, device, scale, excludeEdge, threads, flowThreshold,
                cellprobThreshold, minSize, augment, exclude, minConfidence);
    }

    /** These options with another minimum confidence (0 keeps every particle). */
    public AnalysisOptions withMinConfidence(double min) {
        return new AnalysisOptions(model, diameterPx, device, scale, excludeEdge, threads, flowThreshold,
                cellprobThreshold, minSize, augment, excludeAnnotations, min);
    }

    /** The bundled model: {@code models/granula-default.pt} under the installation ({@code granula.home}). */
    public static Path defaultModel() {
        String home = System.getProperty("granula.home", ".");
        return Path.of(home, "models", "granula-default.pt");
    }
}
