package io.granula.app.batch;

import java.nio.file.Path;
import java.util.List;

/** What {@code analyze} was asked to do, as typed (validated by {@link BatchAnalysis}). */
public record BatchOptions(List<Path> images, Path out, Path model, double diameterPx, String device, String scale,
                           boolean excludeEdge, Path report, int threads, double flowThreshold,
                           double cellprobThreshold, int minSize, boolean augment) {
    public BatchOptions {
        images = List.copyOf(images);
    }

    /** The bundled model: {@code models/granula-default.pt} under the installation ({@code granula.home}). */
    public static Path defaultModel() {
        String home = System.getProperty("granula.home", ".");
        return Path.of(home, "models", "granula-default.pt");
    }
}
