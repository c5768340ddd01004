package io.granula.core.synth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws what one image contains. Counts follow from an area coverage typical of the
 * arrangement and the expected particle area, so small particles come by the thousand and
 * large ones by the handful, as on real micrographs.
 */
final class ScenePlanner {
    private static final double[] ARRANGEMENT_WEIGHTS = {0.14, 0.2, 0.2, 0.16, 0.15, 0.15};

    ScenePlan plan(SynthConfig config, SynthStyle style, SplittableRandom rng) {
        Arrangement arrangement = config.arrangement().orElseGet(() -> pick(Arrangement.values(), ARRANGEMENT_WEIGHTS, rng));
        double field = (double) config.width() * config.height();
        double fieldSide = Math.min(config.width(), config.height());
        SizeDistribution sizes = sizes(config, arrangement, fieldSide, rng);

        List<ShapeKind> kinds = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        drawKinds(config, style, arrangement, rng, kinds, weights);

        double coverage = switch (arrangement) {
            case SPARSE -> 0.02 + rng.nextDouble() * 0.15;
            case RANDOM -> 0.08 + rng.nextDouble() * 0.27;
            case TOUCHING -> 0.35 + rng.nextDouble() * 0.35;
            case CLUSTERED -> 0.12 + rng.nextDouble() * 0.28;
            case AGGLOMERATES -> 0.12 + rng.nextDouble() * 0.33;
            case OVERLAPPING -> 0.3 + rng.nextDouble() * 0.5;
        };
        int count;
        if (config.count().isPresent()) {
            count = config.count().getAsInt();
        } else {
            count = (int) Math.round(coverage * field / (Math.PI / 4 * sizes.meanSquare()));
            if (arrangement == Arrangement.SPARSE) {
                count = Math.min(count, 3 + rng.nextInt(40));
            }
            count = Math.max(1, count);
        }
        count = Math.min(count, config.maxCount());

        int minVisible = 5;
        OverlapRule rule = switch (arrangement) {
            case SPARSE -> new OverlapRule(Math.max(3, 0.4 * sizes.median()), 0, minVisible);
            case RANDOM -> new OverlapRule(rng.nextDouble() < 0.5 ? 0 : 1 + rng.nextDouble() * 3, 0, minVisible);
            case TOUCHING, CLUSTERED -> OverlapRule.touching(minVisible);
            case AGGLOMERATES -> new OverlapRule(0, 0.35, minVisible);
            case OVERLAPPING -> new OverlapRule(0, 0.2 + rng.nextDouble() * 0.3, minVisible);
        };

        List<Double> materials = new ArrayList<>();
        materials.add(1.0);
        if (rng.nextDouble() < 0.3) {
            // A second phase lighter or heavier than the first (e.g. oxide support with metal particles).
            materials.add(rng.nextDouble() < 0.5 ? 0.4 + rng.nextDouble() * 0.4 : 1.4 + rng.nextDouble() * 1.2);
        }
        return new ScenePlan(arrangement, kinds, weights, sizes, count, rule, materials);
    }

    private static SizeDistribution sizes(SynthConfig config, Arrangement arrangement, double fieldSide, SplittableRandom rng) {
        double min = config.minDiameter(), max = config.maxDiameter();
        double upper = switch (arrangement) {
            case SPARSE -> Math.min(max, fieldSide * 0.6);
            case AGGLOMERATES -> Math.min(max, Math.max(min, fieldSide / 12));
            default -> Math.min(max, fieldSide / 2.5);
        };
        upper = Math.max(upper, min);
        double median = logUniform(min, upper, rng);
        double u = rng.nextDouble();
        if (arrangement == Arrangement.AGGLOMERATES || u < 0.45) {
            return new SizeDistribution(median, 0.04 + rng.nextDouble() * 0.12, median, 0, min, max);
        }
        if (u < 0.8) {
            return new SizeDistribution(median, 0.25 + rng.nextDouble() * 0.3, median, 0, min, max);
        }
        double ratio = 2.5 + rng.nextDouble() * 4;
        double second = rng.nextDouble() < 0.5 ? median * ratio : median / ratio;
        second = Math.max(min, Math.min(max, second));
        return new SizeDistribution(median, 0.05 + rng.nextDouble() * 0.15, second, 0.15 + rng.nextDouble() * 0.25, min, max);
    }

    private static void drawKinds(SynthConfig config, SynthStyle style, Arrangement arrangement, SplittableRandom rng,
                                  List<ShapeKind> kinds, List<Double> weights) {
        if (!config.kinds().isEmpty()) {
            for (ShapeKind k : config.kinds()) {
                kinds.add(k);
                weights.add(1.0);
            }
            return;
        }
        Map<ShapeKind, Double> prior = new EnumMap<>(ShapeKind.class);
        if (arrangement == Arrangement.AGGLOMERATES) {
            prior.put(ShapeKind.DISC, 4.0);
            prior.put(ShapeKind.BLOB, 2.0);
            prior.put(ShapeKind.POLYGON, 1.0);
        } else {
            // Nanoparticle TEM/STEM work is mostly spheres, crystals and rods; SEM and optical powders mostly irregular grains.
            boolean transmission = style == SynthStyle.TEM || style == SynthStyle.HAADF;
            prior.put(ShapeKind.DISC, transmission ? 3.0 : 2.0);
            prior.put(ShapeKind.POLYGON, transmission ? 3.0 : 2.5);
            prior.put(ShapeKind.ROD, transmission ? 1.5 : 0.8);
            prior.put(ShapeKind.ELLIPSE, 1.5);
            prior.put(ShapeKind.BLOB, transmission ? 1.0 : 3.0);
            prior.put(ShapeKind.WIRE, 0.7);
        }
        ShapeKind[] all = prior.keySet().toArray(new ShapeKind[0]);
        double[] w = prior.values().stream().mapToDouble(Double::doubleValue).toArray();
        ShapeKind main = pick(all, w, rng);
        kinds.add(main);
        weights.add(1.0);
        int extra = rng.nextDouble() < 0.5 ? 0 : 1 + rng.nextInt(2);
        for (int i = 0; i < extra; i++) {
            ShapeKind k = pick(all, w, rng);
            if (!kinds.contains(k)) {
                kinds.add(k);
                weights.add(0.1 + rng.nextDouble() * 0.5);
            }
        }
    }

    static double logUniform(double lo, double hi, SplittableRandom rng) {
        return lo * Math.exp(rng.nextDouble() * Math.log(hi / lo));
    }

    static <T> T pick(T[] values, double[] weights, SplittableRandom rng) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
