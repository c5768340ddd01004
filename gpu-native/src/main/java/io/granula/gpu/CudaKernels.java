package io.granula.gpu;

import jcuda.Pointer;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.JCudaDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

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
    private final PtxSignatures signatures;
    private final Map<String, CUfunction> functions = new HashMap<>();

    private CudaKernels(CUcontext context, String deviceName, CUmodule module, PtxSignatures signatures) {
        this.context = context;
        this.deviceName = deviceName;
        this.signatures = signatures;
        for (String entry : ENTRIES) {
            CUfunction f = new CUfunction();
            JCudaDriver.cuModuleGetFunction(f, module, entry);
            functions.put(entry, f);
        }
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
        String ptx = ptxText();
        CUmodule module = new CUmodule();
        JCudaDriver.cuModuleLoadData(module, ptx);
        return new CudaKernels(context, CudaProbe.deviceName(device), module, PtxSignatures.parse(ptx));
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

    /**
     * Launches {@code entry} over {@code n} threads (1-D, blocks of 256) and waits for it; the
     * arguments (device pointers, Integer, Float) are checked against the PTX's parameters first.
     */
    void launch(String entry, long n, Object... args) {
        signatures.check(entry, args);
        if (n <= 0) {
            return;
        }
        long blocks = (n + BLOCK - 1) / BLOCK;
        if (blocks > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many threads for one launch: " + n);
        }
        JCudaDriver.cuLaunchKernel(functions.get(entry), (int) blocks, 1, 1, BLOCK, 1, 1, 0, null, parameters(args), null);
        JCudaDriver.cuCtxSynchronize();
    }

    /** cuLaunchKernel's kernelParams: a pointer to each argument's value. */
    static Pointer parameters(Object... args) {
        Pointer[] ps = new Pointer[args.length];
        for (int i = 0; i < args.length; i++) {
            Object v = args[i];
            if (v instanceof CUdeviceptr d) {
                ps[i] = Pointer.to(d);
            } else if (v instanceof Integer k) {
                ps[i] = Pointer.to(new int[] {k});
            } else if (v instanceof Float f) {
                ps[i] = Pointer.to(new float[] {f});
            } else {
                throw new IllegalArgumentException("unsupported kernel argument " + v);
            }
        }
        return Pointer.to(ps);
    }
}
