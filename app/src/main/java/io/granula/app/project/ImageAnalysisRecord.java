package io.granula.app.project;

import java.time.Instant;

/**
 * That an image was analysed, with which settings and on which content.
 *
 * @param imageSha256   the image file's hash at analysis time: a different hash on disk means the
 *                      results belong to an older version of the file
 * @param diameterPx    the diameter the network was run at
 * @param runJson       the run record as run.json holds it (model, parameters, timings)
 */
public record ImageAnalysisRecord(long imageId, long settingsId, String imageSha256, Instant at,
                                  double diameterPx, String device, String runJson) {
}
