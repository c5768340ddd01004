#!/usr/bin/env bash
# Runs Granula's benchmarks (main classes in the modules' test sources), each printing its
# figures as ratios against a baseline measured in the same run. 2 threads, as on a lab PC.
#   scripts/bench.sh [dynamics|forward|measure|filter|evaluation|report|scalebar|scalebar-accuracy|scalebar-heldout|project|viewer|edit|filter-gui|finetune|real|all] [ARGS...]
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

case "$what" in
  dynamics)   run segmentation-core 2g io.granula.core.bench.DynamicsBench "$@" ;;
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
  # accuracy per kind on the independent held-out generator (issue 16): SEED [PER_KIND WITHOUT_PER_KIND DUMP_DIR|- KINDS]
  scalebar-heldout) run scalebar 1g io.granula.scalebar.heldout.HeldOutEvaluation "$@" ;;
  # workbench viewer frame time, headless Monocle with software Prism: [SIZE PARTICLES FRAMES]
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
  all) for b in dynamics forward measure filter evaluation report scalebar project viewer edit filter-gui; do "$0" "$b"; done ;;
  *) echo "unknown benchmark '$what'" >&2; exit 2 ;;
esac
