package io.granula.core.eval;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinearAssignmentTest {
    @Test
    void findsTheMinimumOfEveryAssignmentOnRandomRectangularMatrices() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + rnd.nextInt(5), cols = 1 + rnd.nextInt(5);
            double[][] cost = new double[rows][cols];
            for (double[] r : cost) {
                for (int j = 0; j < cols; j++) {
                    r[j] = rnd.nextInt(4) == 0 ? 0 : -rnd.nextDouble();
                }
            }
            int[] a = LinearAssignment.solve(cost);
            double got = 0;
            int assigned = 0;
            boolean[] usedCol = new boolean[cols];
            for (int i = 0; i < rows; i++) {
                if (a[i] >= 0) {
                    assertThat(usedCol[a[i]]).as("column used twice").isFalse();
                    usedCol[a[i]] = true;
                    got += cost[i][a[i]];
                    assigned++;
                }
            }
            assertThat(assigned).isEqualTo(Math.min(rows, cols));
            assertThat(got).isCloseTo(bruteForce(cost, 0, new boolean[cols], Math.min(rows, cols)), within(1e-9));
        }
    }

    /** Minimum over every way to give min(rows, cols) rows distinct columns. */
    private static double bruteForce(double[][] cost, int row, boolean[] used, int toAssign) {
        if (toAssign == 0) {
            return 0;
        }
        if (cost.length - row < toAssign) {
            return Double.POSITIVE_INFINITY;
        }
        double best = bruteForce(cost, row + 1, used, toAssign); // leave this row out
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, used, toAssign - 1));
                used[j] = false;
            }
        }
        return best;
    }
}
