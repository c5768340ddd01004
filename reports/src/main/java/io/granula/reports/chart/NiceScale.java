package io.granula.reports.chart;

import io.granula.reports.format.ReportNumberFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * Axis range and ticks at "nice" numbers (1, 2, 5 times a power of ten), after P. S. Heckbert,
 * "Nice Numbers for Graph Labels", Graphics Gems I (1990), pp. 61-63: the loose labelling
 * variant, whose axis ends on ticks that enclose the data.
 *
 * @param min      first tick (at or below the data minimum)
 * @param max      last tick (at or above the data maximum)
 * @param step     tick spacing
 * @param decimals fraction digits every tick label shows (Heckbert's nfrac)
 */
public record NiceScale(double min, double max, double step, int decimals) {

    /** Ticks enclosing {@code [lo, hi]}, about {@code targetTicks} of them. */
    public static NiceScale loose(double lo, double hi, int targetTicks) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (hi < lo) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        if (hi == lo) {
            // A degenerate range still needs an axis: widen it around the single value.
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double range = niceNumber(hi - lo, false);
        double step = niceNumber(range / Math.max(1, targetTicks - 1), true);
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        int decimals = (int) Math.max(-Math.floor(Math.log10(step)), 0);
        return new NiceScale(min, max, step, decimals);
    }

    /**
     * As {@link #loose} with 3 % of the range added on each side first, so that marks drawn at the
     * data's extremes (scatter dots, whisker caps) never sit on the axis lines; the padding
     * never takes non-negative data below zero.
     */
    public static NiceScale padded(double lo, double hi, int targetTicks) {
        double pad = (hi - lo) * 0.03;
        double padLo = lo >= 0 ? Math.max(0, lo - pad) : lo - pad;
        return loose(padLo, hi + pad, targetTicks);
    }

    /** As {@link #loose} but the axis starts at zero: bar heights must be read from a zero baseline. */
    public static NiceScale fromZero(double hi, int targetTicks) {
        return loose(0, hi > 0 ? hi : 1, targetTicks);
    }

    /**
     * Heckbert's nicenum: the nice number near {@code x}; rounded to the nearest of 1, 2, 5, 10
     * (times a power of ten) when {@code round}, else the smallest not below {@code x}.
     */
    public static double niceNumber(double x, boolean round) {
        double exponent = Math.floor(Math.log10(x));
        double power = Math.pow(10, exponent);
        double fraction = x / power;
        double nice;
        if (round) {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }
        return nice * power;
    }

    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            // Rounded to the label's digits so that 0.1 + 0.2 does not print as 0.30000000000000004.
            ticks.add(Double.parseDouble(ReportNumberFormat.fixed(min + i * step, decimals + 1)));
        }
        return ticks;
    }

    public String label(double tick) {
        return ReportNumberFormat.fixed(tick, decimals);
    }
}
