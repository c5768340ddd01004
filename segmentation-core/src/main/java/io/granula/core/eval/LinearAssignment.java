package io.granula.core.eval;

import java.util.Arrays;

/**
 * Minimum-cost assignment on a rectangular cost matrix: the Hungarian method (Kuhn 1955,
 * Munkres 1957) in the O(n^2 m) shortest-augmenting-path form with potentials (as in
 * e-maxx.ru "Hungarian algorithm"). Same optimum as scipy.optimize.linear_sum_assignment, which
 * StarDist's matching.py calls.
 */
final class LinearAssignment {
    private LinearAssignment() {
    }

    /**
     * @param cost rows x cols, rows <= cols or not: every element of the smaller side is assigned
     * @return for each row the assigned column, or -1 when the row is left out (rows > cols)
     */
    static int[] solve(double[][] cost) {
        int rows = cost.length;
        int cols = rows == 0 ? 0 : cost[0].length;
        if (rows == 0 || cols == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        if (rows > cols) {
            double[][] t = new double[cols][rows];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    t[j][i] = cost[i][j];
                }
            }
            int[] colToRow = solve(t);
            int[] rowToCol = new int[rows];
            Arrays.fill(rowToCol, -1);
            for (int j = 0; j < cols; j++) {
                rowToCol[colToRow[j]] = j;
            }
            return rowToCol;
        }
        int n = rows, m = cols;
        double[] u = new double[n + 1], v = new double[m + 1];
        int[] p = new int[m + 1], way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] rowToCol = new int[n];
        Arrays.fill(rowToCol, -1);
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                rowToCol[p[j] - 1] = j - 1;
            }
        }
        return rowToCol;
    }
}
