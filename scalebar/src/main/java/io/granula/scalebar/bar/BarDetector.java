package io.granula.scalebar.bar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds scale-bar candidates: long, thin, uniform horizontal rectangles that contrast with the
 * rows above and below them over most of their length, do not touch the left or right border
 * (info-strip frames and separators do), and optionally carry end ticks.
 *
 * <p>Light and dark bars, bars in info strips and bars drawn on the image are all the same
 * shape to this test; which candidate is the scale bar is settled by its label.
 */
public final class BarDetector {
    /** Shortest bar considered, px; a Zeiss 200 nm bar at 7.3 nm/px is 29 px. */
    public static final int MIN_LENGTH = 15;
    private static final float RUN_TOLERANCE = 0.12f;
    private static final double MIN_CONTRAST = 0.25;
    private static final double MIN_SUPPORT = 0.7;
    private static final int MAX_CANDIDATES = 12;

    private final UniformRectangleScanner scanner = new UniformRectangleScanner(MIN_LENGTH, RUN_TOLERANCE);
    private final TickFinder tickFinder = new TickFinder();

    /** Candidates, best first. */
    public List<BarCandidate> detect(GrayPlane g) {
        float tol = RUN_TOLERANCE * g.range();
        List<BarCandidate> found = new ArrayList<>();
        for (UniformRect r : scanner.scan(g)) {
            if (plausibleShape(g, r)) {
                evaluate(g, r, tol).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparingDouble(BarCandidate::score).reversed());
        return suppressOverlaps(found);
    }

    private static boolean plausibleShape(GrayPlane g, UniformRect r) {
        int len = r.length();
        int h = r.thickness();
        return len >= MIN_LENGTH
                && h <= Math.max(1, len / 4)
                && r.x0() > 0 && r.x1() < g.width() - 1
                && len <= 0.8 * g.width();
    }

    private Optional<BarCandidate> evaluate(GrayPlane g, UniformRect r, float tol) {
        float minDiff = (float) (MIN_CONTRAST * g.range());
        // Two rows away, so an anti-aliased edge row does not count as the surroundings.
        Side above = side(g, r, r.y0() - 2, minDiff);
        Side below = side(g, r, r.y1() + 2, minDiff);
        double support = Math.min(above.support, below.support);
        if (support < MIN_SUPPORT) {
            return Optional.empty();
        }
        float[] neighbours = new float[above.values.length + below.values.length];
        System.arraycopy(above.values, 0, neighbours, 0, above.values.length);
        System.arraycopy(below.values, 0, neighbours, above.values.length, below.values.length);
        Arrays.sort(neighbours);
        float background = neighbours[neighbours.length / 2];
        double contrast = Math.abs(r.value() - background) / g.range();
        if (contrast < MIN_CONTRAST) {
            return Optional.empty();
        }
        Optional<Ticks> ticks = tickFinder.find(g, r, tol);
        double score = Math.min(1.0, contrast / 0.6) * support
                * (r.thickness() >= 2 ? 1.0 : 0.85)
                * (ticks.isPresent() ? 1.0 : 0.9);
        return Optional.of(new BarCandidate(r, background, contrast, support, ticks, score));
    }

    private record Side(double support, float[] values) {
    }

    /** Interior columns (ends left out, where ticks are) of row {@code y}: how many contrast, and their values. */
    private static Side side(GrayPlane g, UniformRect r, int y, float minDiff) {
        if (y < 0 || y >= g.height()) {
            return new Side(0, new float[0]);
        }
        int margin = Math.max(2, r.length() / 10);
        int from = r.x0() + margin;
        int to = r.x1() - margin;
        if (to < from) {
            from = r.x0();
            to = r.x1();
        }
        float[] values = new float[to - from + 1];
        int contrasting = 0;
        for (int x = from; x <= to; x++) {
            float v = g.at(x, y);
            values[x - from] = v;
            if (Math.abs(v - r.value()) >= minDiff) {
                contrasting++;
            }
        }
        return new Side(contrasting / (double) values.length, values);
    }

    /** Keeps the better of candidates whose boxes touch (e.g. a bar and its own anti-aliased edge row). */
    private static List<BarCandidate> suppressOverlaps(List<BarCandidate> sorted) {
        List<BarCandidate> kept = new ArrayList<>();
        for (BarCandidate c : sorted) {
            boolean overlaps = false;
            for (BarCandidate k : kept) {
                if (touch(c.rect(), k.rect())) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(c);
                if (kept.size() == MAX_CANDIDATES) {
                    break;
                }
            }
        }
        return kept;
    }

    private static boolean touch(UniformRect a, UniformRect b) {
        return a.x0() <= b.x1() + 1 && b.x0() <= a.x1() + 1 && a.y0() <= b.y1() + 2 && b.y0() <= a.y1() + 2;
    }
}
