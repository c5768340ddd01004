package io.granula.app.project;

import io.granula.core.calib.Calibration;

import java.time.Instant;

/**
 * One pixel size of an image in its history; the newest entry is the current one.
 *
 * @param nmPerPixel NaN when uncalibrated
 * @param detail     free text on the source, e.g. "scale bar 200 nm" or "typed: 5 nm/px"
 * @param author     the OS user name of whoever set it
 */
public record CalibrationEntry(long id, long imageId, double nmPerPixel, CalibrationOrigin origin, String detail,
                               Instant at, String author) {
    /** The core's view of this entry, as the measurer and the writers take it. */
    public Calibration calibration() {
        return origin == CalibrationOrigin.NONE ? Calibration.none()
                : new Calibration(nmPerPixel, origin.coreSource(), detail);
    }
}
