package io.granula.reports.layout;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * An embedded font with the two things layout needs: the width of a string, and a string
 * guaranteed to be drawable (a character the font lacks would make PDFBox throw mid-page; it
 * prints as '?' instead, so a stray emoji in a sample name cannot stop a report).
 */
public final class PdfFont {
    private static final float FONT_UNITS = 1000f;
    private final PDFont font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    public PdfFont(PDFont font) {
        this.font = font;
    }

    public PDFont pdFont() {
        return font;
    }

    /** Width in points of {@code text} (already {@link #printable}) at {@code size}. */
    public float width(String text, float size) {
        try {
            return font.getStringWidth(text) / FONT_UNITS * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Height above the baseline of capital letters, for vertical centring. */
    public float capHeight(float size) {
        float cap = font.getFontDescriptor() == null ? 0 : font.getFontDescriptor().getCapHeight();
        return (cap > 0 ? cap : 700f) / FONT_UNITS * size;
    }

    /** The text with characters the font cannot draw replaced by '?', and controls by spaces. */
    public String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = !Character.isISOControl(cp) && canDraw(cp);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (ok) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(Character.isISOControl(cp) ? ' ' : '?');
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    private boolean canDraw(int codePoint) {
        return drawable.computeIfAbsent(codePoint, cp -> {
            try {
                byte[] code = font.encode(new String(Character.toChars(cp)));
                // An embedded Type 0 font is Identity-H: the 2-byte code is the glyph id, and 0 is
                // .notdef, which PDFBox returns (rather than throwing) for a character the font lacks.
                return !(font instanceof PDType0Font) || code.length != 2 || ((code[0] & 0xff) << 8 | (code[1] & 0xff)) != 0;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
