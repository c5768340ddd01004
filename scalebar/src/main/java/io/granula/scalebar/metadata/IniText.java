package io.granula.scalebar.metadata;

import java.util.Optional;

/** Looks up {@code key=value} in a {@code [section]} of INI-style text (FEI tags, Hitachi side-cars). */
final class IniText {
    private IniText() {
    }

    static Optional<String> value(String text, String section, String key) {
        String current = "";
        for (String line : text.split("\\r?\\n|\\r")) {
            String l = line.strip();
            if (l.startsWith("[") && l.endsWith("]")) {
                current = l.substring(1, l.length() - 1).strip();
            } else if (section == null || current.equalsIgnoreCase(section)) {
                int eq = l.indexOf('=');
                if (eq > 0 && l.substring(0, eq).strip().equalsIgnoreCase(key)) {
                    return Optional.of(l.substring(eq + 1).strip());
                }
            }
        }
        return Optional.empty();
    }
}
