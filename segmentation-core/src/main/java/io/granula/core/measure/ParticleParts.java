package io.granula.core.measure;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outer outlines of every 8-connected part of one label. The common case (one part, no hole) is
 * settled by one trace: the outline then encloses exactly the label's pixel count. Otherwise the label's
 * bounding box is flood-filled to find each part's first pixel in raster order.
 */
final class ParticleParts {
    private final int[] labels;
    private final int width;
    private final ContourTracer tracer;

    ParticleParts(int[] labels, int width, int height) {
        this.labels = labels;
        this.width = width;
        this.tracer = new ContourTracer(labels, width, height);
    }

    /**
     * @param firstIndex raster index of the label's first pixel
     * @param count      the label's pixel count
     */
    List<Contour> outlines(int label, long firstIndex, long count, int minX, int minY, int maxX, int maxY) {
        int fx = (int) (firstIndex % width);
        int fy = (int) (firstIndex / width);
        Contour outer = tracer.traceOuter(label, fx, fy);
        if (Math.abs(outer.twiceSignedArea()) == 2 * count) {
            return List.of(outer);
        }
        return allParts(label, minX, minY, maxX, maxY);
    }

    private List<Contour> allParts(int label, int minX, int minY, int maxX, int maxY) {
        int bw = maxX - minX + 1;
        int bh = maxY - minY + 1;
        boolean[] seen = new boolean[bw * bh];
        int[] stack = new int[64];
        List<Contour> parts = new ArrayList<>();
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                int local = (y - minY) * bw + (x - minX);
                if (seen[local] || labels[y * width + x] != label) {
                    continue;
                }
                parts.add(tracer.traceOuter(label, x, y));
                // 8-connected flood fill marks this part as done
                seen[local] = true;
                int top = 0;
                stack[top++] = local;
                while (top > 0) {
                    int p = stack[--top];
                    int px = p % bw, py = p / bw;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int qx = px + dx, qy = py + dy;
                            if (qx < 0 || qy < 0 || qx >= bw || qy >= bh) {
                                continue;
                            }
                            int q = qy * bw + qx;
                            if (!seen[q] && labels[(qy + minY) * width + qx + minX] == label) {
                                seen[q] = true;
                                if (top == stack.length) {
                                    stack = java.util.Arrays.copyOf(stack, top * 2);
                                }
                                stack[top++] = q;
                            }
                        }
                    }
                }
            }
        }
        return parts;
    }
}
