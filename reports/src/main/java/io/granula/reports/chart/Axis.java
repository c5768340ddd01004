package io.granula.reports.chart;

/** A numeric axis: its title (with unit) and its nice range. */
public record Axis(String title, NiceScale scale) {
    /** Position in points of data value {@code v} when the axis spans {@code from..to} on the page. */
    public double map(double v, float from, float to) {
        return from + (v - scale.min()) / (scale.max() - scale.min()) * (to - from);
    }
}
