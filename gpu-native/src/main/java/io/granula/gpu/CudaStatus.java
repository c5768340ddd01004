package io.granula.gpu;

/** Whether a CUDA GPU is usable, and the device name or the reason it is not. */
public record CudaStatus(boolean available, String detail) {
    public static CudaStatus unavailable(String reason) {
        return new CudaStatus(false, reason);
    }
}
