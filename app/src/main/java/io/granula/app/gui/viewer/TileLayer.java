package io.granula.app.gui.viewer;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One layer of the viewer cut into square textures of {@link #TILE} texels at each pyramid level
 * (level k: one texel per 2^k image pixels, nearest-neighbour), made on demand and kept in a small
 * LRU cache. Whatever the zoom, a frame draws a handful of textures, never one node per particle,
 * and a new tile costs one pass over TILE^2 texels (QuPath's viewer caches tiles the same way).
 */
public abstract class TileLayer {
    public static final int TILE = 512;
    private static final int CACHE_TILES = 96;

    private final int width;
    private final int height;
    private final Map<Long, WritableImage> cache = new LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, WritableImage> eldest) {
            return size() > CACHE_TILES;
        }
    };
    private int[] scratch = new int[TILE * TILE];

    protected TileLayer(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The coarsest level worth making: the whole image fits in about one tile. */
    public int maxLevel() {
        int level = 0;
        while ((Math.max(width, height) >> level) > TILE) {
            level++;
        }
        return level;
    }

    /** Tiles along x at a level. */
    public int tilesX(int level) {
        return (int) Math.ceil(width / (double) ((long) TILE << level));
    }

    public int tilesY(int level) {
        return (int) Math.ceil(height / (double) ((long) TILE << level));
    }

    /** The texture of tile (tx, ty) at a level, made now if it is not cached. */
    public WritableImage tile(int level, int tx, int ty) {
        long key = ((long) level << 48) | ((long) tx << 24) | ty;
        WritableImage img = cache.get(key);
        if (img == null) {
            int step = 1 << level;
            int x0 = tx * TILE * step;
            int y0 = ty * TILE * step;
            int w = Math.min(TILE, (width - x0 + step - 1) / step);
            int h = Math.min(TILE, (height - y0 + step - 1) / step);
            fill(x0, y0, step, w, h, scratch);
            img = new WritableImage(w, h);
            img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), scratch, 0, w);
            cache.put(key, img);
        }
        return img;
    }

    /** Drops every cached texture (the display settings or the data changed). */
    public void invalidate() {
        cache.clear();
    }

    /**
     * Writes ARGB texels of the region starting at image pixel (x0, y0), one texel every {@code step}
     * pixels, {@code w x h} texels, row stride {@code w}.
     */
    protected abstract void fill(int x0, int y0, int step, int w, int h, int[] argb);
}
