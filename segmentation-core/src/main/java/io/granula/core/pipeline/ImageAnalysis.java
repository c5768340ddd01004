package io.granula.core.pipeline;

import io.granula.core.annotate.AnnotationArea;
import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleTable;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The result of analysing one image.
 *
 * @param diameterPx the diameter the network was run at (the model's own when no rescaling happened)
 * @param keptRows   rows of {@code particles} that pass the run's filter
 * @param excluded   annotation areas left out of segmentation (data strip, scale bar, labels)
 */
public record ImageAnalysis(Path source, Image2D image, LabelImage labels, ParticleTable particles,
                            int[] keptRows, Calibration calibration, double diameterPx, String device,
                            Map<String, Double> stageMillis, List<AnnotationArea> excluded) {
    public ImageAnalysis {
        stageMillis = Map.copyOf(stageMillis);
        excluded = List.copyOf(excluded);
    }

    /** An analysis of the whole image (nothing excluded). */
    public ImageAnalysis(Path source, Image2D image, LabelImage labels, ParticleTable particles, int[] keptRows,
                         Calibration calibration, double diameterPx, String device, Map<String, Double> stageMillis) {
        this(source, image, labels, particles, keptRows, calibration, diameterPx, device, stageMillis, List.of());
    }

    /** The same analysis with {@code first} (read, scale bar: stages before the analyzer) ahead of its own stage times. */
    public ImageAnalysis withEarlierStages(Map<String, Double> first) {
        Map<String, Double> all = new java.util.LinkedHashMap<>(first);
        all.putAll(stageMillis);
        return new ImageAnalysis(source, image, labels, particles, keptRows, calibration, diameterPx, device, all, excluded);
    }
}
