package io.granula.gpu;

import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.JCudaDriver;

import java.util.ArrayList;
import java.util.List;

/** {@link DeviceOps} through JCuda's driver API, in the kernels' context; frees all on close. */
final class JCudaDeviceOps implements DeviceOps {
    private final CudaKernels kernels;
    private final List<CUdeviceptr> buffers = new ArrayList<>();

    /** Binds the kernels' context to the calling thread. */
    JCudaDeviceOps(CudaKernels kernels) {
        this.kernels = kernels;
        kernels.bind();
    }

    @Override
    public CUdeviceptr zeros4(long count) {
        CUdeviceptr p = alloc(count * 4);
        if (count > 0) {
            JCudaDriver.cuMemsetD32(p, 0, count);
        }
        return p;
    }

    @Override
    public CUdeviceptr upload(float[] values) {
        return upload(Pointer.to(values), values.length);
    }

    @Override
    public CUdeviceptr upload(int[] values) {
        return upload(Pointer.to(values), values.length);
    }

    /** A new device buffer holding {@code count} 4-byte values copied from the host. */
    private CUdeviceptr upload(Pointer host, int count) {
        CUdeviceptr p = alloc(count * 4L);
        if (count > 0) {
            JCudaDriver.cuMemcpyHtoD(p, host, count * 4L);
        }
        return p;
    }

    @Override
    public CUdeviceptr alloc(long bytes) {
        CUdeviceptr p = new CUdeviceptr();
        JCudaDriver.cuMemAlloc(p, Math.max(bytes, 4));
        buffers.add(p);
        return p;
    }

    @Override
    public int[] downloadInts(CUdeviceptr from, int count) {
        int[] out = new int[count];
        if (count > 0) {
            JCudaDriver.cuMemcpyDtoH(Pointer.to(out), from, count * 4L);
        }
        return out;
    }

    @Override
    public long[] downloadLongs(CUdeviceptr from, int count) {
        long[] out = new long[count];
        if (count > 0) {
            JCudaDriver.cuMemcpyDtoH(Pointer.to(out), from, count * 8L);
        }
        return out;
    }

    @Override
    public void launch(String entry, long threads, Object... args) {
        kernels.launch(entry, threads, args);
    }

    @Override
    public void close() {
        for (CUdeviceptr p : buffers) {
            try {
                JCudaDriver.cuMemFree(p);
            } catch (RuntimeException e) {
                // the context is already broken (the failure being reported); nothing more to free
            }
        }
        buffers.clear();
    }
}
