package io.granula.core.io;

/** Fortran (column-major) to C (row-major) reordering of n-dimensional arrays. */
final class NpyOrder {
    private NpyOrder() {
    }

    static float[] fortranToC(int[] shape, float[] f) {
        float[] c = new float[f.length];
        forEachFortranIndex(shape, (ci, fi) -> c[ci] = f[fi]);
        return c;
    }

    static int[] fortranToC(int[] shape, int[] f) {
        int[] c = new int[f.length];
        forEachFortranIndex(shape, (ci, fi) -> c[ci] = f[fi]);
        return c;
    }

    private interface IndexPair {
        void accept(int cIndex, int fortranIndex);
    }

    /** Walks all positions in C order, passing the C and the Fortran linear index of each. */
    private static void forEachFortranIndex(int[] shape, IndexPair action) {
        int n = shape.length;
        long total = 1;
        for (int d : shape) {
            total *= d;
        }
        if (total == 0) {
            return;
        }
        long[] fortranStride = new long[n];
        long s = 1;
        for (int k = 0; k < n; k++) {
            fortranStride[k] = s;
            s *= shape[k];
        }
        int[] idx = new int[n];
        long fi = 0;
        for (int ci = 0; ci < total; ci++) {
            action.accept(ci, (int) fi);
            // odometer increment, last axis fastest (C order)
            for (int k = n - 1; k >= 0; k--) {
                idx[k]++;
                fi += fortranStride[k];
                if (idx[k] < shape[k]) {
                    break;
                }
                fi -= fortranStride[k] * shape[k];
                idx[k] = 0;
            }
        }
    }
}
