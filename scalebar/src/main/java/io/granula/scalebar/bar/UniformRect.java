package io.granula.scalebar.bar;

/**
 * A rectangle of rows whose horizontal runs of near-constant intensity line up: the raw shape a
 * scale bar leaves. Bounds are pixel indices, inclusive.
 */
public record UniformRect(int x0, int x1, int y0, int y1, float value) {
    public int length() {
        return x1 - x0 + 1;
    }

    public int thickness() {
        return y1 - y0 + 1;
    }
}
