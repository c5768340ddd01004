package io.granula.scalebar.text;

import io.granula.scalebar.ScaleLabel;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scale-bar label: a number and a length unit and nothing else. The whole text must match,
 * so an info strip's other fields are refused however they are read: working distance
 * ("WD 7.8mm"), magnification ("X90,000", "Mag = 50.00 K X"), voltage ("5.0kV"), horizontal field
 * width ("HFW 2.98 µm").
 *
 * <p>OCR spellings of µ are accepted: the English Tesseract model has no µ and reads it as u, y, p
 * or j, sometimes as two letters ("yum"); with no whitelist it also gives w.
 */
public final class LabelParser {
    private static final Pattern LABEL = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?) ?(nm|mm|[uµμyjpw]{1,2}m)");
    private static final Pattern THOUSANDS = Pattern.compile("[1-9]\\d{0,2},\\d{3}");
    /** Largest value a scale-bar label plausibly shows (e.g. 1000 nm, 500 µm). */
    private static final double MAX_VALUE = 5000;

    public Optional<ScaleLabel> parse(String text) {
        String t = normalise(text);
        Matcher m = LABEL.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        OptionalDouble v = number(m.group(1));
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ScaleLabel(v.getAsDouble(), unit(m.group(2))));
    }

    /** The number at the start of {@code text} and the unit letters after it, for OCR reconciliation. */
    public Optional<Reading> split(String text) {
        // a separator left dangling before the unit or at the end ("30. um"): the digit after it was
        // not read, which the caller's glyph coverage catches unless it was a trailing zero
        String t = normalise(text).replaceAll("[.,]+$", "").replaceAll("(\\d)[.,]+ ?([a-zµμ])", "$1$2");
        Matcher m = Pattern.compile("(\\d+(?:[., ]\\d+)?) ?([a-zµμ]*)").matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean spacedDecimal = m.group(1).contains(" ");
        OptionalDouble v = number(m.group(1).replace(' ', '.'));
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String letters = m.group(2);
        Matcher u = Pattern.compile("nm|mm|[uµμyjpw]{1,2}m").matcher(letters);
        String unit = u.matches() ? unit(letters) : "";
        return Optional.of(new Reading(v.getAsDouble(), m.group(1).replace(' ', '.'), letters, unit, spacedDecimal));
    }

    /**
     * @param numberText    the digits and separator as read
     * @param letters       the letters after the number as read
     * @param unit          canonical unit, or "" when the letters are not one
     * @param spacedDecimal the separator was read as a space ("1 00um"): Tesseract often turns a
     *                      small decimal point into a gap; the caller checks the field has a point
     */
    public record Reading(double value, String numberText, String letters, String unit, boolean spacedDecimal) {
    }

    /**
     * An unrestricted reading with the letters OCR gives for digits replaced where a number belongs:
     * before the unit ("lum" is 1 µm, "5O nm" 50 nm). Used only when the whitelisted reading found
     * no digit at all.
     */
    public static String digitsForLetters(String text) {
        String t = text.strip();
        Matcher m = DIGIT_LETTERS.matcher(t);
        if (!m.matches()) {
            return t;
        }
        return asDigits(m.group(1)) + m.group(2) + m.group(3);
    }

    /**
     * As {@link #digitsForLetters(String)}, with the characters' boxes carrying the same digits: the
     * checks on where OCR put each letter (a unit letter over digit-high ink is a misread digit) must
     * not take the S OCR read for a 5 as a letter.
     */
    public static OcrLine digitsForLetters(OcrLine line) {
        String text = digitsForLetters(line.text());
        Matcher m = DIGIT_LETTERS.matcher(line.text().strip());
        if (!m.matches()) {
            return new OcrLine(text, line.symbols());
        }
        // the number's characters are the first symbols (OCR gives no symbol for a space)
        int n = m.group(1).length();
        java.util.List<OcrLine.Symbol> symbols = new java.util.ArrayList<>(line.symbols());
        for (int i = 0; i < Math.min(n, symbols.size()); i++) {
            OcrLine.Symbol s = symbols.get(i);
            symbols.set(i, new OcrLine.Symbol(asDigits(s.text()), s.x0(), s.y0(), s.x1(), s.y1()));
        }
        return new OcrLine(text, symbols);
    }

    /** Letters OCR gives for digits, and digits, at the start of a reading: a number's place. */
    private static final Pattern DIGIT_LETTERS = Pattern.compile("^([0-9lI|oOSs.,]+)( ?)(.*)$");

    private static String asDigits(String s) {
        return s.replaceAll("[lI|]", "1").replaceAll("[oO]", "0").replaceAll("[Ss]", "5");
    }

    private static String normalise(String text) {
        // one space at most, and only where OCR saw one: a space inside a number means a lost
        // character, but one beside a decimal point is OCR spacing out a narrow glyph
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" ?([.,]) ?", "$1");
        // letters OCR gives for digits inside a number
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean inNumber = i + 1 < t.length() && (Character.isDigit(t.charAt(i + 1)) || t.charAt(i + 1) == '.');
            if ((c == 'o') && inNumber) {
                c = '0';
            } else if ((c == 'l' || c == 'i' || c == '|') && inNumber) {
                c = '1';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** "2,5" is a decimal comma, "1,000" a thousands separator. */
    private static OptionalDouble number(String s) {
        String n = THOUSANDS.matcher(s).matches() ? s.replace(",", "") : s.replace(',', '.');
        double v = Double.parseDouble(n);
        return v > 0 && v <= MAX_VALUE ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private static String unit(String letters) {
        return switch (letters) {
            case "nm" -> "nm";
            case "mm" -> "mm";
            default -> "µm";
        };
    }
}
