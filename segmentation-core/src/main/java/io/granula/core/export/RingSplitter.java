package io.granula.core.export;

import io.granula.core.measure.Contour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts an 8-connected traced outline into simple rings. Where pixels touch only at a corner the outline
 * passes that corner twice, which OGC/JTS geometry (and so QuPath) calls an invalid self-touching ring;
 * split there, it becomes rings that touch at points, a valid MultiPolygon. The Wand walk always keeps the
 * same outside region on its left, so every piece runs the same way round and none is a hole.
 */
final class RingSplitter {
    private RingSplitter() {
    }

    static List<Contour> split(Contour c) {
        int n = c.size();
        int[] xs = new int[n];
        int[] ys = new int[n];
        int top = 0;
        Map<Long, Integer> onStack = new HashMap<>();
        List<Contour> rings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long key = ((long) c.x(i) << 32) | (c.y(i) & 0xffffffffL);
            Integer at = onStack.get(key);
            if (at != null) {
                // the path came back to a vertex: the vertices since then form a closed loop
                rings.add(new Contour(Arrays.copyOfRange(xs, at, top), Arrays.copyOfRange(ys, at, top)));
                for (int k = at + 1; k < top; k++) {
                    onStack.remove(((long) xs[k] << 32) | (ys[k] & 0xffffffffL));
                }
                top = at + 1;
                continue;
            }
            onStack.put(key, top);
            xs[top] = c.x(i);
            ys[top] = c.y(i);
            top++;
        }
        rings.add(new Contour(Arrays.copyOf(xs, top), Arrays.copyOf(ys, top)));
        rings.removeIf(r -> r.size() < 3);
        return rings;
    }
}
