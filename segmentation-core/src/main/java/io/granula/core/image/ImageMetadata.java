package io.granula.core.image;

import java.util.Map;
import java.util.Optional;

/**
 * What the file says about itself beyond the pixels. Scale-bar calibration reads instrument
 * tags from here (Zeiss 34118, FEI 34680-34682, ImageJ description, resolution).
 *
 * @param format          short format name ("TIFF", "PNG", ...)
 * @param tiffTags        raw TIFF tags of the first page by tag number; values are {@code String},
 *                        {@code long[]}, {@code double[]} or {@code byte[]} (empty for non-TIFF)
 * @param description     TIFF ImageDescription (270) or an equivalent text, if any
 * @param pixelsPerUnitX  horizontal resolution in pixels per {@code resolutionUnit}, NaN if absent
 * @param resolutionUnit  "inch", "cm" or "" when the file declares none
 */
public record ImageMetadata(String format, Map<Integer, Object> tiffTags, Optional<String> description,
                            double pixelsPerUnitX, double pixelsPerUnitY, String resolutionUnit) {
    public ImageMetadata {
        tiffTags = Map.copyOf(tiffTags);
    }

    public static ImageMetadata none(String format) {
        return new ImageMetadata(format, Map.of(), Optional.empty(), Double.NaN, Double.NaN, "");
    }

    public Optional<Object> tag(int number) {
        return Optional.ofNullable(tiffTags.get(number));
    }

    /**
     * A tag's value as text: ASCII tags as they are, BYTE/UNDEFINED tags decoded (UTF-8 when valid,
     * else Latin-1) without trailing NULs. Instruments write the same private tag either way (Zeiss
     * CZ_SEM 34118 appears as ASCII and as BYTE), so calibration readers use this, not {@link #tag}.
     */
    public Optional<String> tagText(int number) {
        Object v = tiffTags.get(number);
        if (v instanceof String s) {
            return Optional.of(s);
        }
        if (v instanceof byte[] b) {
            return Optional.of(TagText.decode(b));
        }
        return Optional.empty();
    }
}
