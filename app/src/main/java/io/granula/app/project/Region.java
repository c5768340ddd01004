package io.granula.app.project;

/**
 * A set of pixels given as a mask over a rectangle (a brush stroke, a drawn outline, a cut line's side).
 *
 * @param inside raster order within the rectangle, {@code width*height} entries
 */
public record Region(int x, int y, int width, int height, boolean[] inside) {
    public Region {
        if (width <= 0 || height <= 0 || inside.length != width * height) {
            throw new IllegalArgumentException("region mask must have width*height entries");
        }
    }

    /** A filled rectangle. */
    public static Region rectangle(int x, int y, int width, int height) {
        boolean[] all = new boolean[width * height];
        java.util.Arrays.fill(all, true);
        return new Region(x, y, width, height, all);
    }

    /** A filled disc of radius {@code r} around pixel (cx, cy): a round brush dab. */
    public static Region disc(int cx, int cy, int r) {
        int size = 2 * r + 1;
        boolean[] in = new boolean[size * size];
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                in[(dy + r) * size + dx + r] = dx * dx + dy * dy <= r * r;
            }
        }
        return new Region(cx - r, cy - r, size, size, in);
    }

    public boolean contains(int px, int py) {
        int dx = px - x;
        int dy = py - y;
        return dx >= 0 && dy >= 0 && dx < width && dy < height && inside[dy * width + dx];
    }
}
