package io.granula.core.synth;

/** Axis-aligned bounding box in continuous image coordinates (pixel {@code (i, j)} has its centre at {@code (i + 0.5, j + 0.5)}). */
public record Bounds(double x0, double y0, double x1, double y1) {
    public Bounds {
        if (!(x1 >= x0 && y1 >= y0)) {
            throw new IllegalArgumentException("empty bounds " + x0 + "," + y0 + " .. " + x1 + "," + y1);
        }
    }

    public Bounds grow(double by) {
        return new Bounds(x0 - by, y0 - by, x1 + by, y1 + by);
    }

    /** First pixel column whose centre may lie inside, clamped to the image. */
    public int firstColumn() {
        return Math.max(0, (int) Math.floor(x0 - 0.5));
    }

    public int lastColumn(int width) {
        return Math.min(width - 1, (int) Math.ceil(x1 - 0.5));
    }

    public int firstRow() {
        return Math.max(0, (int) Math.floor(y0 - 0.5));
    }

    public int lastRow(int height) {
        return Math.min(height - 1, (int) Math.ceil(y1 - 0.5));
    }
}
