// Host build of the CUDA kernels' per-pixel logic (granula_dynamics.cuh), run serially in the
// kernels' order, so that the build can check on a machine without a GPU that the kernels'
// arithmetic gives the Java CPU path's labels (gpu-native's HostKernelsMatchCpuTest).
//
//   dynamics_host masks W H NITER THRESHOLD FLOWS.f32 LABELS.i32
//     FLOWS: raw little-endian float32 planes dy, dx, cellprob (3*H*W values).
//     LABELS: raw int32, the label of each pixel's end bin (seed index + 1, 0 = none), before the
//     big-mask removal and renumbering that CudaPixelDynamics does in Java on the downloaded labels.
//   dynamics_host flow-error N MASK.f64 NET.f32 LABELS.i32 ERRORS.f64
//     MASK: float64 planes maskY, maskX; NET: float32 planes netY, netX; LABELS int32 (N each).
//     ERRORS: float64, each pixel's squared flow error (0 outside masks), as gr_flow_error_kernel.
// Exit 0 on success, 2 on bad usage or unreadable input (one line on stderr).
#include "../granula_dynamics.cuh"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

template <typename T>
static bool readAll(const char* path, std::vector<T>& v) {
    FILE* f = std::fopen(path, "rb");
    if (!f) {
        return false;
    }
    size_t got = std::fread(v.data(), sizeof(T), v.size(), f);
    bool extra = std::fgetc(f) != EOF;
    std::fclose(f);
    return got == v.size() && !extra;
}

template <typename T>
static bool writeAll(const char* path, const std::vector<T>& v) {
    FILE* f = std::fopen(path, "wb");
    if (!f) {
        return false;
    }
    size_t put = std::fwrite(v.data(), sizeof(T), v.size(), f);
    return std::fclose(f) == 0 && put == v.size();
}

static int fail(const std::string& message) {
    std::fprintf(stderr, "dynamics_host: %s\n", message.c_str());
    return 2;
}

static int masks(int w, int h, int niter, float threshold, const char* in, const char* out) {
    size_t n = (size_t) w * h;
    std::vector<float> flows(3 * n);
    if (!readAll(in, flows)) {
        return fail(std::string("cannot read ") + std::to_string(3 * n) + " float32 values from " + in);
    }
    const float* dy = flows.data();
    const float* dx = dy + n;
    const float* cp = dx + n;
    // gr_step_field_kernel; sx, sy as Java's (float) (2.0 / (L - 1))
    std::vector<float> field(2 * (size_t) (w + 2) * (h + 2), 0.0f);
    float sx = (float) (2.0 / (w - 1));
    float sy = (float) (2.0 / (h - 1));
    for (size_t i = 0; i < n; i++) {
        gr_step_field_value(dy, dx, cp, threshold, sx, sy, w, (int) i, field.data());
    }
    std::vector<int> pixels;
    for (size_t i = 0; i < n; i++) {
        if (cp[i] > threshold) {
            pixels.push_back((int) i);
        }
    }
    // gr_follow_kernel
    GrGeometry g = {w, h, (float) w / 2.0f, (float) h / 2.0f, (float) (w - 1), (float) (h - 1)};
    std::vector<int> bins(pixels.size());
    for (size_t j = 0; j < pixels.size(); j++) {
        float gx;
        float gy;
        gr_start(pixels[j], g, &gx, &gy);
        gr_follow(field.data(), g, niter, &gx, &gy);
        bins[j] = gr_end_bin(gx, gy, g);
    }
    // gr_histogram_kernel
    int hw = w + 2 * GR_RPAD;
    int hh = h + 2 * GR_RPAD;
    std::vector<int> hist((size_t) hw * hh, 0);
    for (int b : bins) {
        hist[b]++;
    }
    // gr_seeds_kernel, then the host sort CudaPixelDynamics does
    std::vector<unsigned long long> keys;
    for (int b = 0; b < hw * hh; b++) {
        if (gr_is_seed(hist.data(), hw, hh, b)) {
            keys.push_back(((unsigned long long) hist[b] << 32) | (unsigned long long) b);
        }
    }
    std::sort(keys.begin(), keys.end());
    // gr_grow_kernel
    std::vector<int> binLabel(hist.size(), 0);
    int grown[GR_WINDOW * GR_WINDOW];
    for (size_t k = 0; k < keys.size(); k++) {
        int count = gr_grow_seed(hist.data(), hw, (int) (keys[k] & 0xffffffffULL), grown);
        for (int i = 0; i < count; i++) {
            binLabel[grown[i]] = std::max(binLabel[grown[i]], (int) k + 1);
        }
    }
    // gr_assign_kernel
    std::vector<int> labels(n, 0);
    for (size_t j = 0; j < pixels.size(); j++) {
        labels[pixels[j]] = binLabel[bins[j]];
    }
    if (!writeAll(out, labels)) {
        return fail(std::string("cannot write ") + out);
    }
    return 0;
}

static int flowError(long n, const char* maskPath, const char* netPath, const char* labelPath, const char* out) {
    std::vector<double> mask(2 * n);
    std::vector<float> net(2 * n);
    std::vector<int> labels(n);
    if (!readAll(maskPath, mask) || !readAll(netPath, net) || !readAll(labelPath, labels)) {
        return fail("cannot read the flow-error inputs");
    }
    std::vector<double> error(n);
    for (long i = 0; i < n; i++) {
        error[i] = labels[i] != 0 ? gr_flow_error(mask[i], mask[n + i], net[i], net[n + i]) : 0.0;
    }
    if (!writeAll(out, error)) {
        return fail(std::string("cannot write ") + out);
    }
    return 0;
}

int main(int argc, char** argv) {
    std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "masks" && argc == 8) {
        int w = std::atoi(argv[2]);
        int h = std::atoi(argv[3]);
        int niter = std::atoi(argv[4]);
        if (w < 2 || h < 2 || niter < 0) {
            return fail("width and height must be at least 2 and niter at least 0");
        }
        return masks(w, h, niter, std::strtof(argv[5], nullptr), argv[6], argv[7]);
    }
    if (mode == "flow-error" && argc == 7) {
        long n = std::atol(argv[2]);
        if (n < 1) {
            return fail("N must be at least 1");
        }
        return flowError(n, argv[3], argv[4], argv[5], argv[6]);
    }
    return fail("usage: dynamics_host masks W H NITER THRESHOLD FLOWS.f32 LABELS.i32 | "
                "flow-error N MASK.f64 NET.f32 LABELS.i32 ERRORS.f64");
}
