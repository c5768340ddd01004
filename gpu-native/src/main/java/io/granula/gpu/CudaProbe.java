package io.granula.gpu;

import jcuda.driver.CUdevice;
import jcuda.driver.JCudaDriver;

/**
 * Asks the CUDA driver, through JCuda, whether a GPU can be used. Without a driver JCuda's
 * native library fails to link and throws {@link UnsatisfiedLinkError}, an Error rather than an
 * Exception (design notes), so this catches {@link LinkageError} and turns every failure into a
 * plain sentence for the user.
 */
public final class CudaProbe {
    private CudaProbe() {
    }

    public static CudaStatus probe() {
        try {
            JCudaDriver.setExceptionsEnabled(true);
            JCudaDriver.cuInit(0);
            int[] count = new int[1];
            JCudaDriver.cuDeviceGetCount(count);
            if (count[0] == 0) {
                return CudaStatus.unavailable("the CUDA driver reports no GPU");
            }
            CUdevice device = new CUdevice();
            JCudaDriver.cuDeviceGet(device, 0);
            byte[] name = new byte[256];
            JCudaDriver.cuDeviceGetName(name, name.length, device);
            return new CudaStatus(true, new String(name, java.nio.charset.StandardCharsets.US_ASCII).trim().replace("\0", ""));
        } catch (LinkageError e) {
            return CudaStatus.unavailable("no CUDA driver found (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            return CudaStatus.unavailable("the CUDA driver failed: " + e.getMessage());
        }
    }
}
