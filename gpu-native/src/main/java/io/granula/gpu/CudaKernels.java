package io.granula.gpu;

import jcuda.Pointer;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.JCudaDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The kernels of {@code src/main/cuda/granula_kernels.cu}, loaded from the shipped PTX
 * ({@value #PTX}, PTX ISA 8.0 so that CUDA 12.x and 13.x drivers both JIT it; see
 * {@code build-ptx.sh}) into device 0's primary context. One instance per process; calls from any
 * thread make the context current first.
 */
final class CudaKernels {
    /** Class-path resource of the PTX text. */
    static final String PTX = "granula_kernels.ptx";
    /** Entry points the Java side launches, as declared in the PTX. */
    static final String[] ENTRIES = {"gr_step_field_kernel", "gr_follow_kernel", "gr_histogram_kernel",
            "gr_seeds_kernel", "gr_grow_kernel", "gr_assign_kernel", "gr_flow_error_kernel"};
    private static final int BLOCK = 256;

    private final CUcontext context;
    private final String deviceName;
    final CUfunction stepField;
    final CUfunction follow;
    final CUfunction histogram;
    final CUfunction seeds;
    final CUfunction grow;
    final CUfunction assign;

    private CudaKernels(CUcontext context, String deviceName, CUmodule module) {
        this.context = context;
        this.deviceName = deviceName;
        stepField = function(module, ENTRIES[0]);
        follow = function(module, ENTRIES[1]);
        histogram = function(module, ENTRIES[2]);
        seeds = function(module, ENTRIES[3]);
        grow = function(module, ENTRIES[4]);
        assign = function(module, ENTRIES[5]);
    }

    /**
     * Initialises the driver and JIT-compiles the PTX for device 0. Throws {@link LinkageError}
     * without a driver and {@link jcuda.CudaException} when the driver refuses (callers turn both
     * into a sentence).
     */
    static CudaKernels load() {
        JCudaDriver.setExceptionsEnabled(true);
        JCudaDriver.cuInit(0);
        CUdevice device = new CUdevice();
        JCudaDriver.cuDeviceGet(device, 0);
        CUcontext context = new CUcontext();
        JCudaDriver.cuDevicePrimaryCtxRetain(context, device);
        JCudaDriver.cuCtxSetCurrent(context);
        CUmodule module = new CUmodule();
        JCudaDriver.cuModuleLoadData(module, ptxText());
        return new CudaKernels(context, CudaProbe.deviceName(device), module);
    }

    /** The shipped PTX text. */
    static String ptxText() {
        try (InputStream in = CudaKernels.class.getResourceAsStream(PTX)) {
            if (in == null) {
                throw new IllegalStateException("the CUDA kernels (" + PTX + ") are missing from gpu-native's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PTX, e);
        }
    }

    String deviceName() {
        return deviceName;
    }

    /** Makes this process's context current on the calling thread. */
    void bind() {
        JCudaDriver.cuCtxSetCurrent(context);
    }

    /** Launches {@code f} over {@code n} threads (1-D, blocks of 256) and waits for it. */
    void launch(CUfunction f, long n, Pointer parameters) {
        if (n <= 0) {
            return;
        }
        long blocks = (n + BLOCK - 1) / BLOCK;
        if (blocks > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many threads for one launch: " + n);
        }
        JCudaDriver.cuLaunchKernel(f, (int) blocks, 1, 1, BLOCK, 1, 1, 0, null, parameters, null);
        JCudaDriver.cuCtxSynchronize();
    }

    private static CUfunction function(CUmodule module, String name) {
        CUfunction f = new CUfunction();
        JCudaDriver.cuModuleGetFunction(f, module, name);
        return f;
    }
}
