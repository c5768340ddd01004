package io.granula.app.gui.viewer;

import io.granula.app.gui.session.TouchedRegion;
import io.granula.core.label.LabelImage;

/**
 * The masks as transparent textures: outlines (a texel whose 4-neighbours at the same level hold another
 * id, as {@code OverlayRenderer.outlines} tests at full resolution) or a translucent fill with an opaque
 * edge. At coarse levels the neighbour test runs on the sampled grid, so outlines stay one texel wide and
 * visible instead of vanishing when zoomed out.
 */
public final class OverlayTiles extends TileLayer {
    private static final int FILL_ALPHA = 0x55;

    /** Replaced whole after an edit (the edit session's live labels), read by the builder threads. */
    private volatile int[] labels;
    private OverlayColours colours = OverlayColours.none();
    private boolean fill;

    public OverlayTiles(LabelImage labels) {
        super(labels.width(), labels.height());
        this.labels = labels.labels();
    }

    public void setStyle(OverlayColours colours, boolean fill) {
        this.colours = colours;
        this.fill = fill;
        invalidate();
    }

    /**
     * The masks after a hand edit: new labels (same size) and colours. Only the tiles that meet the
     * touched region are made again; the rest keep their textures, unless the colours changed outside the
     * touched particles too (a by-value scale whose range moved), which restyles everything. Either way
     * the old textures show until the new ones arrive, so the outlines never blink off.
     */
    public void edited(LabelImage now, OverlayColours colours, boolean fill, TouchedRegion region) {
        if (now.width() != width() || now.height() != height()) {
            throw new IllegalArgumentException("edited labels are " + now.width() + "x" + now.height()
                    + ", the overlay is " + width() + "x" + height());
        }
        boolean local = fill == this.fill && colours.sameExcept(this.colours, region.ids());
        this.labels = now.labels();
        if (local) {
            this.colours = colours;
            invalidate(region.x(), region.y(), region.width(), region.height());
        } else {
            setStyle(colours, fill);
        }
    }

    public OverlayColours colours() {
        return colours;
    }

    @Override
    protected void fill(int x0, int y0, int step, int w, int h, int[] argb) {
        int width = width(), height = height();
        int[] labels = this.labels;
        OverlayColours c = colours;
        for (int v = 0; v < h; v++) {
            int y = y0 + v * step;
            int o = v * w;
            for (int u = 0; u < w; u++) {
                int x = x0 + u * step;
                int i = y * width + x;
                int id = labels[i];
                int colour = id == 0 ? 0 : c.colour(id);
                if (colour == 0) {
                    argb[o + u] = 0;
                    continue;
                }
                boolean edge = x < step || y < step || x + step >= width || y + step >= height
                        || labels[i - step] != id || labels[i + step] != id
                        || labels[i - step * width] != id || labels[i + step * width] != id;
                if (edge) {
                    argb[o + u] = colour;
                } else {
                    argb[o + u] = fill ? (colour & 0xFFFFFF) | (scaleAlpha(colour) << 24) : 0;
                }
            }
        }
    }

    private static int scaleAlpha(int argb) {
        return ((argb >>> 24) * FILL_ALPHA) / 255;
    }
}
