package io.granula.core.annotate;

import io.granula.core.image.Image2D;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds an instrument data strip: a band along one edge of the image, across its whole width (or
 * height), whose lines are mostly one flat grey value (the strip's background: black for Zeiss,
 * JEOL and FEI databars, white for some others) with text, logos and the scale bar drawn on it.
 * A micrograph's lines are never that flat: noise alone spreads them over more than the
 * {@link #TOLERANCE}. Separator lines and frames between image and strip (single flat lines of
 * another value) are taken into the strip.
 *
 * <p>The makers' layouts differ (strip height, fields, logo); what they share is the flat
 * background, so one rule covers every maker the scale-bar module knows and unknown ones alike.
 */
public final class EdgeStripDetector {
    /** Grey levels (of 255) a strip's background may vary by: JPEG ringing next to text. */
    static final int TOLERANCE = 3;
    /** Fraction of a line at the strip's background value for the line to belong to the strip. */
    static final double FLAT_FRACTION = 0.55;
    /** A strip is at least this many pixels and this fraction of the image across: room for one line of text. */
    static final int MIN_THICKNESS = 10;
    static final double MIN_FRACTION = 0.025;
    /** And at most this fraction: more is a dark or bright specimen region, not a strip. */
    static final double MAX_FRACTION = 0.35;
    /** Lines of another flat value (separators, frames) absorbed at the strip's inner side. */
    private static final int MAX_SEPARATOR = 4;
    /** Fraction of its pixels at one value for a separator line. */
    private static final double SEPARATOR_FLAT = 0.9;
    /** Pixels this far from the background count as drawn (text, logo, bar). */
    private static final int DRAWN = 64;

    /**
     * A strip is flat on average over its lines (text covers little of it), and it ends at a
     * straight edge: the specimen's lines just beyond it are not flat at its value. A dark
     * specimen region (the vacuum beside a HAADF agglomerate) fades over many lines instead.
     */
    static final double STRIP_FLAT = 0.8;
    static final double BEYOND_FLAT = 0.3;
    private static final int BEYOND = 6;

    private static double meanFraction(Gray8 g, Edge e, int from, int to, int background) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += fraction(line(g, e, k), background, TOLERANCE);
        }
        return to > from ? sum / (to - from) : 0;
    }

    /** Each edge's strip, when it has one. */
    public List<AnnotationArea> find(Image2D image) {
        Gray8 g = Gray8.of(image);
        List<AnnotationArea> found = new ArrayList<>();
        for (Edge e : Edge.values()) {
            find(g, e).ifPresent(found::add);
        }
        return found;
    }

    private enum Edge { BOTTOM, TOP, LEFT, RIGHT }

    /** Line {@code k} counted from edge {@code e} (k = 0 is the outermost), as grey values along it. */
    private static int[] line(Gray8 g, Edge e, int k) {
        boolean rows = e == Edge.BOTTOM || e == Edge.TOP;
        int n = rows ? g.width() : g.height();
        int fixed = switch (e) {
            case TOP, LEFT -> k;
            case BOTTOM -> g.height() - 1 - k;
            case RIGHT -> g.width() - 1 - k;
        };
        int[] out = new int[n];
        for (int j = 0; j < n; j++) {
            out[j] = rows ? g.get(j, fixed) : g.get(fixed, j);
        }
        return out;
    }

    private static Optional<AnnotationArea> find(Gray8 g, Edge e) {
        boolean rows = e == Edge.BOTTOM || e == Edge.TOP;
        int depth = rows ? g.height() : g.width();
        int[] first = line(g, e, 0);
        int background = mode(first);
        int maxDepth = (int) (MAX_FRACTION * depth);
        int k = 0;
        boolean drawn = false;
        while (k < depth && fraction(line(g, e, k), background, TOLERANCE) >= FLAT_FRACTION) {
            drawn |= hasDrawn(line(g, e, k), background);
            k++;
        }
        if (k == 0) {
            return Optional.empty();
        }
        // separators and frames drawn between the micrograph and the strip
        for (int s = 0; s < MAX_SEPARATOR && k < depth; s++) {
            int[] l = line(g, e, k);
            if (fraction(l, mode(l), TOLERANCE) < SEPARATOR_FLAT) {
                break;
            }
            k++;
        }
        if (k < Math.max(MIN_THICKNESS, MIN_FRACTION * depth) || k > maxDepth || !drawn
                || meanFraction(g, e, 0, k, background) < STRIP_FLAT
                || meanFraction(g, e, k, Math.min(depth, k + BEYOND), background) > BEYOND_FLAT) {
            return Optional.empty();
        }
        String detail = "flat band of grey " + background + "/255 along the " + e.name().toLowerCase(java.util.Locale.ROOT)
                + " edge, " + k + " px";
        int w = g.width();
        int h = g.height();
        return Optional.of(switch (e) {
            case BOTTOM -> new AnnotationArea(AnnotationArea.Kind.DATA_STRIP, 0, h - k, w, h, detail);
            case TOP -> new AnnotationArea(AnnotationArea.Kind.DATA_STRIP, 0, 0, w, k, detail);
            case LEFT -> new AnnotationArea(AnnotationArea.Kind.DATA_STRIP, 0, 0, k, h, detail);
            case RIGHT -> new AnnotationArea(AnnotationArea.Kind.DATA_STRIP, w - k, 0, w, h, detail);
        });
    }

    private static boolean hasDrawn(int[] line, int background) {
        int count = 0;
        for (int v : line) {
            if (Math.abs(v - background) >= DRAWN) {
                count++;
            }
        }
        return count >= 2;
    }

    static int mode(int[] values) {
        int[] hist = new int[256];
        for (int v : values) {
            hist[v]++;
        }
        int best = 0;
        for (int i = 1; i < 256; i++) {
            if (hist[i] > hist[best]) {
                best = i;
            }
        }
        return best;
    }

    static double fraction(int[] values, int centre, int tolerance) {
        int n = 0;
        for (int v : values) {
            if (Math.abs(v - centre) <= tolerance) {
                n++;
            }
        }
        return (double) n / values.length;
    }
}
