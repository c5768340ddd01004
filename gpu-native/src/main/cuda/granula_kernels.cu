// CUDA kernels of Granula's post-processing: thin wrappers that run the per-pixel functions of
// granula_dynamics.cuh over a grid. Launched from Java by io.granula.gpu.CudaPixelDynamics
// (names are extern "C" so the PTX entry names are the plain names below). 1-D grids; each
// thread handles one element and returns when its index is past the end.
#include "granula_dynamics.cuh"

#define GR_INDEX() (blockIdx.x * (long long) blockDim.x + threadIdx.x)

// Padded interleaved step field of every pixel (the field's one-pixel border is zeroed by the caller).
extern "C" __global__ void gr_step_field_kernel(const float* dy, const float* dx, const float* cellprob,
                                                float threshold, float sx, float sy, int width, int n,
                                                float* field) {
    long long i = GR_INDEX();
    if (i < n) {
        gr_step_field_value(dy, dx, cellprob, threshold, sx, sy, width, (int) i, field);
    }
}

// Euler steps of every moving pixel; writes the histogram bin of its final position.
extern "C" __global__ void gr_follow_kernel(const float* field, const int* pixels, int m, int width, int height,
                                            float halfW, float halfH, float lastX, float lastY, int niter,
                                            int* bins) {
    long long j = GR_INDEX();
    if (j < m) {
        GrGeometry g = {width, height, halfW, halfH, lastX, lastY};
        float gx;
        float gy;
        gr_start(pixels[j], g, &gx, &gy);
        gr_follow(field, g, niter, &gx, &gy);
        bins[j] = gr_end_bin(gx, gy, g);
    }
}

// Integer histogram of end points (integer atomics: the counts do not depend on the order).
extern "C" __global__ void gr_histogram_kernel(const int* bins, int m, int* hist) {
    long long j = GR_INDEX();
    if (j < m) {
        atomicAdd(&hist[bins[j]], 1);
    }
}

// Seeds as keys (count << 32 | bin), appended in any order; the host sorts them, which gives
// GetMasks' order (count, then raster index) whatever order the threads ran in.
extern "C" __global__ void gr_seeds_kernel(const int* hist, int hw, int hh, unsigned long long* keys,
                                           int capacity, int* found) {
    long long b = GR_INDEX();
    if (b < (long long) hw * hh && gr_is_seed(hist, hw, hh, (int) b)) {
        int k = atomicAdd(found, 1);
        if (k < capacity) {
            keys[k] = ((unsigned long long) hist[b] << 32) | (unsigned long long) b;
        }
    }
}

// Grows seed k (sorted ascending) and marks its bins with label k + 1; where grown seeds overlap
// the larger label wins (atomicMax), as Cellpose's scatter_reduce "amax" over the seed index.
extern "C" __global__ void gr_grow_kernel(const int* hist, int hw, const int* seeds, int nseeds, int* binLabel) {
    long long k = GR_INDEX();
    if (k < nseeds) {
        int grown[GR_WINDOW * GR_WINDOW];
        int n = gr_grow_seed(hist, hw, seeds[k], grown);
        for (int i = 0; i < n; i++) {
            atomicMax(&binLabel[grown[i]], (int) k + 1);
        }
    }
}

// Every moving pixel takes the label of the bin it ended in (labels zeroed by the caller).
extern "C" __global__ void gr_assign_kernel(const int* pixels, const int* bins, int m, const int* binLabel,
                                            int* labels) {
    long long j = GR_INDEX();
    if (j < m) {
        labels[pixels[j]] = binLabel[bins[j]];
    }
}

// Squared flow error of every labelled pixel (0 elsewhere); per-mask means are summed on the host
// in numpy's pairwise order so that the threshold decision matches the CPU to the last bit.
extern "C" __global__ void gr_flow_error_kernel(const int* labels, const double* maskY, const double* maskX,
                                                const float* netY, const float* netX, int n, double* error) {
    long long i = GR_INDEX();
    if (i < n) {
        error[i] = labels[i] != 0 ? gr_flow_error(maskY[i], maskX[i], netY[i], netX[i]) : 0.0;
    }
}
