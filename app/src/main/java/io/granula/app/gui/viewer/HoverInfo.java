package io.granula.app.gui.viewer;

/**
 * What lies under the mouse: the image pixel, its grey value and the particle label there (0 for
 * background); {@code inside} is false when the mouse is off the image.
 */
public record HoverInfo(boolean inside, int x, int y, double intensity, int label) {
    public static final HoverInfo OUTSIDE = new HoverInfo(false, -1, -1, Double.NaN, 0);
}
