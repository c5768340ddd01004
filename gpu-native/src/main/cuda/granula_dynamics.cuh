// Per-pixel logic of Granula's flows-to-masks post-processing (Cellpose's dynamics), shared by
// the CUDA kernels (granula_kernels.cu) and the host-compiled test driver (host/dynamics_host.cpp).
//
// Every function mirrors one Java method of segmentation-core's io.granula.core.dynamics
// operation by operation, so that the GPU and the CPU give identical labels:
//   gr_step_field_value  FollowFlows.stepField
//   gr_start / gr_step   FollowFlows.run / GridSampleStep.step (torch grid_sample, bilinear,
//                        zeros padding, align_corners=False; ATen GridSamplerKernel.cpp)
//   gr_end_bin           FollowFlows.run (p_final.int()) + GetMasks.binsOf (pt += rpad, clamp)
//   gr_is_seed           GetMasks.isLocalMax (5x5 max pool, count > 10)
//   gr_grow_seed         GetMasks.grow (5 rounds of 3x3 max in an 11x11 window, bins > 2)
//   gr_flow_error        RemoveBadFlowMasks.flowErrors (one pixel's squared error)
// Float rules that keep the bits equal to Java's: every fused multiply-add is written out as
// fmaf (as Java's Math.fma), and nothing else may be contracted: nvcc runs with -fmad=false,
// g++ with -ffp-contract=off; divisions are IEEE (no --use_fast_math), denormals kept (-ftz=false).
#ifndef GRANULA_DYNAMICS_CUH
#define GRANULA_DYNAMICS_CUH

#if defined(__CUDACC__)
#define GR_HD __host__ __device__ __forceinline__
#else
#include <math.h>
#define GR_HD static inline
#endif

// Histogram padding of Cellpose's get_masks_torch (rpad = 20).
#define GR_RPAD 20
// Seed growth window (11x11) and its half width.
#define GR_WINDOW 11
#define GR_HALF 5

// Geometry of one image, all the float constants computed once as the Java code does.
struct GrGeometry {
    int width;
    int height;
    float halfW;  // (float) width / 2: PyTorch's unnormalise scaling factor
    float halfH;
    float lastX;  // (float) (width - 1)
    float lastY;
};

// Step field entry of raster pixel i (padded, interleaved: x then y), FollowFlows.stepField:
// ((dP * (cellprob > t)) / 5) * 2/(L-1) in float32; sx, sy = (float) (2.0 / (L - 1)).
GR_HD void gr_step_field_value(const float* dy, const float* dx, const float* cellprob, float threshold,
                               float sx, float sy, int width, int i, float* field) {
    int x = i % width;
    int y = i / width;
    int o = 2 * ((y + 1) * (width + 2) + x + 1);
    float m = cellprob[i] > threshold ? 1.0f : 0.0f;
    field[o] = ((dx[i] * m) / 5.0f) * sx;
    field[o + 1] = ((dy[i] * m) / 5.0f) * sy;
}

// Start position of raster pixel p in grid_sample's normalised coordinates: p / (L - 1) * 2 - 1.
GR_HD void gr_start(int p, const GrGeometry g, float* gx, float* gy) {
    *gx = ((float) (p % g.width) / g.lastX) * 2.0f - 1.0f;
    *gy = ((float) (p / g.width) / g.lastY) * 2.0f - 1.0f;
}

// torch.clamp_(v, -1, 1) for finite v.
GR_HD float gr_clamp1(float v) {
    return v < -1.0f ? -1.0f : (v > 1.0f ? 1.0f : v);
}

// One Euler step, GridSampleStep.step: sample the padded step field bilinearly at (gx, gy),
// add, clamp. Positions stay in [-1, 1], so every corner read lands inside the padded field.
GR_HD void gr_step(const float* field, int paddedWidth, float halfW, float halfH, float* gx, float* gy) {
    float x = *gx;
    float y = *gy;
    float ix = fmaf(x + 1.0f, halfW, -0.5f);
    float iy = fmaf(y + 1.0f, halfH, -0.5f);
    int x0 = (int) ix;  // floor: ix >= -0.5, truncation is wrong only on (-0.5, 0)
    if (x0 > ix) {
        x0--;
    }
    int y0 = (int) iy;
    if (y0 > iy) {
        y0--;
    }
    float w = ix - x0;
    float e = 1.0f - w;
    float n = iy - y0;
    float s = 1.0f - n;
    float nw = s * e;
    float ne = s * w;
    float sw = n * e;
    float se = n * w;
    int r = 2 * ((y0 + 1) * paddedWidth + x0 + 1);
    int q = r + 2 * paddedWidth;
    float dx = field[r] * nw;
    dx = fmaf(field[r + 2], ne, dx);
    dx = fmaf(field[q], sw, dx);
    dx = fmaf(field[q + 2], se, dx);
    float dy = field[r + 1] * nw;
    dy = fmaf(field[r + 3], ne, dy);
    dy = fmaf(field[q + 1], sw, dy);
    dy = fmaf(field[q + 3], se, dy);
    *gx = gr_clamp1(x + dx);
    *gy = gr_clamp1(y + dy);
}

// niter plain steps. The Java code skips steps it can prove change nothing (merged and periodic
// paths); a step is a pure function of the position, so plain stepping ends at the same bits.
GR_HD void gr_follow(const float* field, const GrGeometry g, int niter, float* gx, float* gy) {
    int pw = g.width + 2;
    for (int t = 0; t < niter; t++) {
        gr_step(field, pw, g.halfW, g.halfH, gx, gy);
    }
}

// Histogram bin of a final position: (g + 1) * 0.5 * (L - 1) truncated (p_final.int()), then
// shifted by RPAD and clamped into the padded grid of width width + 2 * RPAD.
GR_HD int gr_end_bin(float gx, float gy, const GrGeometry g) {
    int ex = (int) (((gx + 1.0f) * 0.5f) * g.lastX);
    int ey = (int) (((gy + 1.0f) * 0.5f) * g.lastY);
    int x = ex + GR_RPAD;
    int y = ey + GR_RPAD;
    int maxX = g.width + GR_RPAD - 1;
    int maxY = g.height + GR_RPAD - 1;
    x = x < 0 ? 0 : (x > maxX ? maxX : x);
    y = y < 0 ? 0 : (y > maxY ? maxY : y);
    return y * (g.width + 2 * GR_RPAD) + x;
}

// A seed: more than 10 end points and the maximum of its 5x5 neighbourhood (cut at the edge).
GR_HD bool gr_is_seed(const int* hist, int hw, int hh, int bin) {
    int c = hist[bin];
    if (c <= 10) {
        return false;
    }
    int x = bin % hw;
    int y = bin / hw;
    int ya = y - 2 < 0 ? 0 : y - 2;
    int yb = y + 2 > hh - 1 ? hh - 1 : y + 2;
    int xa = x - 2 < 0 ? 0 : x - 2;
    int xb = x + 2 > hw - 1 ? hw - 1 : x + 2;
    for (int yy = ya; yy <= yb; yy++) {
        for (int xx = xa; xx <= xb; xx++) {
            if (hist[yy * hw + xx] > c) {
                return false;
            }
        }
    }
    return true;
}

// Grows one seed inside its 11x11 window (5 rounds of 3x3 max, keeping bins with more than 2
// end points); writes the grown bins to out (at most 121) and returns how many. A seed has more
// than 10 counts, so it lies at least RPAD bins inside the histogram and the window stays in it.
GR_HD int gr_grow_seed(const int* hist, int hw, int seed, int* out) {
    int sy = seed / hw;
    int sx = seed % hw;
    unsigned char keep[GR_WINDOW * GR_WINDOW];
    unsigned char a[GR_WINDOW * GR_WINDOW];
    unsigned char b[GR_WINDOW * GR_WINDOW];
    for (int dy = 0; dy < GR_WINDOW; dy++) {
        int row = (sy - GR_HALF + dy) * hw + sx - GR_HALF;
        for (int dx = 0; dx < GR_WINDOW; dx++) {
            keep[dy * GR_WINDOW + dx] = hist[row + dx] > 2;
            a[dy * GR_WINDOW + dx] = 0;
        }
    }
    a[GR_HALF * GR_WINDOW + GR_HALF] = 1;
    unsigned char* in = a;
    unsigned char* next = b;
    for (int iter = 0; iter < 5; iter++) {
        for (int y = 0; y < GR_WINDOW; y++) {
            for (int x = 0; x < GR_WINDOW; x++) {
                unsigned char any = 0;
                for (int yy = y - 1; yy <= y + 1; yy++) {
                    for (int xx = x - 1; xx <= x + 1; xx++) {
                        if (yy >= 0 && yy < GR_WINDOW && xx >= 0 && xx < GR_WINDOW && in[yy * GR_WINDOW + xx]) {
                            any = 1;
                        }
                    }
                }
                next[y * GR_WINDOW + x] = any && keep[y * GR_WINDOW + x];
            }
        }
        unsigned char* t = in;
        in = next;
        next = t;
    }
    int n = 0;
    for (int i = 0; i < GR_WINDOW * GR_WINDOW; i++) {
        if (in[i]) {
            out[n++] = (sy - GR_HALF + i / GR_WINDOW) * hw + sx - GR_HALF + i % GR_WINDOW;
        }
    }
    return n;
}

// One pixel's squared flow error, RemoveBadFlowMasks.flowErrors: the mask's flow (float64,
// from heat diffusion) minus the network's flow / 5 (float32), squared, summed over the axes.
GR_HD double gr_flow_error(double maskY, double maskX, float netY, float netX) {
    double ey = maskY - (double) (netY / 5.0f);
    double ex = maskX - (double) (netX / 5.0f);
    return ey * ey + ex * ex;
}

#endif
