"""Reference (NumPy/PyTorch) version of the inference pipeline that DjlFlowModel implements.

The Java tests compare DjlFlowModel against arrays this module computes, so every step here
is the plain, untiled definition:

1. percentile normalisation per channel over the whole image (cellpose/transforms.py
   normalize99: (x - p1) / (p99 - p1), a flat channel becomes 0);
2. optional rescale by trained diameter / object diameter with bilinear interpolation on
   half-pixel centres (cv2.resize INTER_LINEAR as in cellpose transforms.resize_image; for
   these sizes torch's interpolate(bilinear, align_corners=False, antialias=False) computes
   the same thing), output size int(L * rescale) as in cellpose models._run_net;
3. zero padding to a multiple of the network stride plus stride/2 on each side
   (cellpose transforms.pad_image_ND with extra=1);
4. one forward pass, crop, reorder to (dY, dX, cellprob), flows times 5 / flow_scale;
5. resize back to the input size (flow vectors are not rescaled: Cellpose's flows are
   5x unit directions, not displacements, see models._run_net).
"""
import numpy as np
import torch
import torch.nn.functional as F


def normalize99(img, lower=1.0, upper=99.0):
    """img: (C, H, W) float32 -> normalised copy (cellpose transforms.normalize99 per channel)."""
    out = np.empty_like(img, dtype=np.float32)
    for c in range(img.shape[0]):
        x = img[c].astype(np.float64)
        p1, p99 = np.percentile(x, lower), np.percentile(x, upper)
        if p99 - p1 > 1e-3:
            out[c] = ((x - p1) / (p99 - p1)).astype(np.float32)
        else:
            out[c] = 0
    return out


def pad_amounts(length, stride):
    """(before, after) zero padding of cellpose transforms.pad_image_ND(div=stride, extra=1)."""
    lpad = int(stride * np.ceil(length / stride) - length)
    return stride // 2 + lpad // 2, stride // 2 + lpad - lpad // 2


def resize_bilinear(img, height, width):
    """img: (C, H, W) -> (C, height, width), half-pixel-centre bilinear, no antialiasing."""
    t = torch.from_numpy(np.ascontiguousarray(img, dtype=np.float32))[None]
    return F.interpolate(t, size=(height, width), mode="bilinear", align_corners=False)[0].numpy()


def first_tensor(y):
    """Cellpose nets (and traced exports of them) return (flows, style): keep the flows."""
    return y[0] if isinstance(y, (tuple, list)) else y


def run_padded(net, img, stride):
    """img: (C, H, W) normalised -> raw network output (n_out, H, W), untiled."""
    _, h, w = img.shape
    (t, b), (l, r) = pad_amounts(h, stride), pad_amounts(w, stride)
    x = np.pad(img, ((0, 0), (t, b), (l, r)))
    with torch.no_grad():
        y = first_tensor(net(torch.from_numpy(x)[None]))[0].numpy()
    return y[:, t:t + h, l:l + w]


def predict(net, raw, sidecar, diameter=None):
    """raw: (C, H, W) image as read from file -> (3, H, W) float32 [dY, dX, cellprob]."""
    c, h, w = raw.shape
    norm = sidecar["normalization"]
    img = normalize99(raw.astype(np.float32), norm["lower"], norm["upper"])
    rescale = 1.0 if diameter is None else sidecar["diam_mean"] / diameter
    rh, rw = int(h * rescale), int(w * rescale)
    if (rh, rw) != (h, w):
        img = resize_bilinear(img, rh, rw)
    y = run_padded(net, img, sidecar["stride"])
    layout = [s.strip() for s in sidecar["output_layout"].split(",")]
    y = np.stack([y[layout.index("dy")], y[layout.index("dx")], y[layout.index("cellprob")]])
    y[:2] *= 5.0 / sidecar["flow_scale"]
    if (rh, rw) != (h, w):
        y = resize_bilinear(y, h, w)
    return y.astype(np.float32)
