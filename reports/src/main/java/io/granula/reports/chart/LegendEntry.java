package io.granula.reports.chart;

import java.awt.Color;

/** One legend item: a swatch drawn as its series is drawn, and its label. */
public record LegendEntry(String label, Color color, Swatch swatch) {
    public enum Swatch { BAR, LINE, DOT }
}
