package io.granula.app.cli;

import io.granula.app.service.AnalysisOptions;
import io.granula.core.pipeline.AnalysisSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The analysis options that {@code analyze} and {@code project analyze} share, declared once so that the
 * two commands cannot drift apart (same names, defaults and help) and both give {@link AnalysisOptions}.
 */
public final class AnalysisOptionsMixin {
    @Option(names = "--model", paramLabel = "PATH", description = "TorchScript flow model with its .json sidecar (default: the bundled model).")
    Path model;

    @Option(names = "--diameter", paramLabel = "PX", description = "Mean particle diameter in pixels (default: estimated from a first pass).")
    Double diameter;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "auto|cpu|gpu", description = "Where flows become masks (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--scale", paramLabel = "\"5 nm/px\"", description = "Pixel size for every image; overrides metadata, "
            + "scale bars and, in a project, sizes typed there.")
    String scale;

    @Option(names = "--exclude-edge", description = "Leave particles touching the image border out of statistics and overlays.")
    boolean excludeEdge;

    @Option(names = "--threads", paramLabel = "N", description = "CPU threads (default: all cores).")
    Integer threads;

    @Option(names = "--flow-threshold", defaultValue = "0.4", description = "Drop masks whose flow error exceeds this (default: ${DEFAULT-VALUE}).")
    double flowThreshold;

    @Option(names = "--cellprob-threshold", defaultValue = "0.0", description = "Pixels with a cell-probability logit above this move (default: ${DEFAULT-VALUE}).")
    double cellprobThreshold;

    @Option(names = "--min-size", defaultValue = "15", description = "Drop masks smaller than this many pixels (default: ${DEFAULT-VALUE}).")
    int minSize;

    @Option(names = "--augment", description = "Average the network over four mirror images of every tile "
            + "(Cellpose's augment): slightly better outlines, about twice the analysis time.")
    boolean augment;

    @Option(names = "--keep-annotations", description = "Segment the instrument's data strip, the scale bar and "
            + "its label too (by default they are found and left out: their text and bars are not particles).")
    boolean keepAnnotations;

    @Option(names = "--min-confidence", paramLabel = "C", description = "Drop particles whose confidence "
            + "(particles.csv; network probability times contrast) is under C, 0..1 (default: "
            + AnalysisSettings.DEFAULT_MIN_CONFIDENCE + "; 0 keeps all).")
    Double minConfidence;

    boolean excludeEdge() {
        return excludeEdge;
    }

    AnalysisOptions toOptions() {
        return new AnalysisOptions(model == null ? AnalysisOptions.defaultModel() : model,
                diameter == null ? Double.NaN : diameter, device, scale, excludeEdge,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                flowThreshold, cellprobThreshold, minSize, augment, !keepAnnotations,
                minConfidence == null ? AnalysisSettings.DEFAULT_MIN_CONFIDENCE : minConfidence);
    }
}
