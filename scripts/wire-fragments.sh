#!/usr/bin/env bash
# Issue 20 item 3: how many pieces a wire or rod 20-1000 px long comes out in with analyze's defaults.
# Synthetic sparse wires and rods (1024 px fields, mixed styles), analysed, then per wire: length,
# fragments, covered fraction (scripts/tools/WireFragments.java). Usage: scripts/wire-fragments.sh [N_IMAGES] [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-4}
out=${2:-/tmp/granula-wire-fragments}
rm -rf "$out"
./granula synth --out "$out/synth" --n "$n" --seed 20 --kinds wire,rod --arrangement sparse --count 6 \
    --min-diameter 20 --max-diameter 1000 --size 1024 --quiet
./granula analyze "$out/synth/images" --out "$out/pred" > "$out/analyze.log" 2>&1 || true
java -cp segmentation-core/target/segmentation-core-0.1.0.jar scripts/tools/WireFragments.java \
    "$out/synth/labels" "$out/pred" | tee "$out/fragments.txt"
awk '{split($4, f, "="); c[f[2]]++} END {for (k in c) print "wires in", k, "fragment(s):", c[k]}' "$out/fragments.txt"
