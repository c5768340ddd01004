package io.granula.core.synth;

import io.granula.core.progress.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Puts particles into the field following a {@link ScenePlan}. Loose particles go by random
 * sequential adsorption (Widom 1966; Feder 1980); contact comes from attaching a new particle
 * to a placed one: start it clear of the anchor and move it towards the anchor's centre until
 * one more step would overlap, which leaves the two outlines within a fraction of a pixel.
 * Agglomerates push a little further (sintering necks), under the occlusion rule.
 */
final class Placement {
    private static final double BORDER_OVERHANG = 0.35;

    private final ShapeFactory factory = new ShapeFactory();
    private final ScenePlan plan;
    private final OcclusionCanvas canvas;
    private final SplittableRandom rng;
    private final List<Particle> placed = new ArrayList<>();

    Placement(ScenePlan plan, OcclusionCanvas canvas, SplittableRandom rng) {
        this.plan = plan;
        this.canvas = canvas;
        this.rng = rng;
    }

    /** Places up to the plan's count and returns the particles in draw order with their visible areas. */
    List<Particle> run(ProgressMonitor monitor) {
        int target = plan.targetCount();
        long budget = 40L * target + 200;
        switch (plan.arrangement()) {
            case SPARSE, RANDOM, OVERLAPPING -> {
                while (placed.size() < target && budget-- > 0) {
                    tryLoose(-1);
                    tick(monitor, target);
                }
            }
            case TOUCHING -> touching(target, budget, monitor);
            case CLUSTERED, AGGLOMERATES -> clusters(target, budget, monitor);
        }
        List<Particle> out = new ArrayList<>(placed.size());
        for (Particle p : placed) {
            out.add(p.withVisibleArea(canvas.visibleArea(p.id())));
        }
        return out;
    }

    /**
     * Dense contact mats. Anchors that keep refusing neighbours are buried inside the mat and
     * are dropped from the open list, so the work stays on the growing front.
     */
    private void touching(int target, long budget, ProgressMonitor monitor) {
        List<Particle> open = new ArrayList<>();
        List<Integer> misses = new ArrayList<>();
        while (placed.size() < target && budget-- > 0) {
            Particle p;
            if (open.isEmpty() || rng.nextDouble() < 0.08) {
                p = tryLoose(-1);
            } else {
                int k = rng.nextInt(open.size());
                p = tryAttach(open.get(k), -1, false);
                if (p == null) {
                    misses.set(k, misses.get(k) + 1);
                    if (misses.get(k) > 8) {
                        open.set(k, open.get(open.size() - 1));
                        misses.set(k, misses.get(misses.size() - 1));
                        open.remove(open.size() - 1);
                        misses.remove(misses.size() - 1);
                    }
                }
            }
            if (p != null) {
                open.add(p);
                misses.add(0);
            }
            tick(monitor, target);
        }
    }

    private void clusters(int target, long budget, ProgressMonitor monitor) {
        boolean sinter = plan.arrangement() == Arrangement.AGGLOMERATES;
        int cluster = 0;
        while (placed.size() < target && budget > 0) {
            int members = sinter ? 3 + (int) Math.round(Math.exp(rng.nextDouble() * Math.log(60)))
                    : 3 + rng.nextInt(30);
            // Chain-like (fractal, as carbon black or fumed silica) or compact (grown on any member).
            boolean chain = sinter && rng.nextDouble() < 0.6;
            List<Particle> own = new ArrayList<>();
            for (int seedTry = 0; seedTry < 50 && own.isEmpty() && budget > 0; seedTry++, budget--) {
                Particle seed = tryLoose(cluster, new OverlapRule(Math.max(4, plan.sizes().median()), 0, plan.rule().minVisible()));
                if (seed != null) {
                    own.add(seed);
                }
            }
            if (own.isEmpty()) {
                break;
            }
            int misses = 0;
            while (own.size() < members && placed.size() < target && budget-- > 0 && misses < 40) {
                Particle anchor = chain ? own.get(Math.max(0, own.size() - 1 - rng.nextInt(Math.min(3, own.size()))))
                        : own.get(rng.nextInt(own.size()));
                Particle p = tryAttach(anchor, cluster, sinter);
                if (p == null) {
                    misses++;
                } else {
                    own.add(p);
                }
                tick(monitor, target);
            }
            cluster++;
        }
    }

    private void tick(ProgressMonitor monitor, int target) {
        if ((placed.size() & 63) == 0) {
            monitor.checkCancelled();
            monitor.update(Math.min(1, placed.size() / (double) Math.max(1, target)), "placing particles");
        }
    }

    private Shape newShape(double x, double y) {
        return factory.shape(plan.drawKind(rng), plan.sizes().sample(rng), x, y, rng);
    }

    private OverlapRule ruleFor(Shape s, OverlapRule base) {
        // Border-cut particles keep at least 15 % of their area in view, as a person annotating would still mark them.
        int minVisible = Math.max(base.minVisible(), (int) Math.ceil(0.15 * s.area()));
        return new OverlapRule(base.gap(), base.maxOccluded(), minVisible);
    }

    private Particle tryLoose(int cluster) {
        return tryLoose(cluster, plan.rule());
    }

    private Particle tryLoose(int cluster, OverlapRule base) {
        Shape probe = newShape(0, 0);
        double x, y;
        if (placed.isEmpty() && plan.arrangement() == Arrangement.TOUCHING) {
            // A mat grows from its first particle: start it in the middle half so it fills the field, not a corner.
            x = canvas.width() * (0.25 + 0.5 * rng.nextDouble());
            y = canvas.height() * (0.25 + 0.5 * rng.nextDouble());
        } else {
            double over = BORDER_OVERHANG * 2 * halfDiagonal(probe);
            x = -over + rng.nextDouble() * (canvas.width() + 2 * over);
            y = -over + rng.nextDouble() * (canvas.height() + 2 * over);
        }
        Shape s = probe.movedTo(x, y);
        return canvas.fits(s, ruleFor(s, base)) ? commit(s, cluster) : null;
    }

    private Particle tryAttach(Particle anchor, int cluster, boolean sinter) {
        Shape a = anchor.shape();
        Shape s0 = newShape(0, 0);
        double theta = rng.nextDouble(2 * Math.PI);
        double dx = Math.cos(theta), dy = Math.sin(theta);
        double ax = a.centreX(), ay = a.centreY();
        double start = halfDiagonal(a) + halfDiagonal(s0) + 1.5;
        if (canvas.collides(s0.movedTo(ax + start * dx, ay + start * dy))) {
            return null;
        }
        double step = Math.max(0.5, Math.min(a.reliefScale(), s0.reliefScale()) / 3);
        double lo = start, hi = -1;
        for (double t = start - step; t > 0; t -= step) {
            if (canvas.collides(s0.movedTo(ax + t * dx, ay + t * dy))) {
                hi = t;
                break;
            }
            lo = t;
        }
        if (hi >= 0) {
            for (int i = 0; i < 4; i++) {
                double mid = (lo + hi) / 2;
                if (canvas.collides(s0.movedTo(ax + mid * dx, ay + mid * dy))) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
        }
        Shape contact = s0.movedTo(ax + lo * dx, ay + lo * dy);
        if (sinter) {
            double depth = rng.nextDouble() * 0.3 * s0.width() / 2;
            Shape neck = s0.movedTo(ax + (lo - depth) * dx, ay + (lo - depth) * dy);
            if (canvas.fits(neck, ruleFor(neck, plan.rule()))) {
                return commit(neck, cluster);
            }
        }
        return canvas.fits(contact, ruleFor(contact, OverlapRule.touching(plan.rule().minVisible())))
                ? commit(contact, cluster) : null;
    }

    private static double halfDiagonal(Shape s) {
        Bounds b = s.bounds();
        return Math.hypot(b.x1() - b.x0(), b.y1() - b.y0()) / 2;
    }

    private Particle commit(Shape s, int cluster) {
        int id = canvas.commit(s);
        Particle p = new Particle(id, s, factory.relief(s, rng), material(), thickness(s), diffraction(s), cluster, 0);
        placed.add(p);
        return p;
    }

    private double material() {
        List<Double> phases = plan.materials();
        double m = phases.get(rng.nextInt(phases.size()));
        return m * (1 + 0.05 * SizeDistribution.gaussian(rng));
    }

    /** Plates are thinner than they are wide; everything else is about as thick as it is wide. */
    private double thickness(Shape s) {
        if (s instanceof Polygon p && p.habit().contains("plate")) {
            return 0.3 + rng.nextDouble() * 0.3;
        }
        return 1;
    }

    /** A crystal near a Bragg orientation scatters strongly and looks dark in bright field whatever its thickness. */
    private double diffraction(Shape s) {
        double chance = s.kind() == ShapeKind.POLYGON ? 0.4 : s.kind() == ShapeKind.DISC || s.kind() == ShapeKind.ROD ? 0.2 : 0.05;
        return rng.nextDouble() < chance ? 0.3 + rng.nextDouble() * 1.5 : 0;
    }
}
