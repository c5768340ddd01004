package io.granula.gpu;

import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.JCudaDriver;

import java.util.ArrayList;
import java.util.List;

/** The device buffers of one run, all freed on close (also when a kernel or copy failed). */
final class DeviceMemory implements AutoCloseable {
    private final List<CUdeviceptr> buffers = new ArrayList<>();

    /** {@code count} 4-byte elements, zeroed. */
    CUdeviceptr zeros4(long count) {
        CUdeviceptr p = alloc(count * 4);
        if (count > 0) {
            JCudaDriver.cuMemsetD32(p, 0, count);
        }
        return p;
    }

    CUdeviceptr upload(float[] values) {
        CUdeviceptr p = alloc(values.length * 4L);
        JCudaDriver.cuMemcpyHtoD(p, Pointer.to(values), values.length * 4L);
        return p;
    }

    CUdeviceptr upload(int[] values) {
        CUdeviceptr p = alloc(values.length * 4L);
        JCudaDriver.cuMemcpyHtoD(p, Pointer.to(values), values.length * 4L);
        return p;
    }

    CUdeviceptr alloc(long bytes) {
        CUdeviceptr p = new CUdeviceptr();
        JCudaDriver.cuMemAlloc(p, Math.max(bytes, 4));
        buffers.add(p);
        return p;
    }

    static int[] downloadInts(CUdeviceptr p, int count) {
        int[] out = new int[count];
        JCudaDriver.cuMemcpyDtoH(Pointer.to(out), p, count * 4L);
        return out;
    }

    static long[] downloadLongs(CUdeviceptr p, int count) {
        long[] out = new long[count];
        JCudaDriver.cuMemcpyDtoH(Pointer.to(out), p, count * 8L);
        return out;
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
