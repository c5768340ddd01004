package io.granula.core.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What one image will contain: arrangement, morphology mix, sizes, how many particles, and the
 * phases they are made of.
 *
 * @param kinds        morphologies drawn, with {@code weights} (same length)
 * @param targetCount  particles to place (fewer when the field is full)
 * @param rule         overlap rule for loose particles
 * @param materials    relative Z / density of each phase present
 */
public record ScenePlan(Arrangement arrangement, List<ShapeKind> kinds, List<Double> weights,
                        SizeDistribution sizes, int targetCount, OverlapRule rule, List<Double> materials) {
    public ScenePlan {
        kinds = List.copyOf(kinds);
        weights = List.copyOf(weights);
        materials = List.copyOf(materials);
        if (kinds.isEmpty() || kinds.size() != weights.size() || materials.isEmpty() || targetCount < 0) {
            throw new IllegalArgumentException("bad scene plan");
        }
    }

    public ShapeKind drawKind(SplittableRandom rng) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double u = rng.nextDouble() * total;
        for (int i = 0; i < kinds.size(); i++) {
            u -= weights.get(i);
            if (u < 0) {
                return kinds.get(i);
            }
        }
        return kinds.get(kinds.size() - 1);
    }
}
