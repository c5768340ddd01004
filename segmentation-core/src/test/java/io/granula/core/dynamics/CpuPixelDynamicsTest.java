package io.granula.core.dynamics;

import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CpuPixelDynamicsTest {
    private static final DynamicsParameters PARAMS = DynamicsParameters.defaults().withThreads(2);

    private static void assertRebuildsExactlyLikeTheReference(LabelImage truth) {
        FlowField flows = FlowsFromLabels.networkFlows(truth, 2);
        MaskResult fast = new CpuPixelDynamics().computeMasks(flows, PARAMS, ProgressMonitor.NONE);
        MaskResult reference = new ReferenceDynamics().computeMasks(flows, PARAMS, ProgressMonitor.NONE);
        assertThat(fast.labels().labels()).isEqualTo(reference.labels().labels());
        assertThat(TestImages.averagePrecision(truth, fast.labels(), 0.5)).isGreaterThanOrEqualTo(0.98);
        assertThat(fast.labels().maxLabel()).isEqualTo(fast.labels().objectCount());
    }

    @Test
    void nucleiLabelsAreRebuiltFromTheirFlows() {
        Assumptions.assumeTrue(TestImages.nucleiPresent(), "shared data absent: " + TestImages.nucleiLabels());
        assertRebuildsExactlyLikeTheReference(TestImages.readLabels(TestImages.nucleiLabels()));
    }

    @Test
    void touchingDiscsEllipsesAndConcaveBlobsSeparate() {
        LabelImage shapes = TestImages.touchingShapes(160, 1);
        assertThat(shapes.objectCount()).isGreaterThan(30);
        assertRebuildsExactlyLikeTheReference(shapes);
    }

    @Test
    void qualityControlOffAndOtherThresholdsStillMatchTheReference() {
        LabelImage shapes = TestImages.touchingShapes(120, 2);
        FlowField flows = FlowsFromLabels.networkFlows(shapes, 1);
        // noisy flows so that quality control and the thresholds have something to decide
        java.util.Random r = new java.util.Random(4);
        float[] dy = flows.dy().clone();
        float[] dx = flows.dx().clone();
        float[] cp = flows.cellprob().clone();
        for (int i = 0; i < dy.length; i++) {
            dy[i] += (float) r.nextGaussian() * 2f;
            dx[i] += (float) r.nextGaussian() * 2f;
            cp[i] += (float) r.nextGaussian() * 8f;
        }
        FlowField noisy = new FlowField(flows.width(), flows.height(), dy, dx, cp);
        for (DynamicsParameters p : new DynamicsParameters[]{PARAMS, PARAMS.withFlowThreshold(0), PARAMS.withCellprobThreshold(1.5),
                PARAMS.withMinSize(0).withNiter(50), PARAMS.withFlowThreshold(0.1).withThreads(1)}) {
            int[] fast = new CpuPixelDynamics().computeMasks(noisy, p, ProgressMonitor.NONE).labels().labels();
            int[] ref = new ReferenceDynamics().computeMasks(noisy, p, ProgressMonitor.NONE).labels().labels();
            assertThat(fast).as("%s", p).isEqualTo(ref);
        }
    }

    @Test
    void flatFlowsGiveNoMasksAndStageTimingsAreReported() {
        int n = 32 * 32;
        FlowField empty = new FlowField(32, 32, new float[n], new float[n], new float[n]);
        MaskResult r = new CpuPixelDynamics().computeMasks(empty, PARAMS, ProgressMonitor.NONE);
        assertThat(r.labels().objectCount()).isZero();
        assertThat(r.stageMillis()).containsKeys("follow_flows", "get_masks", "flow_qc", "fill_holes", "total");
        assertThat(r.device()).startsWith("cpu");
    }
}
