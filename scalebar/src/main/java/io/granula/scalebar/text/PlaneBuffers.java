package io.granula.scalebar.text;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Image-sized buffers for the label planes made per bar (grey slices, local contrast), taken back
 * when the bar's label search is done and handed out again for the next bar. Each plane writes only
 * the window its label is searched in, the rest stays paper (0); a fresh 16 MB array per plane of a
 * 2048 px image was most of what the reader allocated on an image without a bar (a dozen slices),
 * and the collector's work with it. A buffer taken back is zeroed over the window it was given for.
 * {@link #clear()} after each image lets the memory go. Thread-safe: a bar's planes are made side by side.
 */
public final class PlaneBuffers {
    /** As many as one bar's planes: no more stays held than the search holds at its busiest. */
    private static final int KEPT = 3;

    private record Written(int width, GlyphFinder.Window window) {
    }

    private final Deque<float[]> free = new ArrayDeque<>();
    private final Map<float[], Written> lent = new IdentityHashMap<>();

    /**
     * A zeroed buffer of {@code length} values, rows {@code width} long, of which the caller writes
     * only {@code window}.
     */
    public synchronized float[] take(int length, int width, GlyphFinder.Window window) {
        float[] buffer = null;
        while (!free.isEmpty() && buffer == null) {
            float[] f = free.pop();
            buffer = f.length == length ? f : null; // another image's size: let it go
        }
        buffer = buffer != null ? buffer : new float[length];
        lent.put(buffer, new Written(width, window));
        return buffer;
    }

    /** Takes back a buffer this handed out (anything else is ignored), zeroed for its next use. */
    public synchronized void giveBack(float[] buffer) {
        Written w = lent.remove(buffer);
        if (w == null) {
            return;
        }
        for (int y = w.window().y0(); y <= w.window().y1(); y++) {
            Arrays.fill(buffer, y * w.width() + w.window().x0(), y * w.width() + w.window().x1() + 1, 0f);
        }
        if (free.size() < KEPT) {
            free.push(buffer);
        }
    }

    /** Lets every buffer go: the next image starts afresh. */
    public synchronized void clear() {
        free.clear();
        lent.clear();
    }
}
