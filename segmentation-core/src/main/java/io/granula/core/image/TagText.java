package io.granula.core.image;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text stored in image metadata as bytes. Instruments write UTF-8 or Latin-1 under the same TIFF
 * type (Zeiss writes µ as the Latin-1 byte 0xB5), so decode strict UTF-8 and fall back to
 * Latin-1, which accepts every byte; trailing NUL terminators are dropped.
 */
public final class TagText {
    private TagText() {
    }

    public static String decode(byte[] raw) {
        int end = raw.length;
        while (end > 0 && raw[end - 1] == 0) {
            end--;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw, 0, end)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        }
    }
}
