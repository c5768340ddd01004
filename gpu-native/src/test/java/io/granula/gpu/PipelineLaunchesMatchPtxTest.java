package io.granula.gpu;

import io.granula.core.dynamics.DynamicsParameters;
import io.granula.core.dynamics.FlowsFromLabels;
import io.granula.core.flow.FlowField;
import io.granula.core.progress.ProgressMonitor;
import jcuda.driver.CUdeviceptr;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every launch the GPU pipeline makes passes arguments that match the shipped PTX's parameters in
 * number and kind (cuLaunchKernel checks none of that), with the thread counts the kernels expect.
 * Runs without a GPU: the driver calls go to a recorder, not to a device.
 */
class PipelineLaunchesMatchPtxTest {
    /** Records launches, checks them against the shipped PTX, answers downloads with zeros. */
    private static final class Recorder implements DeviceOps {
        final PtxSignatures ptx = PtxSignatures.parse(CudaKernels.ptxText());
        final List<String> launches = new ArrayList<>();

        @Override
        public CUdeviceptr zeros4(long count) {
            return new CUdeviceptr();
        }

        @Override
        public CUdeviceptr alloc(long bytes) {
            return new CUdeviceptr();
        }

        @Override
        public CUdeviceptr upload(float[] values) {
            return new CUdeviceptr();
        }

        @Override
        public CUdeviceptr upload(int[] values) {
            return new CUdeviceptr();
        }

        @Override
        public int[] downloadInts(CUdeviceptr from, int count) {
            return new int[count];
        }

        @Override
        public long[] downloadLongs(CUdeviceptr from, int count) {
            return new long[count];
        }

        @Override
        public void launch(String entry, long threads, Object... args) {
            ptx.check(entry, args);
            launches.add(entry + " x" + threads);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void everyLaunchMatchesItsPtxSignatureAndCoversItsElements() {
        int w = 90;
        int h = 70;
        FlowField flows = FlowsFromLabels.networkFlows(SyntheticScenes.ellipses(w, h, 10, 4), 1);
        int moving = 0;
        for (float c : flows.cellprob()) {
            moving += c > 0 ? 1 : 0;
        }
        Recorder ops = new Recorder();

        DevicePipeline.run(ops, flows, DynamicsParameters.defaults(), ProgressMonitor.NONE, new LinkedHashMap<>());

        int hist = (w + 40) * (h + 40);
        assertThat(moving).isPositive();
        assertThat(ops.launches).containsExactly(
                "gr_step_field_kernel x" + w * h,
                "gr_follow_kernel x" + moving,
                "gr_histogram_kernel x" + moving,
                "gr_seeds_kernel x" + hist,
                "gr_grow_kernel x0", // the recorder's seed count is 0
                "gr_assign_kernel x" + moving);
    }

    @Test
    void aMismatchedLaunchIsRefusedNamingTheKernelAndTheArgument() {
        PtxSignatures ptx = PtxSignatures.parse(CudaKernels.ptxText());

        assertThat(ptx.of("gr_histogram_kernel")).containsExactly("u64", "u32", "u64");
        assertThatThrownBy(() -> ptx.check("gr_histogram_kernel", new CUdeviceptr(), 3))
                .hasMessageContaining("gr_histogram_kernel takes 3 arguments, given 2");
        assertThatThrownBy(() -> ptx.check("gr_histogram_kernel", new CUdeviceptr(), 3f, new CUdeviceptr()))
                .hasMessageContaining("argument 1 must be .u32, given Float");
    }
}
