package io.granula.core.stats;

/** Stable ascending order of a double array as a permutation, without boxing (bottom-up merge sort). */
final class IndexSort {
    private IndexSort() {
    }

    /** Indices i of {@code values} such that values[order[0]] <= values[order[1]] <= ...; ties keep index order. */
    static int[] order(double[] values) {
        int n = values.length;
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) {
                    b[k++] = values[a[j]] < values[a[i]] ? a[j++] : a[i++];
                }
                while (i < mid) {
                    b[k++] = a[i++];
                }
                while (j < hi) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
