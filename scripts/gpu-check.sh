#!/usr/bin/env bash
# First checks on a machine with an NVIDIA GPU (none has run the CUDA path yet): prints each step's
# outcome and stops at the first failure. Needs what a developer's machine has (JDK 17, Maven with
# its repository or network, the NVIDIA driver); about 5-10 minutes on a 16-core GPU machine.
#   scripts/gpu-check.sh [--quick]   (--quick: skips the 4096 px benchmark row)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
step() { echo; echo "== $*"; }
fail() { echo "gpu-check: FAILED: $*" >&2; exit 1; }

step "1. driver and device"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv || fail "nvidia-smi (no driver?)"

step "2. build (the cuda profile rebuilds the PTX where nvcc is; otherwise the committed one ships)"
mvn -B -q -DskipTests -pl gpu-native -am package || fail "build"

step "3. the driver loads the shipped PTX and the CUDA engine gives the CPU's labels"
# CudaDynamicsProviderTest.withAGpu...: auto and gpu take the CUDA engine;
# CudaPixelDynamicsMatchesCpuTest: labels identical to the CPU engine at 200x160, 1031x777, 640x480.
mvn -B -pl gpu-native -am test -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='CudaDynamicsProviderTest,CudaPixelDynamicsMatchesCpuTest,HostKernelsMatchCpuTest,ShippedPtxTest' \
  2>&1 | grep -E "Tests run|FAIL|Skipped|no usable GPU|pixel dynamics on" | tail -20
grep -h "skipped\|Tests run" gpu-native/target/surefire-reports/*.txt
grep -q "Skipped: [1-9]" gpu-native/target/surefire-reports/io.granula.gpu.CudaPixelDynamicsMatchesCpuTest.txt \
  && fail "the GPU tests were skipped: the driver did not accept the kernels (reason above)"
grep -q "FAILURE" gpu-native/target/surefire-reports/*.txt && fail "a GPU test failed (see gpu-native/target/surefire-reports)"

step "4. the command line picks the GPU"
out=$(mktemp -d)
./granula synth --out "$out/s" --n 1 --seed 3 --size 1024 --style sem --count 400 --quiet || fail "synth"
# the same image through analyze on each device: the masks must be identical
for dev in cpu gpu; do
  ./granula analyze "$out"/s/images/*.tif --out "$out/$dev" --device "$dev" --quiet || fail "analyze --device $dev"
done
cmp "$out"/cpu/*/labels.tif "$out"/gpu/*/labels.tif && echo "analyze: labels.tif identical on cpu and gpu" \
  || fail "analyze: labels differ between cpu and gpu"
grep -h -o '"device"[^,]*' "$out"/gpu/*/run.json | head -3
rm -rf "$out"

step "5. CPU vs GPU timings (scripts/bench.sh gpu)"
if [ "${1:-}" = "--quick" ]; then scripts/bench.sh gpu 1024 2048; else scripts/bench.sh gpu; fi
