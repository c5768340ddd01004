package io.granula.core.dynamics;

/**
 * Flows of one mask by heat diffusion from its centre, Cellpose's
 * {@code dynamics.masks_to_flows_gpu} / {@code _extend_centers_gpu} (run on the CPU device),
 * done object by object inside the object's bounding box instead of over the whole image.
 * That is exact, not an approximation: Cellpose multiplies every neighbour by "is in the same
 * mask" both in the diffusion and in the gradient, so nothing outside a mask ever reaches it.
 *
 * <p>Per iteration: add 1 at the centre, then every mask pixel becomes the sum of itself and its
 * 8 neighbours that are in the mask, divided by 9 (Jacobi update; neighbours summed in
 * Cellpose's order: centre, up, down, left, right, up-left, up-right, down-left, down-right).
 * The flow is {@code (T[y+1]-T[y-1], T[x+1]-T[x-1])} normalised by {@code 1e-60 + |.|}. The
 * iteration count is global: {@code 2 * max(box height + box width + 2)} over all masks. Like
 * Cellpose, the heat is double precision unless the padded image has more than 4e7 pixels, in
 * which case it is float32.
 */
final class HeatDiffusion {
    /** Cellpose switches the heat array to float32 above this many (padded) pixels. */
    static final double SINGLE_PRECISION_ABOVE = 4e7;

    private HeatDiffusion() {
    }

    static boolean singlePrecision(int width, int height) {
        return (double) (width + 2) * (height + 2) > SINGLE_PRECISION_ABOVE;
    }

    /** {@code 2 * ext.max()} of Cellpose's get_centers, {@code ext = box height + box width + 2}. */
    static int iterations(ObjectBoxes boxes) {
        int max = 0;
        for (int l = 1; l <= boxes.n; l++) {
            if (boxes.count[l] > 0) {
                max = Math.max(max, boxes.height(l) + boxes.width(l) + 2);
            }
        }
        return 2 * max;
    }

    /**
     * Diffusion source of each label, Cellpose's {@code center_of_mass}: the mean position in the
     * box rounded half to even ({@code np.round}); if that pixel is not in the mask, the mask
     * pixel nearest to it (first in raster order on ties). Returns raster indices, 0 for absent labels.
     */
    static int[] centers(int[] labels, int width, ObjectBoxes boxes) {
        int[] centers = new int[boxes.n + 1];
        for (int l = 1; l <= boxes.n; l++) {
            if (boxes.count[l] > 0) {
                centers[l] = center(labels, width, boxes, l);
            }
        }
        return centers;
    }

    static int center(int[] labels, int width, ObjectBoxes boxes, int l) {
        int y0 = boxes.y0[l];
        int x0 = boxes.x0[l];
        long sy = 0;
        long sx = 0;
        long n = 0;
        for (int y = y0; y < boxes.y1[l]; y++) {
            for (int x = x0; x < boxes.x1[l]; x++) {
                if (labels[y * width + x] == l) {
                    sy += y - y0;
                    sx += x - x0;
                    n++;
                }
            }
        }
        int my = (int) Math.rint((double) sy / n);
        int mx = (int) Math.rint((double) sx / n);
        if (labels[(y0 + my) * width + x0 + mx] == l) {
            return (y0 + my) * width + x0 + mx;
        }
        long best = Long.MAX_VALUE;
        int bestIndex = -1;
        for (int y = y0; y < boxes.y1[l]; y++) {
            for (int x = x0; x < boxes.x1[l]; x++) {
                if (labels[y * width + x] == l) {
                    long d = (long) (x - x0 - mx) * (x - x0 - mx) + (long) (y - y0 - my) * (y - y0 - my);
                    if (d < best) {
                        best = d;
                        bestIndex = y * width + x;
                    }
                }
            }
        }
        return bestIndex;
    }

    /**
     * Unit flows of label {@code l}, written into {@code dy}, {@code dx} over its bounding box
     * (box raster order, length box height * box width); pixels of the box outside the mask get 0.
     */
    static void unitFlows(int[] labels, int width, ObjectBoxes boxes, int l, int center, int niter,
                          boolean single, double[] dy, double[] dx) {
        int bx0 = boxes.x0[l];
        int by0 = boxes.y0[l];
        int bw = boxes.width(l);
        int bh = boxes.height(l);
        int pw = bw + 2;
        int[] pix = new int[boxes.count[l]];
        int k = 0;
        for (int y = 0; y < bh; y++) {
            int src = (by0 + y) * width + bx0;
            for (int x = 0; x < bw; x++) {
                if (labels[src + x] == l) {
                    pix[k++] = (y + 1) * pw + x + 1;
                }
            }
        }
        int c = (center / width - by0 + 1) * pw + (center % width - bx0 + 1);
        java.util.Arrays.fill(dy, 0, bw * bh, 0.0);
        java.util.Arrays.fill(dx, 0, bw * bh, 0.0);
        if (single) {
            diffuseSingle(pix, pw, bh + 2, c, niter, bw, dy, dx);
        } else {
            diffuseDouble(pix, pw, bh + 2, c, niter, bw, dy, dx);
        }
    }

    private static void diffuseDouble(int[] pix, int pw, int ph, int c, int niter, int bw, double[] dy, double[] dx) {
        double[] a = new double[pw * ph];
        double[] b = new double[pw * ph];
        int[] runs = runs(pix);
        for (int it = 0; it < niter; it++) {
            double before = a[c];
            a[c] += 1;
            for (int r = 0; r < runs.length; r += 2) {
                step(a, b, runs[r], runs[r + 1], pw);
            }
            double[] t = a;
            a = b;
            b = t;
            if ((it & (STILL_CHECK - 1)) == STILL_CHECK - 1 && still(pix, a, b, c, before)) {
                break;
            }
        }
        for (int p : pix) {
            double gy = a[p + pw] - a[p - pw];
            double gx = a[p + 1] - a[p - 1];
            store(p, pw, bw, gy, gx, dy, dx);
        }
    }

    private static void diffuseSingle(int[] pix, int pw, int ph, int c, int niter, int bw, double[] dy, double[] dx) {
        float[] a = new float[pw * ph];
        float[] b = new float[pw * ph];
        int[] runs = runs(pix);
        for (int it = 0; it < niter; it++) {
            float before = a[c];
            a[c] += 1f;
            for (int r = 0; r < runs.length; r += 2) {
                step(a, b, runs[r], runs[r + 1], pw);
            }
            float[] t = a;
            a = b;
            b = t;
            if ((it & (STILL_CHECK - 1)) == STILL_CHECK - 1 && still(pix, a, b, c, before)) {
                break;
            }
        }
        for (int p : pix) {
            float gy = a[p + pw] - a[p - pw];
            float gx = a[p + 1] - a[p - 1];
            store(p, pw, bw, gy, gx, dy, dx);
        }
    }

    /**
     * One Jacobi update of the pixels {@code [start, end)} of a row: each becomes the sum of itself
     * and its 8 neighbours, added in Cellpose's order, divided by 9. The 3 x 3 window slides along
     * the row, so each pixel of {@code a} is loaded once rather than nine times; the sums are the
     * same to the bit.
     */
    private static void step(double[] a, double[] b, int start, int end, int pw) {
        double ul = a[start - pw - 1];
        double uc = a[start - pw];
        double ml = a[start - 1];
        double mc = a[start];
        double dl = a[start + pw - 1];
        double dc = a[start + pw];
        for (int p = start; p < end; p++) {
            double ur = a[p - pw + 1];
            double mr = a[p + 1];
            double dr = a[p + pw + 1];
            double s = mc;
            s += uc;
            s += dc;
            s += ml;
            s += mr;
            s += ul;
            s += ur;
            s += dl;
            s += dr;
            b[p] = s / 9;
            ul = uc;
            uc = ur;
            ml = mc;
            mc = mr;
            dl = dc;
            dc = dr;
        }
    }

    /** {@link #step(double[], double[], int, int, int)} in single precision. */
    private static void step(float[] a, float[] b, int start, int end, int pw) {
        float ul = a[start - pw - 1];
        float uc = a[start - pw];
        float ml = a[start - 1];
        float mc = a[start];
        float dl = a[start + pw - 1];
        float dc = a[start + pw];
        for (int p = start; p < end; p++) {
            float ur = a[p - pw + 1];
            float mr = a[p + 1];
            float dr = a[p + pw + 1];
            float s = mc;
            s += uc;
            s += dc;
            s += ml;
            s += mr;
            s += ul;
            s += ur;
            s += dl;
            s += dr;
            b[p] = s / 9f;
            ul = uc;
            uc = ur;
            ml = mc;
            mc = mr;
            dl = dc;
            dc = dr;
        }
    }

    /**
     * The mask's pixels (raster indices, ascending) as runs of consecutive indices, {@code [start,
     * end)} pairs, each updated by one {@link #step} along its row.
     */
    static int[] runs(int[] pix) {
        int n = 0;
        for (int i = 0; i < pix.length; i++) {
            if (i == 0 || pix[i] != pix[i - 1] + 1) {
                n++;
            }
        }
        int[] runs = new int[2 * n];
        int r = -2;
        for (int i = 0; i < pix.length; i++) {
            if (i == 0 || pix[i] != pix[i - 1] + 1) {
                r += 2;
                runs[r] = pix[i];
            }
            runs[r + 1] = pix[i] + 1;
        }
        return runs;
    }

    /** Every this many iterations the diffusion checks whether it has stopped changing. */
    static final int STILL_CHECK = 16;

    /**
     * Whether the heat {@code now} equals, bit for bit, the heat before the last iteration
     * ({@code previous}, whose centre held {@code before} until the iteration added 1 to it). Then the
     * diffusion has reached its fixed point in this arithmetic: every further iteration, the same
     * operations on the same numbers, gives it again, so the remaining ones can be skipped without
     * changing a bit (small masks settle long before the global iteration count of the largest).
     */
    private static boolean still(int[] pix, double[] now, double[] previous, int c, double before) {
        for (int p : pix) {
            if (Double.doubleToRawLongBits(now[p]) != Double.doubleToRawLongBits(p == c ? before : previous[p])) {
                return false;
            }
        }
        return true;
    }

    private static boolean still(int[] pix, float[] now, float[] previous, int c, float before) {
        for (int p : pix) {
            if (Float.floatToRawIntBits(now[p]) != Float.floatToRawIntBits(p == c ? before : previous[p])) {
                return false;
            }
        }
        return true;
    }

    /** numpy: {@code mu /= (1e-60 + sqrt(dy**2 + dx**2))} in float64. */
    private static void store(int p, int pw, int bw, double gy, double gx, double[] dy, double[] dx) {
        double norm = 1e-60 + Math.sqrt(gy * gy + gx * gx);
        int q = (p / pw - 1) * bw + (p % pw - 1);
        dy[q] = gy / norm;
        dx[q] = gx / norm;
    }
}
