package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.progress.CancelledException;
import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowFlowsTest {
    @Test
    void onlyPixelsStrictlyAboveTheThresholdMove() {
        float[] cellprob = {0f, 0.5f, 0.5000001f, -1f, 3f};
        assertThat(FollowFlows.movingPixels(cellprob, 0.5f)).containsExactly(2, 4);
        assertThat(FollowFlows.movingPixels(cellprob, 0f)).containsExactly(1, 2, 4);
    }

    @Test
    void pixelsAtTheThresholdContributeNoFlow() {
        int w = 3;
        int h = 2;
        float[] dy = {5, 5, 5, 5, 5, 5};
        float[] dx = {5, 5, 5, 5, 5, 5};
        float[] cp = {1, 0, 1, 0, 1, 0};
        float[] field = FollowFlows.stepField(new FlowField(w, h, dy, dx, cp), 0f);
        int pw = w + 2;
        assertThat(field[2 * (pw + 1)]).isEqualTo((5f / 5f) * (float) (2.0 / (w - 1)));
        assertThat(field[2 * (pw + 2)]).isZero();
        assertThat(field[2 * (pw + 1) + 1]).isEqualTo((5f / 5f) * (float) (2.0 / (h - 1)));
    }

    /** The early stops (merged paths, detected cycles) must land every pixel exactly where 200 plain steps do. */
    @Test
    void shortcutsEndWhereEveryStepTakenEnds() {
        FlowField flows = FlowsFromLabels.networkFlows(TestImages.touchingShapes(96, 3), 1);
        Endpoints fast = FollowFlows.run(flows, 0f, 200, 2, ProgressMonitor.NONE);
        int[][] slow = straightEnds(flows, fast.pixels(), 200);
        assertThat(fast.count()).isGreaterThan(1000);
        assertThat(fast.endY()).isEqualTo(slow[0]);
        assertThat(fast.endX()).isEqualTo(slow[1]);
    }

    /**
     * Blocks of 64 px, each with its own field widened by the travel margin, must end every pixel
     * where the straight port with one whole-image field does, objects crossing block borders
     * included; flows 2x stronger than ideal widen the margin and must still match. Few steps, so
     * that the margin leaves the widened blocks smaller than the image.
     */
    @Test
    void blockByBlockEndsWhereTheWholeImageFieldEnds() {
        FlowField ideal = FlowsFromLabels.networkFlows(TestImages.touchingShapes(200, 7), 1);
        float[] strong = ideal.dx().clone();
        for (int i = 0; i < strong.length; i++) {
            strong[i] *= 2f;
        }
        FlowField twice = new FlowField(ideal.width(), ideal.height(), ideal.dy(), strong, ideal.cellprob());
        for (FlowField flows : List.of(ideal, twice)) {
            int niter = flows == ideal ? 40 : 25;
            Endpoints blocked = FollowFlows.run(flows, 0f, niter, 2, 64, ProgressMonitor.NONE);
            int[][] straight = straightEnds(flows, blocked.pixels(), niter);
            assertThat(64 + 2 * FollowFlows.margin(flows, 0f, niter)).isLessThan(flows.width());
            assertThat(blocked.count()).isGreaterThan(5000);
            assertThat(blocked.endY()).isEqualTo(straight[0]);
            assertThat(blocked.endX()).isEqualTo(straight[1]);
        }
    }

    /** End points {@code [y, x]} of {@code pixels} by the straight single-threaded port of steps_interp. */
    private static int[][] straightEnds(FlowField flows, int[] pixels, int niter) {
        List<Integer> inds = new ArrayList<>();
        for (int p : pixels) {
            inds.add(p);
        }
        float[][] dP = new float[2][flows.width() * flows.height()];
        for (int i = 0; i < dP[0].length; i++) {
            float m = flows.cellprob()[i] > 0f ? 1f : 0f;
            dP[0][i] = (flows.dy()[i] * m) / 5f;
            dP[1][i] = (flows.dx()[i] * m) / 5f;
        }
        return ReferenceDynamics.stepsInterp(dP, inds, niter, flows.height(), flows.width());
    }

    /** The margin covers the longest possible path: 200 steps of at most |flow| / 5 px each. */
    @Test
    void marginCoversTheLongestPossiblePath() {
        int w = 50;
        float[] dx = new float[w * w];
        float[] cp = new float[w * w];
        java.util.Arrays.fill(cp, 1f);
        dx[7] = -10f; // 2 px per step at most
        FlowField flows = new FlowField(w, w, new float[w * w], dx, cp);
        assertThat(FollowFlows.margin(flows, 0f, 200)).isBetween(405, 415);
        cp[7] = 0f; // pixels that do not move contribute no flow
        assertThat(FollowFlows.margin(flows, 0f, 200)).isLessThan(5);
    }

    @Test
    void pixelsConvergeToTheirObjectsCentre() {
        FlowField flows = FlowsFromLabels.networkFlows(TestImages.touchingShapes(64, 5), 1);
        Endpoints ends = FollowFlows.run(flows, 0f, 200, 1, ProgressMonitor.NONE);
        // every pixel of the first shape (centre near (14, 14)) ends within a few pixels of it
        for (int j = 0; j < ends.count(); j++) {
            int p = ends.pixels()[j];
            if (p % 64 < 8 && p / 64 < 8) {
                assertThat(Math.abs(ends.endX()[j] - 14)).isLessThan(6);
                assertThat(Math.abs(ends.endY()[j] - 14)).isLessThan(6);
            }
        }
    }

    /** A large image's dynamics say which block they are in, and the share done only grows. */
    @Test
    void blocksReportTheirProgress() {
        FlowField flows = FlowsFromLabels.networkFlows(TestImages.touchingShapes(200, 7), 1);
        List<String> messages = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        ProgressMonitor recording = new ProgressMonitor() {
            @Override
            public void update(double fraction, String message) {
                messages.add(message);
                fractions.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        FollowFlows.run(flows, 0f, 40, 1, 64, recording);
        assertThat(messages).contains("following flows, block 1 of 16", "following flows, block 16 of 16");
        assertThat(fractions).isSorted();
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }

    /** Cancel stops the dynamics within the block it is in: no later block is started. */
    @Test
    void cancelStopsBetweenBlocks() {
        FlowField flows = FlowsFromLabels.networkFlows(TestImages.touchingShapes(200, 7), 1);
        List<String> messages = new ArrayList<>();
        ProgressMonitor cancelInSecondBlock = new ProgressMonitor() {
            @Override
            public synchronized void update(double fraction, String message) {
                messages.add(message);
            }

            @Override
            public synchronized boolean isCancelled() {
                return messages.contains("following flows, block 2 of 16");
            }
        };
        assertThatThrownBy(() -> FollowFlows.run(flows, 0f, 40, 2, 64, cancelInSecondBlock))
                .isInstanceOf(CancelledException.class);
        assertThat(messages).contains("following flows, block 1 of 16", "following flows, block 2 of 16")
                .doesNotContain("following flows, block 3 of 16");
    }
}
