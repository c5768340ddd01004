package io.granula.core.stats;

/**
 * What each particle counts for in a size distribution, after ISO 9276-1:1998 / ISO 9276-2:2014, whose
 * cumulative distributions Q_r(x) have type r = 0 (number), 2 (area) and 3 (volume). Weights derive from
 * the equivalent circular diameter: a particle weighs 1, its projected area (proportional to ECD^2), or the
 * volume of the sphere of the same ECD (proportional to ECD^3). Constant factors cancel when the
 * distribution is normalised, so only the powers matter.
 */
public enum Weighting {
    COUNT(0, "number"),
    AREA(2, "area"),
    VOLUME(3, "volume");

    private final int isoType;
    private final String label;

    Weighting(int isoType, String label) {
        this.isoType = isoType;
        this.label = label;
    }

    /** The r of ISO 9276's Q_r: 0, 2 or 3; also the power of the ECD the weight grows with. */
    public int isoType() {
        return isoType;
    }

    /** "number", "area" or "volume", as ISO 9276 words it; the CSV suffix and chart legends use it. */
    public String label() {
        return label;
    }

    /**
     * Weights of particles of the given ECDs relative to the largest, (ecd / max)^r, all in [0, 1]:
     * the constant cancels when a distribution is normalised, and unlike ecd^3 it cannot overflow to
     * infinity for extreme calibrations (a volume weight of 1e300 nm/px is 1e900). Non-finite or
     * non-positive sizes weigh 0.
     */
    public double[] relativeWeights(double[] ecd) {
        double max = 0;
        for (double v : ecd) {
            if (Double.isFinite(v) && v > max) {
                max = v;
            }
        }
        double[] w = new double[ecd.length];
        for (int i = 0; i < ecd.length; i++) {
            double v = ecd[i];
            w[i] = Double.isFinite(v) && v > 0 ? weight(v / max) : 0;
        }
        return w;
    }

    /** Weight of a particle of equivalent circular diameter {@code ecd}. */
    public double weight(double ecd) {
        return switch (this) {
            case COUNT -> 1.0;
            case AREA -> ecd * ecd;
            case VOLUME -> ecd * ecd * ecd;
        };
    }
}
