#!/usr/bin/env bash
# Accuracy and speed of `analyze` (defaults, 2 threads) on the real micrographs in ../shared/data/real:
# AP@0.5/0.75 per labelled set with `granula evaluate` (pooled and per image), and per image the wall
# and CPU time (median, p90, max) with the CPU split from run.json's stage_ms (read, scale bar, network
# and dynamics of every pass, confidence, measure). Each JAR given is measured in the same run (e.g. a build of main as the baseline): on each
# set one JAR after the other, so that a machine shared with others loads them alike.
#   scripts/bench.sh real [JAR...]          (default: app/target/granula.jar)
#   SETS="tem sem-powder" LIMIT=5 scripts/bench.sh real   (LIMIT: the first N images of each set)
#   SETS=steel-valid: sem-spheroidite's two valid_ images; THREADS=N: analyze --threads N (default 2)
#   FULL=1 also times the 2048 px STEM images; SETS=stem1024: only the 1024 x 1024 STEM images (time only)
# Seconds are given as wall and as process CPU (run.json's *.cpu stage keys): on a shared machine wall time
# grows with the load and CPU time much less, so compare runs by CPU.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${DATA:-$ROOT/../shared/data/real}"
WORK="${WORK:-$(mktemp -d)}"
[ -d "$DATA" ] || { echo "no real data at $DATA: nothing to measure" >&2; exit 0; }
[ $# -gt 0 ] || { "$ROOT/granula" --version >/dev/null; set -- "$ROOT/app/target/granula.jar"; }
SETS="${SETS:-tem sem-powder sem-spheroidite stem}"

images() { # set -> folder of images (LIMIT=N: the first N; the STEM set without its 2048 px images unless FULL=1)
  case "$1" in
    tem) limited "$1" "$DATA/tem-sintering/test/images" ;;
    sem-powder) limited "$1" "$DATA/sem-powder/images" ;;
    sem-spheroidite) limited "$1" "$DATA/sem-spheroidite/images" ;;
    steel-valid) local d="$WORK/$1-images"; mkdir -p "$d"; ln -sf "$DATA"/sem-spheroidite/images/valid_* "$d/"; echo "$d" ;;
    stem|stem1024)
      local d="$WORK/$1-images" w; mkdir -p "$d"
      for f in "$DATA"/stem-catalyst-boxes/images/*.jpg; do
        w="$(python3 -c "import struct,sys
d=open(sys.argv[1],'rb').read(); i=2
while True:
  m=d[i+1]; n=struct.unpack('>H',d[i+2:i+4])[0]
  if m in (0xC0,0xC1,0xC2): print(struct.unpack('>H',d[i+7:i+9])[0]); break
  i+=2+n" "$f")"
        if [ "$1" = stem1024 ]; then [ "$w" = 1024 ] && ln -sf "$f" "$d/"
        elif [ "${FULL:-0}" = 1 ] || [ "$w" -le 1024 ]; then ln -sf "$f" "$d/"; fi
      done
      echo "$d" ;;
  esac
}
limited() { # set folder -> the folder, or a folder of links to its first $LIMIT images
  if [ -z "${LIMIT:-}" ]; then echo "$2"; return; fi
  local d="$WORK/$1-images"; mkdir -p "$d"
  ls "$2" | sort | head -n "$LIMIT" | while read -r f; do ln -sf "$2/$f" "$d/$f"; done
  echo "$d"
}
labels() {
  case "$1" in
    tem) echo "$DATA/tem-sintering/test/labels" ;;
    sem-powder) echo "$DATA/sem-powder/labels" ;;
    sem-spheroidite|steel-valid) echo "$DATA/sem-spheroidite/labels" ;;
    *) echo "" ;;
  esac
}

for set in $SETS; do
  k=0
  for jar in "$@"; do
    k=$((k + 1))
    out="$WORK/run$k/$set"; mkdir -p "$WORK/run$k"
    timed=(); [ -x /usr/bin/time ] && timed=(/usr/bin/time -f "%U %S %e" -o "$out.time")  # process CPU of the batch
    ${timed[@]+"${timed[@]}"} java ${GRANULA_JAVA_OPTS:--Xmx4g} -Dai.djl.offline=true -Dgranula.home="$ROOT" -jar "$jar" analyze "$(images "$set")" \
      --out "$out" --threads "${THREADS:-2}" --overwrite --quiet ${ANALYZE_ARGS:-} > "$out.log" 2>"$out.err" || true
    gt="$(labels "$set")"
    if [ -n "$gt" ]; then
      java -Dai.djl.offline=true -jar "$jar" evaluate --pred "$out" --gt "$gt" > "$out.eval.json" 2>/dev/null || true
    fi
  done
done

python3 - "$WORK" "$SETS" "$@" <<'EOF'
import json, math, os, re, statistics, sys
work, sets, jars = sys.argv[1], sys.argv[2].split(), sys.argv[3:]
def pct(xs, q):  # nearest-rank percentile
    return sorted(xs)[max(0, math.ceil(q * len(xs)) - 1)]
def dist(xs):
    return ("%.2f %.2f %.2f" % (statistics.median(xs), pct(xs, 0.9), max(xs))) if xs else "- - -"
print("real images, analyze defaults, --threads 2; seconds per image (median p90 max); AP from granula evaluate")
print("cpu = process CPU seconds of the image's stages (run.json stage_ms *.cpu: read to measure, not the writing)")
print("%-4s %-16s %6s %6s %6s %6s %4s | %-17s | %-17s | %5s %5s %5s %5s %5s %5s %5s" % ("run", "set", "AP.5", "AP.75",
      "AP.5/i", "objs", "imgs", "wall med p90 max", "cpu med p90 max", "read", "scbar", "net1", "netX", "dyn",
      "conf", "meas"))
rest = []
for k, jar in enumerate(jars, 1):
    for s in sets:
        out = os.path.join(work, "run%d" % k, s)
        walls = []
        for line in open(out + ".log"):
            m = re.search(r": \d+ particles .*, ([0-9.]+) s$", line.strip())
            if m:
                walls.append(float(m.group(1)))
        split, cpus = {}, []
        for d in sorted(os.listdir(out)) if os.path.isdir(out) else []:
            f = os.path.join(out, d, "run.json")
            if not os.path.isfile(f):
                continue
            ms = json.load(open(f)).get("stage_ms", {})
            cpu = {key[:-4]: v for key, v in ms.items() if key.endswith(".cpu")}
            if cpu:
                cpus.append(sum(cpu.values()) / 1000)
            src = cpu or {key: v for key, v in ms.items() if "dynamics_" not in key or key.endswith("dynamics_total")}
            def tot(pred):
                return sum(v for key, v in src.items() if pred(key)) / 1000
            parts = {"read": tot(lambda x: x == "read"), "scalebar": tot(lambda x: x in ("scalebar", "annotations")),
                     "net1": tot(lambda x: x == "network"),
                     "netX": tot(lambda x: x.endswith("network") and x != "network"),
                     "dyn": tot(lambda x: x.endswith("dynamics") or x.endswith("dynamics_total")),
                     "conf": tot(lambda x: x == "confidence"), "meas": tot(lambda x: x == "measure")}
            for key, v in parts.items():
                split.setdefault(key, []).append(v)
        ap = ["", "", "", ""]
        ev = out + ".eval.json"
        if os.path.isfile(ev) and os.path.getsize(ev) > 0:
            r = json.load(open(ev))
            m = {x["iou_threshold"]: x for x in r["aggregate"]["metrics"]}
            per = [{x["iou_threshold"]: x["ap"] for x in i["metrics"]} for i in r["images"]]
            ap = ["%.3f" % m[0.5]["ap"], "%.3f" % m[0.75]["ap"],
                  "%.3f" % (sum(p[0.5] for p in per) / len(per)), str(r["aggregate"]["n_true"])]
        if os.path.isfile(out + ".time") and cpus:
            u, sy, e = (float(x) for x in open(out + ".time").read().split()[-3:])
            rest.append("%s %s: process %.1f s CPU (%.1f wall) for %d images, %.1f s CPU of it outside the stages "
                        "(JVM start, model load, writing results)" % (k, s, u + sy, e, len(cpus), u + sy - sum(cpus)))
        mean = lambda key: "%.2f" % statistics.mean(split[key]) if key in split else ""
        print("%-4s %-16s %6s %6s %6s %6s %4d | %-17s | %-17s | %5s %5s %5s %5s %5s %5s %5s" % (k, s, *ap, len(walls),
              dist(walls), dist(cpus), mean("read"), mean("scalebar"), mean("net1"), mean("netX"), mean("dyn"),
              mean("conf"), mean("meas")))
    print("     run %d: %s" % (k, jar))
print("\n".join(rest))
print("split columns: mean seconds per image, CPU where run.json has it (else wall); netX: every pass after the first;")
print("scbar: scale bar and annotation areas; results in", work)
EOF
