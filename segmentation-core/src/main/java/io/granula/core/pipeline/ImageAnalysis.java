package io.granula.core.pipeline;

import io.granula.core.calib.Calibration;
import io.granula.core.image.Image2D;
import io.granula.core.label.LabelImage;
import io.granula.core.measure.ParticleTable;

import java.nio.file.Path;
import java.util.Map;

/**
 * The result of analysing one image.
 *
 * @param diameterPx the diameter the network was run at (the model's own when no rescaling happened)
 * @param keptRows   rows of {@code particles} that pass the run's filter
 */
public record ImageAnalysis(Path source, Image2D image, LabelImage labels, ParticleTable particles,
                            int[] keptRows, Calibration calibration, double diameterPx, String device,
                            Map<String, Double> stageMillis) {
    public ImageAnalysis {
        stageMillis = Map.copyOf(stageMillis);
    }
}
