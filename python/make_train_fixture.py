#!/usr/bin/python3
"""Writes the tiny trainable U-Net the training tests fine-tune from Java.

    /usr/bin/python3 python/make_train_fixture.py

Same architecture as the default model (python/unet.py, FlowUNet: residual blocks, BatchNorm,
scripted so DJL can train it) but widths (4, 8), about 1.6 k parameters, so a training step on
a 32 x 32 crop takes milliseconds. Output is committed to
segmentation-core/src/test/resources/train/ because CI has no torch.
"""
import json
import pathlib
import sys

import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "python"))
import unet  # noqa: E402

OUT = ROOT / "segmentation-core" / "src" / "test" / "resources" / "train"
WIDTHS = (4, 8)


def main():
    torch.manual_seed(3)
    net = unet.FlowUNet(nin=1, widths=WIDTHS).eval()
    OUT.mkdir(parents=True, exist_ok=True)
    torch.jit.script(net).save(str(OUT / "tiny-unet.pt"))
    meta = {
        "format": "granula-flow-model/1",
        "input_channels": 1,
        "normalization": {"method": "percentile", "lower": 1.0, "upper": 99.0},
        "diam_mean": 12.0,
        "output_layout": "dy,dx,cellprob",
        "flow_scale": 5.0,
        "stride": 2 ** (len(WIDTHS) - 1),
        "tile_size": 32,
        "traced": False,
        "architecture": f"FlowUNet widths={list(WIDTHS)} (python/make_train_fixture.py)",
        "provenance": {"trained": False, "seed": 3, "parameters": unet.count_parameters(net)},
    }
    (OUT / "tiny-unet.json").write_text(json.dumps(meta, indent=2) + "\n")
    print("parameters", unet.count_parameters(net))


if __name__ == "__main__":
    main()
