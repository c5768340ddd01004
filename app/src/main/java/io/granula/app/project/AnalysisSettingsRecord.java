package io.granula.app.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The settings an image was analysed with. Two runs with equal {@link #key()} give the same masks, so
 * {@code project analyze} skips images already analysed with them (resumable). The device and the thread
 * count are recorded but are not part of the key: they change the speed, not the result.
 *
 * @param id           0 until stored
 * @param model        the model file as given
 * @param modelSha256  hex SHA-256 of the model file (the part of the key that names the model)
 * @param diameterPx   NaN when the diameter is estimated per image
 * @param device       requested device: auto, cpu or gpu
 * @param parameters   everything else as a JSON object (niter, augment, threads...), as run.json prints it
 */
public record AnalysisSettingsRecord(long id, String model, String modelSha256, double diameterPx,
                                     double flowThreshold, double cellprobThreshold, int minSize,
                                     boolean excludeEdge, boolean augment, String device, String parameters) {
    /** A stable hash of what decides the result. */
    public String key() {
        String canonical = String.format(Locale.ROOT, "model=%s;diameter=%s;flow=%s;cellprob=%s;min=%d;edge=%b;augment=%b",
                modelSha256, Double.isNaN(diameterPx) ? "estimated" : Double.toString(diameterPx),
                flowThreshold, cellprobThreshold, minSize, excludeEdge, augment);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    public AnalysisSettingsRecord withId(long newId) {
        return new AnalysisSettingsRecord(newId, model, modelSha256, diameterPx, flowThreshold, cellprobThreshold,
                minSize, excludeEdge, augment, device, parameters);
    }
}
