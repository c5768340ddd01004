package io.granula.app.gui.viewer;

import io.granula.app.gui.session.KeptRows;
import io.granula.core.measure.ParticleTable;
import io.granula.core.render.OverlayRenderer;

/**
 * The colour of every label id for the overlay tiles: kept particles in their own colour (the same
 * hues as overlay.png, {@link OverlayRenderer#colourOf}) or on the viridis scale of a measurement
 * between the kept particles' minimum and maximum; particles the filter excludes in a faint grey, so
 * the user still sees what was left out.
 *
 * @param argb  by label id, 0 = not drawn
 * @param low   the measurement's value at the bottom of the scale (NaN when colouring per particle)
 * @param high  the value at the top
 */
public record OverlayColours(int[] argb, double low, double high) {
    static final int EXCLUDED = 0x90A0A0A0;

    public static OverlayColours of(ParticleTable table, KeptRows kept, OverlayStyle style) {
        int max = 0;
        for (int r = 0; r < table.size(); r++) {
            max = Math.max(max, table.label(r));
        }
        int[] argb = new int[max + 1];
        boolean byValue = style.colouring() == OverlayStyle.Colouring.BY_MEASUREMENT && table.has(style.measurement());
        double lo = Double.NaN, hi = Double.NaN;
        double[] col = null;
        if (byValue) {
            col = table.column(style.measurement());
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (int r : kept.rows()) {
                if (Double.isFinite(col[r])) {
                    lo = Math.min(lo, col[r]);
                    hi = Math.max(hi, col[r]);
                }
            }
            if (lo > hi) {
                lo = hi = Double.NaN;
            }
        }
        for (int r = 0; r < table.size(); r++) {
            int rgb;
            if (!kept.isKept(r)) {
                argb[table.label(r)] = EXCLUDED;
                continue;
            } else if (byValue) {
                rgb = ColourScale.rgb(hi > lo ? (col[r] - lo) / (hi - lo) : 0.5);
            } else {
                rgb = OverlayRenderer.colourOf(table.label(r));
            }
            argb[table.label(r)] = 0xFF000000 | rgb;
        }
        return new OverlayColours(argb, lo, hi);
    }

    public static OverlayColours none() {
        return new OverlayColours(new int[1], Double.NaN, Double.NaN);
    }

    /** Whether every label id outside {@code ids} has the same colour here as in {@code other}. */
    boolean sameExcept(OverlayColours other, java.util.Set<Integer> ids) {
        int n = Math.max(argb.length, other.argb.length);
        for (int id = 1; id < n; id++) {
            if (colour(id) != other.colour(id) && !ids.contains(id)) {
                return false;
            }
        }
        return true;
    }

    int colour(int id) {
        return id > 0 && id < argb.length ? argb[id] : 0;
    }
}
