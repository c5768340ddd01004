package io.granula.app.gui.tools;

import io.granula.app.project.EditOperation;
import io.granula.app.project.Region;
import io.granula.core.label.LabelImage;

import java.util.PriorityQueue;

/**
 * Splits one particle in two from two seeds by a marker-controlled watershed (Beucher &amp; Meyer 1993, "The
 * morphological approach to segmentation: the watershed transformation"; flooding by a priority queue as in
 * Meyer 1991 and Vincent &amp; Soille 1991) on the negated Euclidean distance transform of the particle, so the
 * cut falls on the particle's neck between the seeds. The flood runs only through the particle's own pixels
 * with 4-neighbours, so each part is one connected piece grown from its seed. A pixel's priority adds to
 * its relief a weight times its distance from the flood's seed (a compact watershed, {@link #COMPACTNESS}),
 * so two seeds in one basin (a round particle with no neck) share it instead of the deeper one taking it
 * all; ties go to the pixel queued first.
 * <p>
 * The store's split gives both parts new ids and drops the old one (see {@link EditOperation.Split}); here
 * the part of the second seed is the split's region (id maxLabel+1), the first seed's part the rest
 * (maxLabel+2). Pixels the flood cannot reach (a particle the user drew as separate pieces) go with the rest.
 */
final class WatershedSplit {
    /**
     * Weight of the way from the seed against the relief (Neubert &amp; Protzel 2014, "Compact watershed and
     * preemptive SLIC"). 0 is the plain watershed, where a seed clicked near the edge of a round particle gets
     * almost nothing (the deeper seed floods the whole basin down to its level first); 0.5 still cuts at a
     * neck, whose relief changes faster than that, and shares a round particle between the seeds.
     */
    static final double COMPACTNESS = 0.5;

    private WatershedSplit() {
    }

    /**
     * @return the split of the particle under both seeds, or null when the seeds are not on the same particle,
     * are the same pixel, or the particle does not split into two non-empty parts
     */
    static EditOperation.Split split(LabelImage labels, int ax, int ay, int bx, int by) {
        int w = labels.width(), h = labels.height();
        if (!inside(ax, ay, w, h) || !inside(bx, by, w, h) || (ax == bx && ay == by)) {
            return null;
        }
        int label = labels.get(ax, ay);
        if (label == 0 || labels.get(bx, by) != label) {
            return null;
        }
        int[] px = labels.labels();
        int x0 = w, y0 = h, x1 = -1, y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (px[y * w + x] == label) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
        boolean[] mask = new boolean[bw * bh];
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                mask[y * bw + x] = px[(y0 + y) * w + x0 + x] == label;
            }
        }
        int[] part = flood(mask, bw, bh, DistanceTransform.squared(mask, bw, bh),
                (ay - y0) * bw + ax - x0, (by - y0) * bw + bx - x0);
        boolean[] second = new boolean[bw * bh];
        int n2 = 0, n1 = 0;
        for (int i = 0; i < part.length; i++) {
            second[i] = part[i] == 2;
            n2 += part[i] == 2 ? 1 : 0;
            n1 += part[i] == 1 ? 1 : 0;
        }
        return n1 == 0 || n2 == 0 ? null : new EditOperation.Split(label, new Region(x0, y0, bw, bh, second));
    }

    /**
     * Marker-controlled flooding: 1 for the first seed's basin, 2 for the second's, 0 where the flood did not
     * reach. The elevation is minus the distance to the background, so basins are the particle's thick parts.
     */
    static int[] flood(boolean[] mask, int w, int h, double[] dist2, int seedA, int seedB) {
        int[] out = new int[w * h];
        record Entry(double elevation, long order, int pixel, int label) {
        }
        PriorityQueue<Entry> queue = new PriorityQueue<>((p, q) -> p.elevation() != q.elevation()
                ? Double.compare(p.elevation(), q.elevation()) : Long.compare(p.order(), q.order()));
        long order = 0;
        queue.add(new Entry(priority(dist2, w, seedA, seedA), order++, seedA, 1));
        queue.add(new Entry(priority(dist2, w, seedB, seedB), order++, seedB, 2));
        int[] dx = {1, -1, 0, 0}, dy = {0, 0, 1, -1};
        while (!queue.isEmpty()) {
            Entry e = queue.poll();
            if (out[e.pixel()] != 0) {
                continue;
            }
            out[e.pixel()] = e.label();
            int x = e.pixel() % w, y = e.pixel() / w;
            for (int k = 0; k < 4; k++) {
                int nx = x + dx[k], ny = y + dy[k];
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && mask[ny * w + nx] && out[ny * w + nx] == 0) {
                    queue.add(new Entry(priority(dist2, w, ny * w + nx, e.label() == 1 ? seedA : seedB), order++,
                            ny * w + nx, e.label()));
                }
            }
        }
        return out;
    }

    /** Compact watershed priority: the relief (minus the distance to the background) plus the way from the seed. */
    private static double priority(double[] dist2, int w, int pixel, int seed) {
        double way = Math.hypot(pixel % w - seed % w, pixel / w - seed / w);
        return -Math.sqrt(dist2[pixel]) + COMPACTNESS * way;
    }

    private static boolean inside(int x, int y, int w, int h) {
        return x >= 0 && y >= 0 && x < w && y < h;
    }
}
