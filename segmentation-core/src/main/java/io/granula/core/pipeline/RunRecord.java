package io.granula.core.pipeline;

import java.time.Instant;
import java.util.Map;

/**
 * Everything needed to replay one analysis (after QuPath's workflow steps): software version,
 * model file and its SHA-256, device, tile size, diameter, dynamics parameters, calibration and
 * filters. The report's methods section prints it; {@code run.json} stores it.
 */
public record RunRecord(String software, Instant started, String model, String modelSha256,
                        Map<String, Object> modelProvenance, String device, Map<String, Object> parameters,
                        Map<String, Double> stageMillis) {
    public RunRecord {
        modelProvenance = Map.copyOf(modelProvenance);
        parameters = Map.copyOf(parameters);
        stageMillis = Map.copyOf(stageMillis);
    }

    public static final String SOFTWARE = "Granula 0.1.0";
}
