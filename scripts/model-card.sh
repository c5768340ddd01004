#!/usr/bin/env bash
# Measures a flow model the way the README's model card reports it: AP@0.5/0.75 on held-out
# synthetic images of every style, across particle diameters, and on the StarDist nuclei when
# ../shared/data is present. Uses only the public commands (synth, analyze, evaluate).
#   scripts/model-card.sh [MODEL.pt] [WORKDIR]
#   ANALYZE_ARGS=--augment scripts/model-card.sh   (the same card for other analyze options)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODEL="${1:-$ROOT/models/granula-default.pt}"
WORK="${2:-$(mktemp -d)}"
G="$ROOT/granula"
read -r -a OPTS <<< "${ANALYZE_ARGS:-}"
SEED=${SEED:-900001}   # far from any training seed: these images are held out (SEED=900002 for a second set)

ap() { # pred gt -> "AP@0.5 AP@0.75 n AP@0.5-per-image AP@0.75-per-image images"
  # Pooled: every object of the set counts once (StarDist's matching_dataset); per image: the mean
  # of each image's AP (Cellpose's papers), where a sparse image weighs as much as a dense one.
  "$G" evaluate --pred "$1" --gt "$2" | python3 -c '
import json,sys
r=json.load(sys.stdin); d=r["aggregate"]; m={x["iou_threshold"]:x for x in d["metrics"]}
per=[{x["iou_threshold"]:x["ap"] for x in i["metrics"]} for i in r["images"]]
mean=lambda t: sum(p[t] for p in per)/len(per)
print("%.3f %.3f %d %.3f %.3f %d" % (m[0.5]["ap"], m[0.75]["ap"], d["n_true"], mean(0.5), mean(0.75), len(per)))'
}

printf "%-22s %8s %8s %8s %13s %13s %7s\n" "set" "AP@0.5" "AP@0.75" "objects" "AP@0.5/image" "AP@0.75/image" "images"
row() { printf "%-22s %8s %8s %8s %13s %13s %7s\n" "$@"; }
for style in sem bse tem haadf optical; do
  d="$WORK/style-$style"
  "$G" synth --out "$d" --n 20 --seed $SEED --style "$style" --size 384 --quiet >/dev/null
  "$G" analyze "$d/images" --out "$d/results" --model "$MODEL" --overwrite ${OPTS[@]+"${OPTS[@]}"} --quiet >/dev/null
  read -r a5 a75 n i5 i75 k < <(ap "$d/results" "$d/labels")
  row "style $style" "$a5" "$a75" "$n" "$i5" "$i75" "$k"
done
for diam in 8 15 30 60 100 150; do
  d="$WORK/diameter-$diam"
  lo=$(python3 -c "print(round($diam*0.85))"); hi=$(python3 -c "print(round($diam*1.15))")
  size=$(( diam >= 60 ? 768 : 384 ))
  n=$(( diam >= 100 ? 20 : 3 ))   # a 768 px field holds only ~6-15 particles of 100-150 px
  "$G" synth --out "$d" --n $n --seed $SEED --style mixed --size $size --min-diameter "$lo" --max-diameter "$hi" \
    --arrangement random --quiet >/dev/null
  "$G" analyze "$d/images" --out "$d/results" --model "$MODEL" --overwrite ${OPTS[@]+"${OPTS[@]}"} --quiet >/dev/null
  read -r a5 a75 n i5 i75 k < <(ap "$d/results" "$d/labels")
  row "diameter ${diam} px" "$a5" "$a75" "$n" "$i5" "$i75" "$k"
done
NUC="$ROOT/../shared/data/stardist"
if [ -f "$NUC/nuclei-512.tif" ]; then
  "$G" analyze "$NUC/nuclei-512.tif" --out "$WORK/stardist" --model "$MODEL" --overwrite ${OPTS[@]+"${OPTS[@]}"} --quiet >/dev/null
  read -r a5 a75 n i5 i75 k < <(ap "$WORK/stardist/nuclei-512/labels.tif" "$NUC/nuclei-512-labels.tif")
  row "stardist nuclei-512" "$a5" "$a75" "$n" "$i5" "$i75" "$k"
fi
