package io.granula.core.measure;

import io.granula.core.label.LabelImage;

import java.nio.file.Path;

/** Lets tests in other packages read label TIFFs through ImageJ, as {@link ImageJOracle} does. */
public final class ImageJOracleAccess {
    private ImageJOracleAccess() {
    }

    public static LabelImage readLabels(Path tif) {
        return ImageJOracle.readLabels(tif);
    }
}
