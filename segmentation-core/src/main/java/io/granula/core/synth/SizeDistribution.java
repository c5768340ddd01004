package io.granula.core.synth;

import java.util.SplittableRandom;

/**
 * Area-equivalent diameters in px: log-normal around {@code median} with log-sd {@code sigma},
 * optionally mixed with a second log-normal mode (bimodal powders), truncated to [min, max]
 * by redrawing. Powder sizes are commonly log-normal (Allen, "Particle Size Measurement", ch. 4).
 */
public record SizeDistribution(double median, double sigma, double secondMedian, double secondFraction,
                               double min, double max) {
    public SizeDistribution {
        if (!(min > 0 && max >= min && median > 0 && sigma >= 0 && secondFraction >= 0 && secondFraction <= 1)) {
            throw new IllegalArgumentException("bad size distribution " + median + " sd " + sigma + " in [" + min + ", " + max + "]");
        }
    }

    public static SizeDistribution logNormal(double median, double sigma, double min, double max) {
        return new SizeDistribution(median, sigma, median, 0, min, max);
    }

    public double sample(SplittableRandom rng) {
        double m = rng.nextDouble() < secondFraction ? secondMedian : median;
        for (int i = 0; i < 50; i++) {
            double d = m * Math.exp(sigma * gaussian(rng));
            if (d >= min && d <= max) {
                return d;
            }
        }
        return Math.max(min, Math.min(max, m));
    }

    /** Mean of d², for the expected particle area pi/4 E[d²] (untruncated log-normal: m² exp(2 sigma²)). */
    public double meanSquare() {
        double first = median * median * Math.exp(2 * sigma * sigma);
        double second = secondMedian * secondMedian * Math.exp(2 * sigma * sigma);
        double ms = (1 - secondFraction) * first + secondFraction * second;
        return Math.max(min * min, Math.min(max * max, ms));
    }

    static double gaussian(SplittableRandom rng) {
        // Box-Muller on the caller's generator keeps every draw reproducible from the seed.
        double u = 1 - rng.nextDouble(), v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
