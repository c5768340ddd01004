#!/usr/bin/env bash
# Accuracy and speed of `analyze` (defaults, 2 threads) on the real micrographs in ../shared/data/real:
# AP@0.5/0.75 per labelled set with `granula evaluate` (pooled and per image), and per image the wall
# time with its split from run.json's stage_ms (read, scale bar, network and dynamics of every pass,
# measure). Each JAR given is measured in the same run (e.g. a build of main as the baseline): on each
# set one JAR after the other, so that a machine shared with others loads them alike.
#   scripts/bench.sh real [JAR...]          (default: app/target/granula.jar)
#   SETS="tem sem-powder" LIMIT=5 scripts/bench.sh real   (LIMIT: the first N images of each set)
#   FULL=1 also times the 2048 px STEM images
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
    stem)
      local d="$WORK/stem-images"; mkdir -p "$d"
      for f in "$DATA"/stem-catalyst-boxes/images/*.jpg; do
        if [ "${FULL:-0}" = 1 ] || [ "$(python3 -c "import struct,sys
d=open(sys.argv[1],'rb').read(); i=2
while True:
  m=d[i+1]; n=struct.unpack('>H',d[i+2:i+4])[0]
  if m in (0xC0,0xC1,0xC2): print(struct.unpack('>H',d[i+7:i+9])[0]); break
  i+=2+n" "$f")" -le 1024 ]; then ln -sf "$f" "$d/"; fi
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
    sem-spheroidite) echo "$DATA/sem-spheroidite/labels" ;;
    *) echo "" ;;
  esac
}

for set in $SETS; do
  k=0
  for jar in "$@"; do
    k=$((k + 1))
    out="$WORK/run$k/$set"; mkdir -p "$WORK/run$k"
    java ${GRANULA_JAVA_OPTS:--Xmx4g} -Dai.djl.offline=true -Dgranula.home="$ROOT" -jar "$jar" analyze "$(images "$set")" \
      --out "$out" --threads 2 --overwrite --quiet ${ANALYZE_ARGS:-} > "$out.log" 2>"$out.err" || true
    gt="$(labels "$set")"
    if [ -n "$gt" ]; then
      java -Dai.djl.offline=true -jar "$jar" evaluate --pred "$out" --gt "$gt" > "$out.eval.json" 2>/dev/null || true
    fi
  done
done

python3 - "$WORK" "$SETS" "$@" <<'EOF'
import json, os, re, statistics, sys
work, sets, jars = sys.argv[1], sys.argv[2].split(), sys.argv[3:]
print("real images, analyze defaults, --threads 2; seconds per image; AP from granula evaluate")
print("%-4s %-16s %6s %6s %6s %6s %6s | %6s %6s %6s %7s %6s %6s %6s %6s" % ("run", "set", "AP.5", "AP.75",
      "AP.5/i", "objs", "imgs", "median", "max", "read", "scalebr", "net1", "netX", "dyn", "meas"))
for k, jar in enumerate(jars, 1):
    for s in sets:
        out = os.path.join(work, "run%d" % k, s)
        walls = []
        for line in open(out + ".log"):
            m = re.search(r": \d+ particles .*, ([0-9.]+) s$", line.strip())
            if m:
                walls.append(float(m.group(1)))
        split = {}
        for d in sorted(os.listdir(out)) if os.path.isdir(out) else []:
            f = os.path.join(out, d, "run.json")
            if not os.path.isfile(f):
                continue
            ms = json.load(open(f)).get("stage_ms", {})
            def tot(pred):
                return sum(v for key, v in ms.items() if pred(key)) / 1000
            parts = {"read": tot(lambda x: x == "read"), "scalebar": tot(lambda x: x == "scalebar"),
                     "net1": tot(lambda x: x == "network"),
                     "netX": tot(lambda x: x.endswith("network") and x != "network"),
                     "dyn": tot(lambda x: "dynamics_" in x), "meas": tot(lambda x: x == "measure")}
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
        med = lambda key: "%.2f" % statistics.mean(split[key]) if key in split else ""
        print("%-4s %-16s %6s %6s %6s %6s %6d | %6s %6s %6s %7s %6s %6s %6s %6s" % (k, s, *ap, len(walls),
              "%.2f" % statistics.median(walls) if walls else "", "%.2f" % max(walls) if walls else "",
              med("read"), med("scalebar"), med("net1"), med("netX"), med("dyn"), med("meas")))
    print("     run %d: %s" % (k, jar))
print("split columns are means over the set's images (netX: every pass after the first); results in", work)
EOF
