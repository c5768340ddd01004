package io.granula.gpu;

import io.granula.core.dynamics.CpuPixelDynamics;
import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.FlowsFromLabels;
import io.granula.core.dynamics.MaskResult;
import io.granula.core.dynamics.PixelDynamics;
import io.granula.core.flow.FlowField;
import io.granula.core.label.LabelImage;
import io.granula.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** On a machine with a GPU: the CUDA engine gives the CPU engine's labels, pixel for pixel (skips elsewhere). */
class CudaPixelDynamicsMatchesCpuTest {
    @ParameterizedTest(name = "{0}x{1}, {2} objects, noise {3}, flow threshold {4}")
    @CsvSource({"200, 160, 40, 0, 0.4", "1031, 777, 900, 1.5, 0.4", "640, 480, 300, 0.6, 0"})
    void gpuGivesTheCpusLabels(int w, int h, int objects, float noise, double flowThreshold) {
        CudaDynamicsProvider provider = new CudaDynamicsProvider();
        Assumptions.assumeTrue(provider.availability().available(), "no usable GPU: " + provider.availability().reason());
        LabelImage truth = SyntheticScenes.ellipses(w, h, objects, w + 13L * h);
        FlowField flows = SyntheticScenes.perturbed(FlowsFromLabels.networkFlows(truth, 2), noise, 3L * w);
        DynamicsParameters p = DynamicsParameters.defaults().withThreads(2).withFlowThreshold(flowThreshold);

        PixelDynamics gpu = provider.create();
        MaskResult onGpu = gpu.computeMasks(flows, p, ProgressMonitor.NONE);
        MaskResult onCpu = new CpuPixelDynamics().computeMasks(flows, p, ProgressMonitor.NONE);

        assertThat(onGpu.device()).startsWith("cuda (");
        assertThat(onGpu.labels().objectCount()).isGreaterThan(objects / 3);
        assertThat(onGpu.labels().labels()).isEqualTo(onCpu.labels().labels());
    }
}
