package io.granula.reports.chart;

import java.awt.Color;

/**
 * Series colours: the Okabe–Ito palette (M. Okabe and K. Ito, "Color Universal Design", 2008),
 * distinguishable with the common colour-vision deficiencies and in greyscale print. Yellow is
 * last because it is faint on white paper.
 */
public final class Palette {
    private static final Color[] COLORS = {
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

    private Palette() {
    }

    public static Color color(int series) {
        return COLORS[Math.floorMod(series, COLORS.length)];
    }

    public static int size() {
        return COLORS.length;
    }
}
