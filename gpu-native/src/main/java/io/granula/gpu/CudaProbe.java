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

    /** The device's name as the driver reports it (e.g. "NVIDIA H100 80GB HBM3"). */
    static String deviceName(CUdevice device) {
        byte[] name = new byte[256];
        JCudaDriver.cuDeviceGetName(name, name.length, device);
        int end = 0;
        while (end < name.length && name[end] != 0) {
            end++;
        }
        return new String(name, 0, end, java.nio.charset.StandardCharsets.US_ASCII).trim();
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
            return new CudaStatus(true, deviceName(device));
        } catch (LinkageError e) {
            return CudaStatus.unavailable("no CUDA driver found (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            return CudaStatus.unavailable("the CUDA driver failed: " + e.getMessage());
        }
    }
}
