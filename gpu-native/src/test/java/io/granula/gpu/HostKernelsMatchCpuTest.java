package io.granula.gpu;

import io.granula.core.dynamics.FlowsFromLabels;
import io.granula.core.dynamics.FollowFlows;
import io.granula.core.dynamics.GetMasks;
import io.granula.core.dynamics.RemoveBadFlowMasks;
import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The CUDA kernels' logic, compiled for the host by g++ and run in the kernels' order, builds the
 * same masks as core's CPU path (FollowFlows then GetMasks) on the same flows, label for label;
 * and its flow error agrees with core's quality control. Skips where no g++ is installed.
 */
class HostKernelsMatchCpuTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}x{1}, {2} objects, noise {3}, niter {4}, cellprob threshold {5}")
    @CsvSource({
            "200, 160, 40, 0, 200, 0",
            "257, 190, 60, 0.6, 200, 0",
            "180, 211, 50, 1.5, 120, 0.5",
            "96, 64, 12, 3, 200, -1"})
    void hostKernelsBuildTheCpuPathsMasksExactly(int w, int h, int objects, float noise, int niter, float threshold)
            throws Exception {
        LabelImage truth = SyntheticScenes.ellipses(w, h, objects, 31L * w + h);
        FlowField flows = SyntheticScenes.perturbed(FlowsFromLabels.networkFlows(truth, 2), noise, 7L * h + w);

        GetMasks.Labels cpu = GetMasks.run(FollowFlows.run(flows, threshold, niter, 2, ProgressMonitor.NONE), 0.4, 2);
        int[] host = HostKernels.seedLabels(flows, niter, threshold, tmp);
        int seeds = java.util.Arrays.stream(host).max().orElse(0);
        int count = SeedLabels.finish(host, seeds, w, h, 0.4);

        assertThat(cpu.count()).isGreaterThan(objects / 3);
        assertThat(count).isEqualTo(cpu.count());
        assertThat(host).isEqualTo(cpu.labels());
    }

    @Test
    void aMaskBiggerThanTheSizeLimitIsDroppedAsOnTheCpu() throws Exception {
        // one disc over most of a small image: more than 40 % of the pixels
        int w = 48;
        int h = 40;
        int[] lab = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                lab[y * w + x] = (x - 24) * (x - 24) + (y - 20) * (y - 20) <= 18 * 18 ? 1 : 0;
            }
        }
        FlowField flows = FlowsFromLabels.networkFlows(new LabelImage(w, h, lab), 1);
        GetMasks.Labels cpu = GetMasks.run(FollowFlows.run(flows, 0f, 200, 1, ProgressMonitor.NONE), 0.4, 1);
        int[] host = HostKernels.seedLabels(flows, 200, 0f, tmp);
        int seeds = java.util.Arrays.stream(host).max().orElse(0);

        assertThat(seeds).isPositive();
        assertThat(SeedLabels.finish(host, seeds, w, h, 0.4)).isZero().isEqualTo(cpu.count());
        assertThat(host).containsOnly(0);
    }

    @Test
    void hostFlowErrorAgreesWithTheCpuQualityControl() throws Exception {
        int w = 150;
        int h = 120;
        LabelImage masks = SyntheticScenes.ellipses(w, h, 25, 5);
        int[] lab = masks.labels().clone();
        int n = io.granula.core.dynamics.LabelRenumbering.renumber(lab);
        LabelImage renumbered = new LabelImage(w, h, lab);
        FlowField net = SyntheticScenes.perturbed(FlowsFromLabels.networkFlows(renumbered, 2), 2f, 9);
        // the masks' own flows (core computes them in float64 and this gives them rounded to float32)
        FlowField unit = FlowsFromLabels.unitFlows(renumbered, 2);
        double[] my = new double[w * h];
        double[] mx = new double[w * h];
        for (int i = 0; i < w * h; i++) {
            my[i] = unit.dy()[i];
            mx[i] = unit.dx()[i];
        }

        double[] perPixel = HostKernels.flowErrors(my, mx, net, lab, tmp);
        double[] sum = new double[n + 1];
        int[] count = new int[n + 1];
        for (int i = 0; i < lab.length; i++) {
            sum[lab[i]] += perPixel[i];
            count[lab[i]]++;
        }
        double[] cpu = RemoveBadFlowMasks.flowErrors(lab, n, net, 2, ProgressMonitor.NONE);

        for (int l = 1; l <= n; l++) {
            assertThat(sum[l] / count[l]).as("mask %d", l).isCloseTo(cpu[l], within(1e-5));
        }
        for (int i = 0; i < lab.length; i++) {
            if (lab[i] == 0) {
                assertThat(perPixel[i]).isZero();
            }
        }
        assertThat(java.util.Arrays.stream(cpu, 1, n + 1).max().orElse(0)).isGreaterThan(0.01);
    }
}
