package io.granula.app.gui.viewer;

import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One layer of the viewer cut into square textures of {@link #TILE} texels at each pyramid level
 * (level k: one texel per 2^k image pixels, nearest-neighbour), kept in an LRU cache per level.
 * Tiles are made on a background thread ({@link #want}); until one is ready the painter draws the
 * same region from a coarser level or from the texture made before the last restyle ({@link #standIn}),
 * so the FX thread never fills texels itself except for the single coarsest tile. QuPath's viewer
 * works the same way (tiles requested, painted when they arrive, lower resolutions meanwhile).
 *
 * <p>Threads: the cache, {@link #invalidate} and {@link #standIn} belong to the FX thread; the builder
 * threads only run {@link #fill} and hand the texture back with {@code Platform.runLater}. A restyle
 * bumps the generation, so a texture made with the old style is dropped when it arrives.
 */
public abstract class TileLayer {
    public static final int TILE = 512;
    private static final int CACHE_TILES = 96;
    /** Two builders: the image and the overlay layer of a frame are made side by side. */
    private static final ExecutorService BUILDERS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "granula-tiles");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    private final int width;
    private final int height;
    private Map<Long, WritableImage> cache = lru();
    private Map<Long, WritableImage> stale = new HashMap<>();
    private volatile int generation;
    private Runnable onTileReady = () -> { };
    private final int[] scratch = new int[TILE * TILE];

    /** Guarded by itself: tiles wanted for the current frame, newest frame first. */
    private final Deque<Long> wanted = new ArrayDeque<>();
    /** Guarded by {@link #wanted}: keys being made now, and whether a builder drains this layer. */
    private final Set<Long> inFlight = new HashSet<>();
    private boolean draining;

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

    /** Called on the FX thread each time a background tile arrives (the viewer repaints). */
    public void setOnTileReady(Runnable r) {
        onTileReady = r == null ? () -> { } : r;
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

    static long key(int level, int tx, int ty) {
        return ((long) level << 48) | ((long) tx << 24) | ty;
    }

    /** The texture of tile (tx, ty) at a level if it is made, else null (FX thread). */
    public WritableImage cached(int level, int tx, int ty) {
        return cache.get(key(level, tx, ty));
    }

    /** The texture made before the last {@link #invalidate}, shown until the new one is ready, or null. */
    public WritableImage standIn(int level, int tx, int ty) {
        return stale.get(key(level, tx, ty));
    }

    /** The texture of tile (tx, ty), made now on the calling thread if it is not cached (the coarsest level). */
    public WritableImage tile(int level, int tx, int ty) {
        long key = key(level, tx, ty);
        WritableImage img = cache.get(key);
        if (img == null) {
            img = make(level, tx, ty, scratch);
            cache.put(key, img);
        }
        return img;
    }

    /**
     * Asks for these tiles (keys from {@link #key}) to be made in the background; replaces what the
     * previous frame asked for and has not started, so a fast pan does not queue tiles long gone.
     */
    public void want(List<long[]> tiles) {
        synchronized (wanted) {
            wanted.clear();
            for (long[] t : tiles) {
                long k = key((int) t[0], (int) t[1], (int) t[2]);
                if (!inFlight.contains(k) && !cache.containsKey(k)) {
                    wanted.add(k);
                }
            }
            if (!draining && !wanted.isEmpty()) {
                draining = true;
                BUILDERS.execute(this::drain);
            }
        }
    }

    private void drain() {
        int[] buffer = new int[TILE * TILE];
        while (true) {
            long k;
            int gen;
            synchronized (wanted) {
                Long next = wanted.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
                k = next;
                gen = generation;
                inFlight.add(k);
            }
            WritableImage img;
            try {
                img = make((int) (k >>> 48), (int) ((k >>> 24) & 0xFFFFFF), (int) (k & 0xFFFFFF), buffer);
            } catch (RuntimeException e) {
                synchronized (wanted) {
                    inFlight.remove(k);
                }
                continue;
            }
            WritableImage made = img;
            Platform.runLater(() -> {
                synchronized (wanted) {
                    inFlight.remove(k);
                }
                if (gen == generation) {
                    cache.put(k, made);
                    stale.remove(k);
                    onTileReady.run();
                }
            });
        }
    }

    private WritableImage make(int level, int tx, int ty, int[] buffer) {
        int step = 1 << level;
        int x0 = tx * TILE * step;
        int y0 = ty * TILE * step;
        int w = Math.min(TILE, (width - x0 + step - 1) / step);
        int h = Math.min(TILE, (height - y0 + step - 1) / step);
        fill(x0, y0, step, w, h, buffer);
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), buffer, 0, w);
        return img;
    }

    /**
     * Drops every cached texture (the display settings or the data changed); the old ones stay as
     * stand-ins until their replacements arrive, so a contrast drag never shows an empty view.
     */
    public void invalidate() {
        generation++;
        if (!cache.isEmpty()) {
            stale = new HashMap<>(cache);
        }
        cache = lru();
    }

    /**
     * Drops the cached textures that show any pixel of the rectangle (x, y, w, h) of the image, at every
     * level, grown by one texel because a texel's look may depend on its neighbours (the overlay's outline
     * test); the other textures stay as they are, and the dropped ones stay as stand-ins until their
     * replacements arrive. Textures being made now are dropped when they arrive (they may have read the
     * data from before the change) and asked for again by the next frame.
     */
    public void invalidate(int x, int y, int w, int h) {
        generation++;
        for (var it = cache.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            long k = e.getKey();
            int level = (int) (k >>> 48);
            long step = 1L << level, span = (long) TILE << level;
            long tx0 = ((k >>> 24) & 0xFFFFFF) * span - step, ty0 = (k & 0xFFFFFF) * span - step;
            long tx1 = tx0 + span + 2 * step, ty1 = ty0 + span + 2 * step;
            if (tx0 < (long) x + w && x < tx1 && ty0 < (long) y + h && y < ty1) {
                stale.put(k, e.getValue());
                it.remove();
            }
        }
    }

    /**
     * Writes ARGB texels of the region starting at image pixel (x0, y0), one texel every {@code step}
     * pixels, {@code w x h} texels, row stride {@code w}. Runs on a builder thread: read only fields
     * that a restyle replaces whole (then {@link #invalidate} drops what was made with the old ones).
     */
    protected abstract void fill(int x0, int y0, int step, int w, int h, int[] argb);

    private static Map<Long, WritableImage> lru() {
        return new LinkedHashMap<>(128, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, WritableImage> eldest) {
                return size() > CACHE_TILES;
            }
        };
    }
}
