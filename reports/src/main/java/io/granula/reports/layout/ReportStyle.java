package io.granula.reports.layout;

import java.awt.Color;

/**
 * The look of the report in one place: type sizes, colours, spacing. Sizes follow a modular
 * scale (9 pt body, 1.2 ratio) that fits dense tables and still reads well in print.
 */
public record ReportStyle(ReportFonts fonts, Color accent, Color text, Color muted, Color rule, Color band) {
    /** Dark slate blue accent; greys chosen for print contrast on white. */
    public static ReportStyle standard(ReportFonts fonts) {
        return new ReportStyle(fonts, new Color(0x1F4E79), new Color(0x1A1A1A), new Color(0x5F6368),
                new Color(0xB0B7BF), new Color(0xEEF2F6));
    }

    public TextStyle title() {
        return new TextStyle(fonts.bold(), 24f, accent);
    }

    public TextStyle subtitle() {
        return new TextStyle(fonts.regular(), 13f, muted);
    }

    public TextStyle heading(int level) {
        return switch (level) {
            case 1 -> new TextStyle(fonts.bold(), 15.5f, accent);
            case 2 -> new TextStyle(fonts.bold(), 11.5f, text);
            default -> new TextStyle(fonts.bold(), 9.5f, text);
        };
    }

    public TextStyle body() {
        return new TextStyle(fonts.regular(), 9f, text);
    }

    public TextStyle bodyBold() {
        return new TextStyle(fonts.bold(), 9f, text);
    }

    public TextStyle caption() {
        return new TextStyle(fonts.italic(), 7.5f, muted);
    }

    public TextStyle small() {
        return new TextStyle(fonts.regular(), 7f, muted);
    }

    public TextStyle tableHeader() {
        return new TextStyle(fonts.bold(), 7.5f, Color.WHITE);
    }

    public TextStyle tableCell() {
        return new TextStyle(fonts.regular(), 7.5f, text);
    }

    public TextStyle axisLabel() {
        return new TextStyle(fonts.regular(), 7f, text);
    }

    public TextStyle axisTitle() {
        return new TextStyle(fonts.regular(), 7.5f, text);
    }

    public TextStyle chartTitle() {
        return new TextStyle(fonts.bold(), 8.5f, text);
    }
}
