package io.granula.app.gui.viewer;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the viewer looks: {@code scale} screen pixels per image pixel and the image point at the
 * viewport's top-left corner. Pure arithmetic (no JavaFX), so zoom-at-cursor and fit are unit-tested.
 * screen = (image - origin) * scale.
 */
public final class Navigation {
    public static final double MIN_SCALE = 1.0 / 64;
    public static final double MAX_SCALE = 64;

    private double scale = 1;
    private double originX;
    private double originY;
    private final List<Runnable> listeners = new ArrayList<>();

    public double scale() {
        return scale;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public double toImageX(double screenX) {
        return originX + screenX / scale;
    }

    public double toImageY(double screenY) {
        return originY + screenY / scale;
    }

    public double toScreenX(double imageX) {
        return (imageX - originX) * scale;
    }

    public double toScreenY(double imageY) {
        return (imageY - originY) * scale;
    }

    /** Zooms by {@code factor} keeping the image point under the cursor where it is on screen. */
    public void zoomAt(double screenX, double screenY, double factor) {
        double ix = toImageX(screenX);
        double iy = toImageY(screenY);
        scale = clamp(scale * factor);
        originX = ix - screenX / scale;
        originY = iy - screenY / scale;
        changed();
    }

    /** Moves the view with the mouse: the image follows a drag of (dx, dy) screen pixels. */
    public void pan(double dx, double dy) {
        originX -= dx / scale;
        originY -= dy / scale;
        changed();
    }

    /** The whole image in the viewport, centred. */
    public void fit(int imageWidth, int imageHeight, double viewWidth, double viewHeight) {
        if (imageWidth <= 0 || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        scale = clamp(Math.min(viewWidth / imageWidth, viewHeight / imageHeight));
        centreOn(imageWidth / 2.0, imageHeight / 2.0, viewWidth, viewHeight);
    }

    /** One image pixel per screen pixel, keeping the centre of the viewport. */
    public void oneToOne(double viewWidth, double viewHeight) {
        double cx = toImageX(viewWidth / 2);
        double cy = toImageY(viewHeight / 2);
        scale = 1;
        centreOn(cx, cy, viewWidth, viewHeight);
    }

    /** Puts the image point (x, y) in the middle of the viewport. */
    public void centreOn(double x, double y, double viewWidth, double viewHeight) {
        originX = x - viewWidth / 2 / scale;
        originY = y - viewHeight / 2 / scale;
        changed();
    }

    /**
     * The pyramid level to draw at this scale: level k has one texel per 2^k image pixels, the
     * coarsest one still at least as fine as the screen (so nothing is magnified away).
     */
    public int level(int maxLevel) {
        int k = (int) Math.floor(Math.log(1 / scale) / Math.log(2));
        return Math.max(0, Math.min(maxLevel, k));
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    private void changed() {
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
