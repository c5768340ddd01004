package io.granula.app.gui.viewer;

import io.granula.core.image.Image2D;

/** The micrograph as grey textures through the current {@link DisplayLimits}. */
public final class ImageTiles extends TileLayer {
    private final float[] grey;
    private DisplayLimits limits;

    public ImageTiles(Image2D image, DisplayLimits limits) {
        super(image.width(), image.height());
        this.grey = image.toGray().plane(0);
        this.limits = limits;
    }

    public DisplayLimits limits() {
        return limits;
    }

    public void setLimits(DisplayLimits limits) {
        this.limits = limits;
        invalidate();
    }

    @Override
    protected void fill(int x0, int y0, int step, int w, int h, int[] argb) {
        int width = width();
        DisplayLimits l = limits;
        for (int v = 0; v < h; v++) {
            int row = (y0 + v * step) * width + x0;
            int o = v * w;
            for (int u = 0; u < w; u++) {
                int g = l.grey(grey[row + u * step]);
                argb[o + u] = 0xFF000000 | (g << 16) | (g << 8) | g;
            }
        }
    }
}
