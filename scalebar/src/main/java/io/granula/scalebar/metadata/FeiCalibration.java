package io.granula.scalebar.metadata;

import io.granula.core.calib.Calibration;
import io.granula.core.calib.CalibrationSource;

import java.util.Locale;
import java.util.Optional;

/**
 * FEI/Thermo Fisher: private TIFF tags 34680 (FEI_SFEG), 34681 (FEI_TITAN) and 34682 (FEI_HELIOS)
 * hold an INI text whose {@code [Scan]} section gives {@code PixelWidth} in metres.
 */
public final class FeiCalibration implements MetadataCalibrationReader {
    public static final int[] TAGS = {34682, 34680, 34681};

    @Override
    public Optional<Calibration> read(MetadataContext context) {
        for (int tag : TAGS) {
            Optional<String> text = context.metadata().tagText(tag);
            if (text.isEmpty()) {
                continue;
            }
            Optional<String> width = IniText.value(text.get(), "Scan", "PixelWidth");
            if (width.isEmpty()) {
                continue;
            }
            double metres;
            try {
                metres = Double.parseDouble(width.get().strip());
            } catch (NumberFormatException e) {
                continue;
            }
            if (metres > 0) {
                return Optional.of(new Calibration(metres * 1e9, CalibrationSource.METADATA, String.format(Locale.ROOT,
                        "FEI/Thermo tag %d: [Scan] PixelWidth = %s m", tag, width.get().strip())));
            }
        }
        return Optional.empty();
    }
}
