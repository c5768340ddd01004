#!/usr/bin/python3
"""Writes the tiny flow network and the fixtures DjlFlowModelTest compares against.

Run with Debian's interpreter (torch 1.13, numpy): /usr/bin/python3 python/make_test_model.py
Outputs go to segmentation-core/src/test/resources/models/ and are committed, because CI has
no torch. Deterministic: the same torch version writes the same numbers.

The network keeps Cellpose's I/O convention (N x C x H x W in, N x 3 x H x W = [dY, dX,
cellprob] out) and has one 2x down/up-sampling so that tile placement matters: its output is
only shift-equivariant for even shifts. Its receptive field radius (measured below, written to
the sidecar's provenance) is 5 px, below the blending halo the tiling test uses, so tiled and
untiled outputs must agree to float rounding everywhere.
"""
import json
import pathlib

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

import granula_reference as ref
import unet

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "segmentation-core" / "src" / "test" / "resources" / "models"
SEED = 20240611


class TinyFlowNet(nn.Module):
    """conv -> avg-pool 2 -> conv -> nearest up 2 -> concat skip -> conv (about 1 k weights)."""

    def __init__(self, nin: int = 1):
        super().__init__()
        self.enc = nn.Conv2d(nin, 8, 3, padding=1)
        self.mid = nn.Conv2d(8, 8, 3, padding=1)
        self.out = nn.Conv2d(16, 3, 3, padding=1)

    def forward(self, x):
        e = F.relu(self.enc(x))
        m = F.relu(self.mid(F.avg_pool2d(e, 2)))
        u = F.interpolate(m, scale_factor=2.0, mode="nearest")
        return self.out(torch.cat([e, u], dim=1)) * 4.0


class TracedCellposeLike(nn.Module):
    """Same weights, but returns (flows, style) like cellpose's CPnet.forward."""

    def __init__(self, net: TinyFlowNet):
        super().__init__()
        self.net = net

    def forward(self, x):
        y = self.net(x)
        return y, y.mean(dim=(2, 3))


def receptive_radius(net, size=64):
    """Largest |offset| at which an input impulse changes the output (measured, not derived)."""
    base = torch.zeros(1, 1, size, size)
    c = size // 2
    with torch.no_grad():
        y0 = net(base)
        hit = base.clone()
        hit[0, 0, c, c] = 1.0
        diff = (net(hit) - y0).abs().sum(dim=(0, 1)) > 0
    ys, xs = torch.nonzero(diff, as_tuple=True)
    return int(max((ys - c).abs().max(), (xs - c).abs().max()))


def blobs_image(height, width, rng):
    """Uint16-range image: bright discs on a sloped background with noise and a few ties."""
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float64)
    img = 800.0 + 3.0 * xx + 2.0 * yy
    for _ in range(9):
        cy, cx, r = rng.uniform(0, height), rng.uniform(0, width), rng.uniform(4, 10)
        img += 2500.0 * (np.hypot(yy - cy, xx - cx) < r)
    img += rng.normal(0, 60, img.shape)
    return np.clip(np.round(img), 0, 65535).astype(np.float32)


def sidecar(name, tile_size, traced, radius):
    return {
        "format": "granula-flow-model/1",
        "input_channels": 1,
        "normalization": {"method": "percentile", "lower": 1.0, "upper": 99.0},
        "diam_mean": 17.0,
        "output_layout": "dy,dx,cellprob",
        "flow_scale": 5.0,
        "stride": 16,
        "tile_size": tile_size,
        "traced": traced,
        "architecture": "TinyFlowNet (python/make_test_model.py)",
        "provenance": {"trained": False, "seed": SEED, "purpose": "test fixture",
                       "receptive_field_radius": radius, "torch": torch.__version__,
                       "name": name},
    }


def save_npy(name, arr):
    np.save(OUT / name, np.ascontiguousarray(arr, dtype=np.float32))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    net = TinyFlowNet().eval()
    radius = receptive_radius(net)

    scripted = torch.jit.script(net)
    scripted.save(str(OUT / "tiny-flow.pt"))
    meta = sidecar("tiny-flow", 224, False, radius)
    (OUT / "tiny-flow.json").write_text(json.dumps(meta, indent=2) + "\n")

    traced = torch.jit.trace(TracedCellposeLike(net).eval(), torch.zeros(1, 1, 64, 64))
    traced.save(str(OUT / "tiny-flow-traced.pt"))
    meta_traced = sidecar("tiny-flow-traced", 64, True, radius)
    (OUT / "tiny-flow-traced.json").write_text(json.dumps(meta_traced, indent=2) + "\n")

    # Untiled references: a stride-aligned image, an odd-sized one, and a rescaled run.
    img = blobs_image(80, 96, rng)
    save_npy("tiny-input-80x96.npy", img)
    save_npy("tiny-expected-80x96.npy", ref.predict(net, img[None], meta))
    save_npy("tiny-expected-80x96-diam12.npy", ref.predict(net, img[None], meta, diameter=12.0))
    odd = blobs_image(61, 75, rng)
    save_npy("tiny-input-61x75.npy", odd)
    save_npy("tiny-expected-61x75.npy", ref.predict(net, odd[None], meta))

    # The default architecture at toy widths: proves it scripts, loads in DJL and matches Python.
    # BatchNorm statistics are randomised so that eval-mode normalisation is really exercised.
    unet_meta = unet.export_untrained(OUT / "tiny-unet.pt", seed=SEED, diam_mean=17.0, tile_size=64,
                                      widths=(4, 8, 16))
    tiny_unet = unet.FlowUNet(widths=(4, 8, 16))
    torch.manual_seed(SEED)
    with torch.no_grad():
        for m in tiny_unet.modules():
            if isinstance(m, nn.BatchNorm2d):
                m.running_mean.uniform_(-0.2, 0.2)
                m.running_var.uniform_(0.5, 2.0)
                m.weight.uniform_(0.5, 1.5)
                m.bias.uniform_(-0.1, 0.1)
    tiny_unet.eval()
    torch.jit.script(tiny_unet).save(str(OUT / "tiny-unet.pt"))
    unet_meta["provenance"]["purpose"] = "test fixture: python/unet.py architecture at toy widths"
    (OUT / "tiny-unet.json").write_text(json.dumps(unet_meta, indent=2) + "\n")
    save_npy("tiny-unet-expected-61x75.npy", ref.predict(tiny_unet, odd[None], unet_meta))

    # numpy.percentile (linear interpolation) on values with ties, for the normaliser test.
    values = np.concatenate([np.round(rng.normal(0, 3, 600)), rng.normal(0, 3, 401)])
    values = rng.permutation(values).astype(np.float32)
    save_npy("percentile-values.npy", values)
    qs = [0.0, 0.07, 1.0, 2.55, 37.33, 50.0, 98.76, 99.0, 100.0]
    pct = {"q": qs, "values": [float(np.percentile(values.astype(np.float64), q)) for q in qs],
           "image_p1": float(np.percentile(img.astype(np.float64), 1)),
           "image_p99": float(np.percentile(img.astype(np.float64), 99))}
    (OUT / "percentiles.json").write_text(json.dumps(pct, indent=2) + "\n")

    # Bilinear resize reference: one axis up, one down, both ways.
    small = rng.uniform(0, 1, (2, 13, 17)).astype(np.float32)
    save_npy("resize-input-2x13x17.npy", small)
    save_npy("resize-expected-2x29x8.npy", ref.resize_bilinear(small, 29, 8))
    save_npy("resize-expected-2x5x40.npy", ref.resize_bilinear(small, 5, 40))

    total = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"receptive field radius {radius} px; wrote {total / 1024:.0f} KiB to {OUT}")


if __name__ == "__main__":
    main()
