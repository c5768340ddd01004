package io.granula.core.stats;

/**
 * How a histogram's bins are laid out: a fixed width or a fixed count, on a linear or a log10 axis.
 * Fixed-width bins are aligned to multiples of the width (so 5 nm bins start at 0, 5, 10, ...); on a log
 * axis the width is in decades (0.1 = ten bins per decade) and edges are powers of ten.
 *
 * @param value the bin width (linear units or decades) or the bin count
 */
public record Binning(Rule rule, double value, Scale scale) {
    /** At most this many bins, so a tiny width on a wide range fails loudly instead of exhausting memory. */
    public static final int MAX_BINS = 100_000;

    public enum Rule { WIDTH, COUNT }

    public enum Scale { LINEAR, LOG }

    public Binning {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("bin " + rule.name().toLowerCase() + " must be positive: " + value);
        }
        if (rule == Rule.COUNT && (value != Math.rint(value) || value > MAX_BINS)) {
            throw new IllegalArgumentException("bin count must be a whole number up to " + MAX_BINS + ": " + value);
        }
    }

    public static Binning width(double width) {
        return new Binning(Rule.WIDTH, width, Scale.LINEAR);
    }

    public static Binning count(int bins) {
        return new Binning(Rule.COUNT, bins, Scale.LINEAR);
    }

    public static Binning logWidth(double decades) {
        return new Binning(Rule.WIDTH, decades, Scale.LOG);
    }

    public static Binning logCount(int bins) {
        return new Binning(Rule.COUNT, bins, Scale.LOG);
    }

    /** Bin edges covering [min, max] (both finite, and positive on a log axis), ascending. */
    double[] edges(double min, double max) {
        boolean log = scale == Scale.LOG;
        double lo = log ? Math.log10(min) : min;
        double hi = log ? Math.log10(max) : max;
        boolean single = hi == lo;
        if (single && rule == Rule.COUNT) { // one distinct value: bins around it
            lo -= 0.5;
            hi += 0.5;
        }
        int bins;
        double start;
        double step;
        if (rule == Rule.COUNT) {
            bins = (int) value;
            start = lo;
            step = (hi - lo) / bins;
        } else {
            step = value;
            start = Math.floor(lo / step) * step;
            double count = Math.ceil((hi - start) / step);
            if (count > MAX_BINS) {
                throw new IllegalArgumentException("bin width " + value + " gives " + (long) count + " bins, more than " + MAX_BINS);
            }
            bins = Math.max(1, (int) count);
            if (start + bins * step < hi) {
                bins++;
            }
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            double e = rule == Rule.COUNT && i == bins ? hi : start + i * step;
            edges[i] = log ? Math.pow(10, e) : e;
        }
        if (rule == Rule.COUNT && !single) { // exact ends, so rounding in pow/step never leaves min or max out
            edges[0] = min;
            edges[bins] = max;
        }
        return edges;
    }
}
