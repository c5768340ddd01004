package io.granula.reports.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking (first fit, as word processors do for ragged-right text): words are
 * added while the line fits; a word wider than the line is split by characters. Explicit
 * newlines start new lines.
 */
public final class TextWrapper {
    private TextWrapper() {
    }

    public static List<String> wrap(String text, TextStyle style, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").split("\n", -1)) {
            wrapParagraph(style.font().printable(paragraph), style, maxWidth, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, TextStyle style, float maxWidth, List<String> lines) {
        String[] words = paragraph.trim().split(" +");
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (style.width(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (style.width(rest) > maxWidth && rest.length() > 1) {
                int cut = longestPrefixThatFits(rest, style, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    private static int longestPrefixThatFits(String word, TextStyle style, float maxWidth) {
        int cut = 1;
        while (cut < word.length() && style.width(word.substring(0, cut + 1)) <= maxWidth) {
            cut++;
        }
        return cut;
    }
}
