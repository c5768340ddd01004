package io.granula.scalebar.metadata;

import io.granula.core.image.ImageMetadata;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text of a TIFF tag whatever type the writer gave it: ASCII arrives as a String, BYTE/UNDEFINED as
 * bytes, decoded as UTF-8 when valid and as Latin-1 otherwise (Zeiss writes µ as the Latin-1 byte 0xB5).
 */
final class TagText {
    private TagText() {
    }

    static Optional<String> of(ImageMetadata metadata, int tag) {
        return metadata.tag(tag).flatMap(TagText::decode);
    }

    static Optional<String> decode(Object value) {
        if (value instanceof String s) {
            return Optional.of(s);
        }
        if (value instanceof byte[] b) {
            int end = b.length;
            while (end > 0 && b[end - 1] == 0) {
                end--;
            }
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b, 0, end)).toString());
            } catch (CharacterCodingException e) {
                return Optional.of(new String(b, 0, end, StandardCharsets.ISO_8859_1));
            }
        }
        return Optional.empty();
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
