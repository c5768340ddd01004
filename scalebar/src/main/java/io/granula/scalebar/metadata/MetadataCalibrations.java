package io.granula.scalebar.metadata;

import io.granula.core.calib.Calibration;

import java.util.List;
import java.util.Optional;

/**
 * The instrument's own calibration, read before anything is measured in the image: vendor tags
 * first (they are written by the instrument at acquisition), then side-car files, then ImageJ's
 * calibration, then a TIFF resolution that is not a print resolution.
 */
public final class MetadataCalibrations {
    private final List<MetadataCalibrationReader> readers = List.of(
            new ZeissCalibration(), new FeiCalibration(), new JeolCalibration(), new HitachiCalibration(),
            new ImageJCalibration(), new TiffResolutionCalibration());

    public Optional<Calibration> read(MetadataContext context) {
        for (MetadataCalibrationReader r : readers) {
            Optional<Calibration> c = r.read(context);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
