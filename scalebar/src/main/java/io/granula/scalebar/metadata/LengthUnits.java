package io.granula.scalebar.metadata;


import java.util.Optional;

/**
 * Length units as instrument files spell them. (A tag's text itself comes from
 * {@link io.granula.core.image.ImageMetadata#tagText(int)}.)
 */
final class LengthUnits {
    private LengthUnits() {
    }

    /** "nm", "µm", "mm", ... from the spellings instrument files use (µ, μ, u, a lost µ as U+FFFD or '?'). */
    static Optional<String> lengthUnit(String raw) {
        String u = raw.strip();
        return switch (u) {
            case "pm", "nm", "mm", "m" -> Optional.of(u);
            case "µm", "μm", "um", "\uFFFDm", "?m", "micron", "microns", "micrometer", "micrometre" -> Optional.of("µm");
            case "nanometer", "nanometre" -> Optional.of("nm");
            case "cm" -> Optional.of("cm");
            default -> u.equals("\\u00B5m") || u.equals("\\u00b5m") ? Optional.of("µm") : Optional.empty();
        };
    }
}
