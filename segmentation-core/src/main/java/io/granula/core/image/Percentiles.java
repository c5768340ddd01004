package io.granula.core.image;

/**
 * Exact percentiles with NumPy's default ("linear") definition, so normalisation matches
 * Cellpose's {@code np.percentile} calls (cellpose/transforms.py normalize99): for the sorted
 * values {@code a[0..n-1]}, position {@code p = (n - 1) q / 100}, result
 * {@code a[floor p] + (p - floor p) (a[floor p + 1] - a[floor p])}.
 *
 * <p>Non-finite values (NaN, infinities in float TIFFs) are left out, like {@code np.nanpercentile}
 * for NaN. Integer-valued data in the 16-bit range (every 8/16-bit micrograph) is counted in a
 * histogram, O(n) with no copy; anything else is copied and the two order statistics each
 * percentile needs are found by quickselect, also O(n) on average, rather than by sorting.
 */
public final class Percentiles {
    private static final int HIST_MIN = -32768;
    private static final int HIST_MAX = 65535;

    private Percentiles() {
    }

    /** @param q percentiles in [0, 100]; returns NaN for each when no value is finite */
    public static double[] of(float[] values, double... q) {
        for (double p : q) {
            if (!(p >= 0 && p <= 100)) {
                throw new IllegalArgumentException("percentile must be in [0, 100], got " + p);
            }
        }
        double[] out = fromHistogram(values, q);
        return out != null ? out : bySelection(values, q);
    }

    /** Null when the data are not all integers in the histogram's range. */
    private static double[] fromHistogram(float[] values, double[] q) {
        int[] counts = new int[HIST_MAX - HIST_MIN + 1];
        long n = 0;
        for (float v : values) {
            if (!Float.isFinite(v)) {
                continue;
            }
            if (v < HIST_MIN || v > HIST_MAX || v != (int) v) {
                return null;
            }
            counts[(int) v - HIST_MIN]++;
            n++;
        }
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            if (n == 0) {
                out[i] = Double.NaN;
                continue;
            }
            double pos = (n - 1) * q[i] / 100.0;
            long lo = (long) Math.floor(pos);
            long hi = Math.min(lo + 1, n - 1);
            out[i] = lerp(kth(counts, lo), kth(counts, hi), pos - lo);
        }
        return out;
    }

    private static double kth(int[] counts, long k) {
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen > k) {
                return b + HIST_MIN;
            }
        }
        throw new IllegalStateException("rank " + k + " beyond " + seen + " values");
    }

    private static double[] bySelection(float[] values, double[] q) {
        int n = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                n++;
            }
        }
        float[] a = new float[n];
        int j = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                a[j++] = v;
            }
        }
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            if (n == 0) {
                out[i] = Double.NaN;
                continue;
            }
            double pos = (n - 1) * q[i] / 100.0;
            int lo = (int) Math.floor(pos);
            float low = select(a, lo);
            // After select, everything right of lo is >= a[lo]: the next order statistic is their minimum.
            float high = low;
            if (lo + 1 < n) {
                high = Float.POSITIVE_INFINITY;
                for (int k = lo + 1; k < n; k++) {
                    high = Math.min(high, a[k]);
                }
            }
            out[i] = lerp(low, high, pos - lo);
        }
        return out;
    }

    /** NumPy's _lerp: exact at both ends, symmetric around t = 0.5. */
    private static double lerp(double a, double b, double t) {
        double d = b - a;
        return t >= 0.5 ? b - d * (1 - t) : a + d * t;
    }

    /**
     * Hoare's quickselect with a three-way (Dijkstra) partition, so the many ties of image data
     * do not make it quadratic. Leaves a[k] as the k-th smallest, smaller values left, larger right.
     */
    static float select(float[] a, int k) {
        return select(a, a.length, k);
    }

    /** As {@link #select(float[], int)} over the first {@code n} values of {@code a} only. */
    public static float select(float[] a, int n, int k) {
        if (k < 0 || k >= n || n > a.length) {
            throw new IllegalArgumentException("rank " + k + " of " + n + " values (array of " + a.length + ")");
        }
        int lo = 0;
        int hi = n - 1;
        long seed = 0x9E3779B97F4A7C15L;
        while (lo < hi) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            float pivot = a[lo + (int) Long.remainderUnsigned(seed >>> 1, hi - lo + 1)];
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                float v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
