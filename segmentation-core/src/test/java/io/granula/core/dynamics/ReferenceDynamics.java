package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain, single-threaded port of Cellpose 4's dynamics.compute_masks + utils.
 * fill_holes_and_remove_small_masks, written to follow the Python line by line (whole-image
 * arrays, every pixel stepped all niter times, all masks diffused together over the padded
 * image for quality control). It shares no code with {@link CpuPixelDynamics} except numpy's
 * pairwise sum, and serves as the exactness oracle of the tests and the in-run baseline of
 * {@code DynamicsBench}.
 */
public final class ReferenceDynamics implements PixelDynamics {
    @Override
    public String device() {
        return "reference";
    }

    @Override
    public MaskResult computeMasks(FlowField flows, DynamicsParameters p, ProgressMonitor progress) {
        int ly = flows.height();
        int lx = flows.width();
        Map<String, Double> ms = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        float thr = (float) p.cellprobThreshold();
        List<Integer> inds = new ArrayList<>();
        for (int i = 0; i < lx * ly; i++) {
            if (flows.cellprob()[i] > thr) {
                inds.add(i);
            }
        }
        int[] mask;
        if (inds.isEmpty()) {
            mask = new int[lx * ly];
        } else {
            // follow_flows(dP * (cellprob > thr) / 5.)
            float[][] dP = new float[2][lx * ly];
            for (int i = 0; i < lx * ly; i++) {
                float m = flows.cellprob()[i] > thr ? 1f : 0f;
                dP[0][i] = (flows.dy()[i] * m) / 5f;
                dP[1][i] = (flows.dx()[i] * m) / 5f;
            }
            int[][] pFinal = stepsInterp(dP, inds, p.niter(), ly, lx);
            long t1 = System.nanoTime();
            ms.put("follow_flows", (t1 - t0) / 1e6);
            mask = getMasksTorch(pFinal, inds, ly, lx, p.maxSizeFraction());
            long t2 = System.nanoTime();
            ms.put("get_masks", (t2 - t1) / 1e6);
            if (max(mask) > 0 && p.flowThreshold() > 0) {
                mask = removeBadFlowMasks(mask, flows, p.flowThreshold(), ly, lx);
            }
            ms.put("flow_qc", (System.nanoTime() - t2) / 1e6);
        }
        long t3 = System.nanoTime();
        mask = fillHolesAndRemoveSmallMasks(mask, p.minSize(), ly, lx);
        renumber(mask);
        ms.put("fill_holes", (System.nanoTime() - t3) / 1e6);
        ms.put("total", (System.nanoTime() - t0) / 1e6);
        return new MaskResult(new LabelImage(lx, ly, mask), ms, "reference (1 thread)");
    }

    // ---- steps_interp ----

    static int[][] stepsInterp(float[][] dP, List<Integer> inds, int niter, int ly, int lx) {
        int n = inds.size();
        float[] ptx = new float[n];
        float[] pty = new float[n];
        // im[0] = dX, im[1] = dY;  shape = [Lx-1, Ly-1] in float64
        double shape0 = lx - 1;
        double shape1 = ly - 1;
        float[] imx = new float[lx * ly];
        float[] imy = new float[lx * ly];
        for (int i = 0; i < lx * ly; i++) {
            imx[i] = dP[1][i] * (float) (2. / shape0);
            imy[i] = dP[0][i] * (float) (2. / shape1);
        }
        for (int j = 0; j < n; j++) {
            int i = inds.get(j);
            ptx[j] = (float) (i % lx) / (float) shape0;
            pty[j] = (float) (i / lx) / (float) shape1;
            ptx[j] = ptx[j] * 2 - 1;
            pty[j] = pty[j] * 2 - 1;
        }
        float[] sx = new float[n];
        float[] sy = new float[n];
        for (int t = 0; t < niter; t++) {
            for (int j = 0; j < n; j++) {
                sx[j] = gridSample(imx, lx, ly, ptx[j], pty[j]);
                sy[j] = gridSample(imy, lx, ly, ptx[j], pty[j]);
            }
            for (int j = 0; j < n; j++) {
                ptx[j] = Math.min(Math.max(ptx[j] + sx[j], -1f), 1f);
                pty[j] = Math.min(Math.max(pty[j] + sy[j], -1f), 1f);
            }
        }
        int[][] out = new int[2][n];
        for (int j = 0; j < n; j++) {
            float x = ((ptx[j] + 1) * 0.5f) * (float) shape0;
            float y = ((pty[j] + 1) * 0.5f) * (float) shape1;
            out[0][j] = (int) y;
            out[1][j] = (int) x;
        }
        return out;
    }

    /** torch grid_sample, bilinear, zeros padding, align_corners=False, CPU float kernel. */
    static float gridSample(float[] im, int lx, int ly, float gx, float gy) {
        float x = Math.fma(gx + 1, (float) lx / 2, -0.5f);
        float y = Math.fma(gy + 1, (float) ly / 2, -0.5f);
        float xw = (float) Math.floor(x);
        float yn = (float) Math.floor(y);
        float w = x - xw;
        float e = 1 - w;
        float nn = y - yn;
        float s = 1 - nn;
        int ix = (int) xw;
        int iy = (int) yn;
        float v = at(im, lx, ly, iy, ix) * (s * e);
        v = Math.fma(at(im, lx, ly, iy, ix + 1), s * w, v);
        v = Math.fma(at(im, lx, ly, iy + 1, ix), nn * e, v);
        v = Math.fma(at(im, lx, ly, iy + 1, ix + 1), nn * w, v);
        return v;
    }

    private static float at(float[] im, int lx, int ly, int y, int x) {
        return (y >= 0 && y < ly && x >= 0 && x < lx) ? im[y * lx + x] : 0f;
    }

    // ---- get_masks_torch ----

    static int[] getMasksTorch(int[][] pt, List<Integer> inds, int ly, int lx, double maxSizeFraction) {
        int rpad = 20;
        int sy = ly + 2 * rpad;
        int sx = lx + 2 * rpad;
        int n = inds.size();
        int[] py = new int[n];
        int[] px = new int[n];
        int[][] h1 = new int[sy][sx];
        for (int j = 0; j < n; j++) {
            py[j] = Math.min(Math.max(pt[0][j] + rpad, 0), ly + rpad - 1);
            px[j] = Math.min(Math.max(pt[1][j] + rpad, 0), lx + rpad - 1);
            h1[py[j]][px[j]]++;
        }
        int[][] hmax1 = maxPool1dRows(maxPool1dCols(h1, 5), 5);
        List<int[]> seeds1 = new ArrayList<>();
        for (int y = 0; y < sy; y++) {
            for (int x = 0; x < sx; x++) {
                if (h1[y][x] - hmax1[y][x] > -1e-6 && h1[y][x] > 10) {
                    seeds1.add(new int[]{y, x});
                }
            }
        }
        if (seeds1.isEmpty()) {
            return new int[ly * lx];
        }
        // argsort of npts; List.sort is a stable merge sort: ties keep raster order
        seeds1.sort((a, b) -> Integer.compare(h1[a[0]][a[1]], h1[b[0]][b[1]]));
        int nSeeds = seeds1.size();
        int[][] m1 = new int[sy][sx];
        for (int k = 0; k < nSeeds; k++) {
            int[] seed = seeds1.get(k);
            float[][] hSlc = new float[11][11];
            float[][] seedMask = new float[11][11];
            for (int a = 0; a < 11; a++) {
                for (int b = 0; b < 11; b++) {
                    hSlc[a][b] = h1[seed[0] - 5 + a][seed[1] - 5 + b];
                }
            }
            seedMask[5][5] = 1;
            for (int iter = 0; iter < 5; iter++) {
                seedMask = maxPool1dRowsF(maxPool1dColsF(seedMask, 3), 3);
                for (int a = 0; a < 11; a++) {
                    for (int b = 0; b < 11; b++) {
                        seedMask[a][b] *= hSlc[a][b] > 2 ? 1 : 0;
                    }
                }
            }
            for (int a = 0; a < 11; a++) {
                for (int b = 0; b < 11; b++) {
                    if (seedMask[a][b] != 0) {
                        // scatter_reduce amax over k + 1
                        m1[seed[0] - 5 + a][seed[1] - 5 + b] = Math.max(m1[seed[0] - 5 + a][seed[1] - 5 + b], k + 1);
                    }
                }
            }
        }
        int[] m0 = new int[ly * lx];
        for (int j = 0; j < n; j++) {
            m0[inds.get(j)] = m1[py[j]][px[j]];
        }
        int[] counts = new int[nSeeds + 1];
        for (int v : m0) {
            counts[v]++;
        }
        double big = (double) ((long) ly * lx) * maxSizeFraction;
        for (int i = 0; i < m0.length; i++) {
            if (m0[i] != 0 && counts[m0[i]] > big) {
                m0[i] = 0;
            }
        }
        renumber(m0);
        return m0;
    }

    /** Cellpose max_pool1d along the first axis: window of k, cut at the edges. */
    private static int[][] maxPool1dCols(int[][] h, int k) {
        int[][] out = new int[h.length][];
        for (int y = 0; y < h.length; y++) {
            out[y] = h[y].clone();
            for (int d = -k / 2; d <= k / 2; d++) {
                int yy = y + d;
                if (yy >= 0 && yy < h.length) {
                    for (int x = 0; x < h[y].length; x++) {
                        out[y][x] = Math.max(out[y][x], h[yy][x]);
                    }
                }
            }
        }
        return out;
    }

    private static int[][] maxPool1dRows(int[][] h, int k) {
        int[][] out = new int[h.length][];
        for (int y = 0; y < h.length; y++) {
            out[y] = h[y].clone();
            for (int x = 0; x < h[y].length; x++) {
                for (int d = -k / 2; d <= k / 2; d++) {
                    int xx = x + d;
                    if (xx >= 0 && xx < h[y].length) {
                        out[y][x] = Math.max(out[y][x], h[y][xx]);
                    }
                }
            }
        }
        return out;
    }

    private static float[][] maxPool1dColsF(float[][] h, int k) {
        float[][] out = new float[h.length][];
        for (int y = 0; y < h.length; y++) {
            out[y] = h[y].clone();
            for (int d = -k / 2; d <= k / 2; d++) {
                int yy = y + d;
                if (yy >= 0 && yy < h.length) {
                    for (int x = 0; x < h[y].length; x++) {
                        out[y][x] = Math.max(out[y][x], h[yy][x]);
                    }
                }
            }
        }
        return out;
    }

    private static float[][] maxPool1dRowsF(float[][] h, int k) {
        float[][] out = new float[h.length][];
        for (int y = 0; y < h.length; y++) {
            out[y] = h[y].clone();
            for (int x = 0; x < h[y].length; x++) {
                for (int d = -k / 2; d <= k / 2; d++) {
                    int xx = x + d;
                    if (xx >= 0 && xx < h[y].length) {
                        out[y][x] = Math.max(out[y][x], h[y][xx]);
                    }
                }
            }
        }
        return out;
    }

    // ---- remove_bad_flow_masks / flow_error / masks_to_flows_gpu ----

    static int[] removeBadFlowMasks(int[] masks, FlowField flows, double threshold, int ly, int lx) {
        int nmask = max(masks);
        double[][] dPmasks = masksToFlows(masks, ly, lx);
        double[] err = new double[ly * lx];
        for (int i = 0; i < ly * lx; i++) {
            double ey = dPmasks[0][i] - (double) (flows.dy()[i] / 5f);
            double ex = dPmasks[1][i] - (double) (flows.dx()[i] / 5f);
            err[i] = ey * ey + ex * ex;
        }
        int[][] slices = findObjects(masks, ly, lx, nmask);
        boolean[] bad = new boolean[nmask + 1];
        for (int j = 0; j < nmask; j++) {
            int[] s = slices[j + 1];
            double[] sel = new double[ly * lx];
            int c = 0;
            for (int y = s[0]; y < s[1]; y++) {
                for (int x = s[2]; x < s[3]; x++) {
                    if (masks[y * lx + x] == j + 1) {
                        sel[c++] = err[y * lx + x];
                    }
                }
            }
            double mean = RemoveBadFlowMasks.numpySum(sel, 0, c) / c;
            bad[j + 1] = mean > threshold;
        }
        for (int i = 0; i < masks.length; i++) {
            if (bad[masks[i]]) {
                masks[i] = 0;
            }
        }
        renumber(masks);
        return masks;
    }

    /** masks_to_flows_gpu over the whole padded image (Cellpose's CPU-device path). */
    static double[][] masksToFlows(int[] masks, int ly0, int lx0) {
        return masksToFlows(masks, ly0, lx0, (double) (ly0 + 2) * (lx0 + 2) > 4e7);
    }

    /** As {@link #masksToFlows(int[], int, int)}, the heat in single precision or not as asked. */
    static double[][] masksToFlows(int[] masks, int ly0, int lx0, boolean single) {
        int ly = ly0 + 2;
        int lx = lx0 + 2;
        int[] padded = new int[ly * lx];
        for (int y = 0; y < ly0; y++) {
            System.arraycopy(masks, y * lx0, padded, (y + 1) * lx + 1, lx0);
        }
        List<Integer> pix = new ArrayList<>();
        for (int i = 0; i < padded.length; i++) {
            if (padded[i] != 0) {
                pix.add(i);
            }
        }
        int np = pix.size();
        int[] dyi = {0, -1, 1, 0, 0, -1, -1, 1, 1};
        int[] dxi = {0, 0, 0, -1, 1, -1, 1, -1, 1};
        int[][] neighbors = new int[9][np];
        boolean[][] isneighbor = new boolean[9][np];
        for (int k = 0; k < np; k++) {
            int p = pix.get(k);
            for (int i = 0; i < 9; i++) {
                neighbors[i][k] = p + dyi[i] * lx + dxi[i];
                isneighbor[i][k] = padded[neighbors[i][k]] == padded[p];
            }
        }
        int nmask = max(masks);
        int[][] slices = findObjects(masks, ly0, lx0, nmask);
        int[] meds = new int[nmask];
        int extMax = 0;
        for (int l = 1; l <= nmask; l++) {
            int[] s = slices[l];
            long sy = 0;
            long sx = 0;
            int cnt = 0;
            List<int[]> yx = new ArrayList<>();
            for (int y = s[0]; y < s[1]; y++) {
                for (int x = s[2]; x < s[3]; x++) {
                    if (masks[y * lx0 + x] == l) {
                        sy += y - s[0];
                        sx += x - s[2];
                        cnt++;
                        yx.add(new int[]{y - s[0], x - s[2]});
                    }
                }
            }
            int ymean = (int) Math.rint((double) sy / cnt);
            int xmean = (int) Math.rint((double) sx / cnt);
            boolean inside = false;
            for (int[] q : yx) {
                inside |= q[0] == ymean && q[1] == xmean;
            }
            if (!inside) {
                long best = Long.MAX_VALUE;
                int[] arg = null;
                for (int[] q : yx) {
                    long d = (long) (q[1] - xmean) * (q[1] - xmean) + (long) (q[0] - ymean) * (q[0] - ymean);
                    if (d < best) {
                        best = d;
                        arg = q;
                    }
                }
                ymean = arg[0];
                xmean = arg[1];
            }
            meds[l - 1] = (ymean + s[0] + 1) * lx + (xmean + s[2] + 1);
            extMax = Math.max(extMax, (s[1] - s[0]) + (s[3] - s[2]) + 2);
        }
        int nIter = 2 * extMax;
        double[] tD = new double[ly * lx];
        float[] tF = new float[ly * lx];
        double[] next = new double[np];
        for (int it = 0; it < nIter; it++) {
            for (int m : meds) {
                if (single) {
                    tF[m] += 1f;
                } else {
                    tD[m] += 1;
                }
            }
            for (int k = 0; k < np; k++) {
                if (single) {
                    float s = 0f;
                    for (int i = 0; i < 9; i++) {
                        s += tF[neighbors[i][k]] * (isneighbor[i][k] ? 1f : 0f);
                    }
                    next[k] = s / 9f;
                } else {
                    double s = 0;
                    for (int i = 0; i < 9; i++) {
                        s += tD[neighbors[i][k]] * (isneighbor[i][k] ? 1 : 0);
                    }
                    next[k] = s / 9;
                }
            }
            for (int k = 0; k < np; k++) {
                if (single) {
                    tF[pix.get(k)] = (float) next[k];
                } else {
                    tD[pix.get(k)] = next[k];
                }
            }
        }
        double[][] mu0 = new double[2][ly0 * lx0];
        for (int k = 0; k < np; k++) {
            double dy;
            double dx;
            if (single) {
                dy = tF[neighbors[2][k]] * (isneighbor[2][k] ? 1f : 0f) - tF[neighbors[1][k]] * (isneighbor[1][k] ? 1f : 0f);
                dx = tF[neighbors[4][k]] * (isneighbor[4][k] ? 1f : 0f) - tF[neighbors[3][k]] * (isneighbor[3][k] ? 1f : 0f);
            } else {
                dy = tD[neighbors[2][k]] * (isneighbor[2][k] ? 1 : 0) - tD[neighbors[1][k]] * (isneighbor[1][k] ? 1 : 0);
                dx = tD[neighbors[4][k]] * (isneighbor[4][k] ? 1 : 0) - tD[neighbors[3][k]] * (isneighbor[3][k] ? 1 : 0);
            }
            double norm = 1e-60 + Math.sqrt(dy * dy + dx * dx);
            int p = pix.get(k);
            int q = (p / lx - 1) * lx0 + (p % lx - 1);
            mu0[0][q] = dy / norm;
            mu0[1][q] = dx / norm;
        }
        return mu0;
    }

    // ---- utils.fill_holes_and_remove_small_masks ----

    static int[] fillHolesAndRemoveSmallMasks(int[] masks, int minSize, int ly, int lx) {
        if (minSize > 0) {
            removeSmall(masks, minSize);
        }
        int nmask = max(masks);
        int[][] slices = findObjects(masks, ly, lx, nmask);
        for (int i = 1; i <= nmask; i++) {
            int[] s = slices[i];
            if (s == null) {
                continue;
            }
            int h = s[1] - s[0];
            int w = s[3] - s[2];
            boolean[] msk = new boolean[h * w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    msk[y * w + x] = masks[(y + s[0]) * lx + x + s[2]] == i;
                }
            }
            boolean[] filled = binaryFillHoles(msk, h, w);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if (filled[y * w + x]) {
                        masks[(y + s[0]) * lx + x + s[2]] = i;
                    }
                }
            }
        }
        if (minSize > 0) {
            removeSmall(masks, minSize);
        }
        return masks;
    }

    /** scipy binary_fill_holes (4-connected background): iterate dilation of the outside until stable. */
    static boolean[] binaryFillHoles(boolean[] msk, int h, int w) {
        boolean[] outside = new boolean[h * w];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (msk[i] || outside[i]) {
                        continue;
                    }
                    boolean reach = y == 0 || x == 0 || y == h - 1 || x == w - 1
                            || outside[i - w] || outside[i + w] || outside[i - 1] || outside[i + 1];
                    if (reach) {
                        outside[i] = true;
                        changed = true;
                    }
                }
            }
        }
        boolean[] filled = new boolean[h * w];
        for (int i = 0; i < h * w; i++) {
            filled[i] = !outside[i];
        }
        return filled;
    }

    private static void removeSmall(int[] masks, int minSize) {
        int[] counts = new int[max(masks) + 1];
        for (int v : masks) {
            counts[v]++;
        }
        for (int i = 0; i < masks.length; i++) {
            if (masks[i] != 0 && counts[masks[i]] < minSize) {
                masks[i] = 0;
            }
        }
        renumber(masks);
    }

    // ---- scipy / fastremap stand-ins ----

    /** find_objects: per label {y0, y1, x0, x1} (half-open), null when absent. */
    static int[][] findObjects(int[] masks, int ly, int lx, int nmask) {
        int[][] s = new int[nmask + 1][];
        for (int y = 0; y < ly; y++) {
            for (int x = 0; x < lx; x++) {
                int l = masks[y * lx + x];
                if (l == 0) {
                    continue;
                }
                if (s[l] == null) {
                    s[l] = new int[]{y, y + 1, x, x + 1};
                } else {
                    s[l][1] = y + 1;
                    s[l][2] = Math.min(s[l][2], x);
                    s[l][3] = Math.max(s[l][3], x + 1);
                }
            }
        }
        return s;
    }

    /** fastremap.renumber: first appearance in raster order. */
    static void renumber(int[] masks) {
        int[] map = new int[max(masks) + 1];
        int next = 0;
        for (int i = 0; i < masks.length; i++) {
            int v = masks[i];
            if (v != 0) {
                if (map[v] == 0) {
                    map[v] = ++next;
                }
                masks[i] = map[v];
            }
        }
    }

    private static int max(int[] a) {
        return Arrays.stream(a).max().orElse(0);
    }
}
