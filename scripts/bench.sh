#!/usr/bin/env bash
# Runs Granula's benchmarks (main classes in the modules' test sources), each printing its
# figures as ratios against a baseline measured in the same run. 2 threads, as on a lab PC.
#   scripts/bench.sh [dynamics|heat|masks-cold|large|seams|gpu|forward|measure|filter|evaluation|report|scalebar|scalebar-accuracy|scalebar-heldout|project|viewer|edit|filter-gui|finetune|real|all] [ARGS...]
#   (real: accuracy and per-stage time of analyze on ../shared/data/real, see scripts/real-bench.sh; not in all)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
what="${1:-all}"; shift || true

classpath() { # module -> test classpath
  local m=$1
  [ -f "$m/target/bench.cp" ] && [ "$m/target/bench.cp" -nt "$m/pom.xml" ] && [ -d "$m/target/test-classes" ] \
    || mvn -B -q -pl "$m" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
         -Dmdep.outputFile=target/bench.cp >&2
  echo "$m/target/test-classes:$m/target/classes:$(cat "$m/target/bench.cp")"
}
run() { # module heap class args...
  local m=$1 heap=$2 cls=$3; shift 3
  echo "== $cls $*"
  java "-Xmx$heap" -Dai.djl.offline=true ${JAVA_OPTS_EXTRA:-} -cp "$(classpath "$m")" "$cls" "$@"
}
unet() { # the untrained default architecture, for the forward-pass benchmark
  local f="$ROOT/segmentation-core/target/bench-models/granula-unet-init.pt"
  if [ -f "$ROOT/models/granula-default.pt" ]; then echo "$ROOT/models/granula-default.pt"; return; fi
  [ -f "$f" ] || /usr/bin/python3 python/unet.py --out "$f" >&2
  echo "$f"
}

gpu_full_analysis() { # one synthetic 8192x8192 SEM image through analyze on each device, wall time each
  local d dev s e
  d=$(mktemp -d)
  ./granula synth --out "$d/synth" --n 1 --seed 8192 --size 8192 --style sem --count 6000 \
    --min-diameter 20 --max-diameter 80 --quiet
  for dev in cpu gpu; do
    s=$(date +%s%N)
    GRANULA_JAVA_OPTS="${GRANULA_JAVA_OPTS:--Xmx16g}" ./granula analyze "$d"/synth/images/*.tif --out "$d/$dev" \
      --device "$dev" --quiet
    e=$(date +%s%N)
    echo "8192x8192 analyze --device $dev: $(( (e - s) / 1000000 )) ms ($(($(wc -l < "$d/$dev/summary.csv") - 1)) image)"
  done
  echo "(model inference runs on the CPU in both unless the app was built with -Pgpu-inference)"
  rm -rf "$d"
}

case "$what" in
  dynamics)   run segmentation-core 2g io.granula.core.bench.DynamicsBench "$@" ;;
  # flow QC's heat diffusion of label images, one thread: best CPU s of 3 and a hash of the flows (equal hashes:
  # the same flows to the bit): [LABELS.tif...] (default: two sem-powder ground-truth label images)
  heat) [ $# -gt 0 ] || set -- ../shared/data/real/sem-powder/labels/Sc1Tile_001-001-000_0-000.tif \
          ../shared/data/real/sem-powder/labels/Sc2Tile_010-006-000_0-000.tif
        run segmentation-core 2g io.granula.core.bench.HeatDiffusionBench "$@" ;;
  # ./granula masks one process per call (cold, as a user runs it) on ideal flows: [REPEATS SIZES...] (default 3 1024 2048 4096).
  # cpu = process CPU ms during the dynamics (JIT and GC threads included); on a busy machine cpu/2 estimates the quiet 2-core wall time.
  masks-cold) repeats="${1:-3}"; shift || true; [ $# -gt 0 ] || set -- 1024 2048 4096
              cp="$(classpath segmentation-core)"; ./granula --version >/dev/null  # builds the launcher's jar first
              dir="$ROOT/segmentation-core/target/bench-flows"; mkdir -p "$dir"
              echo "== ./granula masks, cold per process, 2 threads, median of $repeats; x = Cellpose (design notes) / ours"
              echo "size  QC   dyn_ms  dyn_cpu_ms  process_ms  cellpose_ms  x_wall  x_cpu/2"
              for size in "$@"; do
                f="$dir/ideal-$size.npy"
                [ -f "$f" ] || java -Xmx3g -cp "$cp" io.granula.core.bench.IdealFlowsFile "$f" "$size"
                for qc in 0.4 0; do
                  for _ in $(seq "$repeats"); do
                    t0=$(date +%s%N)
                    line="$(./granula masks --flows "$f" --out "$dir/labels-$size.tif" --threads 2 --quiet --flow-threshold "$qc")"
                    echo "$(( ($(date +%s%N) - t0) / 1000000 )) $line"
                  done | python3 -c '
import json, statistics, sys
size, qc = int(sys.argv[1]), float(sys.argv[2]) > 0
runs = [(float(l.split(" ", 1)[0]), json.loads(l.split(" ", 1)[1])) for l in sys.stdin]
cp = {512: (600, 130), 1024: (3000, 700), 2048: (21000, 2700), 4096: (86000, 11600)}.get(size, (float("nan"),) * 2)[0 if qc else 1]
dyn = statistics.median(r[1]["ms"]["dynamics"] for r in runs)
cpu = statistics.median(r[1]["cpu_ms"]["dynamics"] for r in runs)
print("%-5d %-4s %7.0f %11.0f %11.0f %12.0f %7.1f %8.1f" % (size, "yes" if qc else "no", dyn, cpu,
      statistics.median(r[0] for r in runs), cp, cp / dyn, cp / (cpu / 2)))' "$size" "$qc"
                done
              done ;;
  # ./granula analyze of one SIZE x SIZE micrograph (a 2048 px synthetic SEM image tiled), default model, 2 threads,
  # at the heap the issue allows (4 GB up to 8192 px, 8 GB above; HEAP=1g overrides): [SIZE] (default 8192). Prints wall and CPU time,
  # the largest heap left after a collection (from the GC log), peak resident memory and the slowest stages.
  large) size="${1:-8192}"; heap=4g; [ "$size" -le 8192 ] || heap=8g; heap="${HEAP:-$heap}"
         cp="$(classpath segmentation-core)"; ./granula --version >/dev/null
         dir="$ROOT/segmentation-core/target/bench-large"; mkdir -p "$dir"
         [ -f "$dir/synth/images/synth_00000.tif" ] || ./granula synth --out "$dir/synth" --n 1 --seed 3 --size 2048 \
             --style sem --arrangement touching --quiet >/dev/null
         img="$dir/tiled-$size.tif"
         [ -f "$img" ] || java -Xmx2g -cp "$cp" io.granula.core.bench.TiledImageFile "$dir/synth/images/synth_00000.tif" "$img" "$size"
         rm -rf "$dir/out-$size"
         echo "== ./granula analyze $img (${size}x${size}), -Xmx$heap, --device cpu, 2 threads; target: within 600 s"
         set +e
         GRANULA_JAVA_OPTS="-Xmx$heap -XX:ActiveProcessorCount=2 -Xlog:gc:file=$dir/gc-$size.log" \
             /usr/bin/time -f "wall_s %e cpu_s %U+%S peak_rss_kb %M" -o "$dir/time-$size.txt" \
             ./granula analyze "$img" --out "$dir/out-$size" --device cpu >"$dir/analyze-$size.log" 2>&1
         rc=$?; set -e
         tail -n 2 "$dir/analyze-$size.log"
         echo "exit $rc; $(cat "$dir/time-$size.txt" | tail -n 1)"
         python3 - "$dir/gc-$size.log" "$dir/out-$size" <<'PY'
import glob, json, re, sys
after = [int(m) for m in re.findall(r"->(\d+)M\(", open(sys.argv[1]).read())]
print("largest heap after a collection: %d MB (%d collections)" % (max(after, default=0), len(after)))
for run in glob.glob(sys.argv[2] + "/*/run.json"):
    stages = json.load(open(run))["stage_ms"]
    print("slowest stages (s): " + ", ".join("%s %.0f" % (k, v / 1e3) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])[:6]))
PY
         ;;
  # Issue 19's seam check: the default model over a SIZE x SIZE micrograph (the large case's tiled synthetic image)
  # in its usual 256 px tiles and as one tile, then the CPU dynamics; prints AP@0.5/0.75/0.9 of tiled against
  # untiled masks (target AP@0.5 >= 0.99): [SIZE] (default 4096). The single tile needs about 8 GB of native memory at 4096.
  seams) size="${1:-4096}"; dir="$ROOT/segmentation-core/target/bench-large"; mkdir -p "$dir"
         cp="$(classpath segmentation-core)"
         [ -f "$dir/synth/images/synth_00000.tif" ] || ./granula synth --out "$dir/synth" --n 1 --seed 3 --size 2048 \
             --style sem --arrangement touching --quiet >/dev/null
         [ -f "$dir/tiled-$size.tif" ] || java -Xmx2g -cp "$cp" io.granula.core.bench.TiledImageFile \
             "$dir/synth/images/synth_00000.tif" "$dir/tiled-$size.tif" "$size"
         run segmentation-core 3g io.granula.core.bench.TiledSeamBench "$ROOT/models/granula-default.pt" "$dir/tiled-$size.tif" ;;
  forward)    run segmentation-core 4g io.granula.core.bench.ModelForwardBench "$(unet)" 2 "$@" ;;
  measure)    run segmentation-core 6g io.granula.core.bench.MeasureBenchmark "$@" ;;
  filter)     run segmentation-core 2g io.granula.core.bench.FilterBenchmark "$@" ;;
  evaluation) [ $# -gt 0 ] || set -- 1024 2048 4096; run segmentation-core 2g io.granula.core.eval.bench.EvaluationBench "$@" ;;
  report)     run reports 3g io.granula.reports.bench.ReportBenchmark "$@" ;;
  scalebar)   run scalebar 2g io.granula.scalebar.bench.ScaleBarBenchmark "$@" ;;
  # project store: IMAGES SIZE PARTICLES EDITS (default 30 2048 2000 200)
  project)    run app 4g io.granula.app.project.ProjectBenchmark "$@" ;;
  # accuracy on generated images, misses listed: [--dotproduct=M] SEEDS (e.g. 11-18,2026) [PER_STYLE WITHOUT_BAR MIN_W MAX_W DUMP_DIR]
  scalebar-accuracy) run scalebar 1g io.granula.scalebar.bench.ScaleBarEvaluation "$@" ;;
  # accuracy per kind and per seed on the independent held-out generator (issue 16): SEED[,SEED..] [PER_KIND WITHOUT_PER_KIND DUMP_DIR|- KINDS]
  scalebar-heldout) run scalebar 1g io.granula.scalebar.heldout.HeldOutEvaluation "$@" ;;
  # workbench viewer frame time, headless Monocle with software Prism, smoothed while moving (before) and not (now): [SIZE PARTICLES FRAMES ROUNDS]
  viewer) JAVA_OPTS_EXTRA="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32 -Djavafx.animation.fullspeed=true"
          run app 5g io.granula.app.gui.bench.ViewerBench "$@" ;;
  # hand correction, mouse release to updated chart data: [SIZE PARTICLES EDITS] (default 2048 5000 200)
  edit) JAVA_OPTS_EXTRA="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32"
        run app 3g io.granula.app.gui.bench.EditBench "$@" ;;
  # workbench following a filter change with every view open: [PARTICLES STEPS] (default 20000 60)
  filter-gui) JAVA_OPTS_EXTRA="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32"
          run app 3g io.granula.app.gui.bench.FilterFollowBench "$@" ;;
  # correct-and-retrain on real TEM images, AP@0.5 before/after on the held-out test set: [IMAGES CORRECTED EPOCHS LR] (default 6 4 5 0.005; ~25 min on 2 busy cores; not in all)
  finetune)   run app 6g io.granula.app.service.FineTuneBench "$@" ;;
  real)       "$ROOT/scripts/real-bench.sh" "$@" ;;
  # flows to masks on CPU and GPU, same flows, ratio and identical labels: [SIZES] [--threads N] [--repeats N];
  # then, when a GPU is usable, one 8192x8192 analyze per device (GRANULA_JAVA_OPTS, default -Xmx16g)
  gpu) log=$(mktemp); run gpu-native 8g io.granula.gpu.bench.GpuDynamicsBench "$@" | tee "$log"
       if grep -q '^GPU: ' "$log"; then gpu_full_analysis; else echo "no GPU: the 8192x8192 analyses per device are skipped"; fi
       rm -f "$log" ;;
  all) for b in dynamics forward measure filter evaluation report scalebar project viewer edit filter-gui; do "$0" "$b"; done ;;
  *) echo "unknown benchmark '$what'" >&2; exit 2 ;;
esac
