#!/usr/bin/python3
"""Granula's default flow network: a small residual U-Net in Cellpose's I/O convention.

    /usr/bin/python3 python/unet.py --out models/granula-unet-init.pt [--channels 1] [--seed 0]

writes an untrained TorchScript (torch.jit.script, so DJL can fine-tune it from Java) model
and its sidecar `<name>.json`. Training happens in Java (`granula train --init`).

Architecture, after cellpose/resnet_torch.py (CPnet) but smaller and without the style branch:
- 4 levels of widths 16, 32, 64, 128; 2x max-pool down, 2x nearest up (as CPnet);
- every block is residual and pre-activated (BatchNorm -> ReLU -> 3x3 conv, twice, plus the
  input, projected by BatchNorm -> 1x1 conv where the width changes), CPnet's resdown/resup
  reduced to one pair of convs;
- decoder adds the skip features as CPnet does (not the classic U-Net concatenation, which
  triples the cost of the first decoder conv at every level), after narrowing the deeper
  features with a 1x1 conv at their own resolution;
- head: BatchNorm -> ReLU -> 1x1 conv to 3 channels [dY, dX, cellprob] (flows in 5x units).
CPnet's style vector (a global average of the deepest features added to every decoder
block) is left out on purpose: it makes a tile's output depend on the whole tile, so tiles
disagree; without it the output at a pixel depends only on a window around it.

About 0.41 M parameters. Input sizes must be multiples of 8 (three 2x poolings).
The sizes were chosen for issue 3 item 6 (forward pass at 1024 x 1024 within 2 s on 2 CPU
cores through DJL); ModelForwardBench measures it. Concatenating skips (0.52 M parameters)
cost 1.7x as much (torch 1.13, one thread, 1024 x 1024). The sidecar's tile size 256 was the fastest in a sweep over 128, 256, 512
and the whole image at 1024 x 1024 (single-thread CPU seconds 1.25, 0.98, 1.73, 1.48): big
tiles spill the activations out of the caches, small ones pay for their overlap.
"""
import argparse
import json
import pathlib
from typing import List

import torch
import torch.nn as nn
import torch.nn.functional as F

WIDTHS = (16, 32, 64, 128)


def bn_relu_conv(cin: int, cout: int, k: int = 3) -> nn.Sequential:
    return nn.Sequential(nn.BatchNorm2d(cin, eps=1e-5, momentum=0.05), nn.ReLU(inplace=True),
                         nn.Conv2d(cin, cout, k, padding=k // 2))


class ResBlock(nn.Module):
    """Pre-activation residual block (He et al. 2016, as cellpose resnet_torch.resdown): two
    BN-ReLU-3x3 convs plus the input, projected by BN-1x1 conv when the width changes."""

    def __init__(self, cin: int, cout: int):
        super().__init__()
        if cin == cout:
            self.proj = nn.Identity()
        else:
            self.proj = nn.Sequential(nn.BatchNorm2d(cin, eps=1e-5, momentum=0.05), nn.Conv2d(cin, cout, 1))
        self.conv1 = bn_relu_conv(cin, cout)
        self.conv2 = bn_relu_conv(cout, cout)

    def forward(self, x):
        return self.proj(x) + self.conv2(self.conv1(x))


class FlowUNet(nn.Module):
    def __init__(self, nin: int = 1, nout: int = 3, widths=WIDTHS):
        super().__init__()
        self.down = nn.ModuleList()
        cin = nin
        for w in widths:
            self.down.append(ResBlock(cin, w))
            cin = w
        self.lateral = nn.ModuleList()
        self.up = nn.ModuleList()
        for i in range(len(widths) - 2, -1, -1):
            self.lateral.append(bn_relu_conv(widths[i + 1], widths[i], 1))
            self.up.append(ResBlock(widths[i], widths[i]))
        self.head = bn_relu_conv(widths[0], nout, 1)

    def forward(self, x):
        skips: List[torch.Tensor] = []
        for i, block in enumerate(self.down):
            if i > 0:
                x = F.max_pool2d(x, 2)
            x = block(x)
            skips.append(x)
        n = len(skips)
        for j, (lateral, block) in enumerate(zip(self.lateral, self.up)):
            # Narrow before upsampling: a 1x1 conv commutes with nearest upsampling, so this is
            # the same as CPnet's upsample-then-project at a quarter of the cost.
            x = F.interpolate(lateral(x), scale_factor=2.0, mode="nearest")
            x = block(x + skips[n - 2 - j])
        return self.head(x)


def stride_of(widths=WIDTHS) -> int:
    return 2 ** (len(widths) - 1)


def count_parameters(net: nn.Module) -> int:
    return sum(p.numel() for p in net.parameters())


def export_untrained(out: pathlib.Path, channels: int = 1, seed: int = 0,
                     diam_mean: float = 30.0, tile_size: int = 256, widths=WIDTHS) -> dict:
    """Writes `out` (TorchScript, scripted) and `out.with_suffix('.json')`; returns the sidecar."""
    torch.manual_seed(seed)
    net = FlowUNet(nin=channels, widths=widths).eval()
    scripted = torch.jit.script(net)
    out.parent.mkdir(parents=True, exist_ok=True)
    scripted.save(str(out))
    meta = {
        "format": "granula-flow-model/1",
        "input_channels": channels,
        "normalization": {"method": "percentile", "lower": 1.0, "upper": 99.0},
        "diam_mean": diam_mean,
        "output_layout": "dy,dx,cellprob",
        "flow_scale": 5.0,
        "stride": stride_of(widths),
        "tile_size": tile_size,
        "traced": False,
        "architecture": f"FlowUNet widths={list(widths)} (python/unet.py)",
        "provenance": {"trained": False, "seed": seed, "parameters": count_parameters(net),
                       "torch": torch.__version__},
    }
    out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=pathlib.Path, required=True, help="model file to write (.pt)")
    p.add_argument("--channels", type=int, default=1, choices=(1, 2))
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--diam-mean", type=float, default=30.0)
    p.add_argument("--tile-size", type=int, default=256)
    a = p.parse_args()
    meta = export_untrained(a.out, a.channels, a.seed, a.diam_mean, a.tile_size)
    print(f"wrote {a.out} ({meta['provenance']['parameters']} parameters)")


if __name__ == "__main__":
    main()
