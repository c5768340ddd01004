package io.granula.app.gui.viewer;

/**
 * The viridis colour map (van der Walt and Smith, matplotlib 2015: perceptually uniform, readable by
 * colour-blind viewers and in grey), sampled at 9 stops from matplotlib's table and interpolated
 * linearly; used to colour particles by a measurement and for its legend.
 */
public final class ColourScale {
    private static final int[] STOPS = {
            0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725};

    private ColourScale() {
    }

    /** RGB (no alpha) of t in 0..1 (clamped). */
    public static int rgb(double t) {
        double x = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) x);
        double f = x - i;
        int a = STOPS[i], b = STOPS[i + 1];
        int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
        int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
        return (r << 16) | (g << 8) | bl;
    }
}
