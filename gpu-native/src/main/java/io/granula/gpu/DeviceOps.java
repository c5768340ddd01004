package io.granula.gpu;

import jcuda.driver.CUdeviceptr;

/**
 * The driver calls the mask pipeline makes ({@link DevicePipeline}): buffers, copies, launches.
 * {@link JCudaDeviceOps} is the real one; the build checks the pipeline's launches against the
 * shipped PTX through another implementation, on machines without a GPU.
 */
interface DeviceOps extends AutoCloseable {
    /** {@code count} 4-byte elements, zeroed. */
    CUdeviceptr zeros4(long count);

    CUdeviceptr alloc(long bytes);

    CUdeviceptr upload(float[] values);

    CUdeviceptr upload(int[] values);

    int[] downloadInts(CUdeviceptr from, int count);

    long[] downloadLongs(CUdeviceptr from, int count);

    /** Runs kernel {@code entry} over {@code threads} threads (none: nothing runs) and waits for it. */
    void launch(String entry, long threads, Object... args);

    /** Frees every buffer. */
    @Override
    void close();
}
