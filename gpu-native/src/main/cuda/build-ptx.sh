#!/usr/bin/env bash
# Builds granula_kernels.ptx, the PTX that CudaPixelDynamics loads, and checks it.
#   build-ptx.sh OUT.ptx [COMMITTED.ptx]   (Maven's cuda profile writes target/classes/io/granula/gpu/granula_kernels.ptx;
#                           run it with src/main/resources/io/granula/gpu/granula_kernels.ptx to update the
#                           committed copy after changing a kernel; with COMMITTED.ptx it warns when that
#                           copy differs from the fresh build, i.e. was not updated)
# Why the ISA version is lowered: nvcc 13 writes ".version 9.0", which CUDA 12 drivers refuse to
# load (a driver JIT-compiles PTX only up to its own ISA: 12.0 reads 8.0, 12.6 reads 8.5). The
# kernels use only instructions that exist since PTX ISA 6.x (ld/st, add/mul/fma.rn.f32,
# div.rn.f32, cvt, setp/selp, atom.global.add/max.s32, bra), so the same text is valid ISA 8.0,
# the oldest ISA of CUDA 12; ptxas then assembles it *as* ISA 8.0 for sm_75, which fails for any
# instruction or directive that 8.0 lacks, so a future kernel that needs more cannot slip through.
# compute_75 (Turing) is nvcc 13's oldest target; newer GPUs JIT the same PTX.
# -fmad=false: no contraction of a*b+c (the kernels write every fma Java uses as fmaf), so
# the float bits match the Java CPU path; IEEE division and denormals are nvcc's defaults.
set -euo pipefail
out=${1:?usage: build-ptx.sh OUT.ptx}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
nvcc=${NVCC:-nvcc}
isa=8.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$nvcc" -ptx -arch=compute_75 -fmad=false -prec-div=true -prec-sqrt=true -ftz=false \
  -o "$tmp/k.ptx" "$here/granula_kernels.cu"
grep -q '^\.version ' "$tmp/k.ptx" || { echo "build-ptx: no .version line in nvcc's output" >&2; exit 1; }
sed -e "s/^\.version .*/.version $isa/" -e '/^\/\/ Compiler Build ID/d' "$tmp/k.ptx" > "$tmp/lowered.ptx"
ptxas="$(dirname "$(command -v "$nvcc")")/ptxas"
"$ptxas" -arch=sm_75 -o "$tmp/k.cubin" "$tmp/lowered.ptx"
mkdir -p "$(dirname "$out")"
cp "$tmp/lowered.ptx" "$out"
echo "build-ptx: $out (PTX ISA $isa, sm_75, checked by ptxas)"
if [ -n "${2:-}" ] && ! cmp -s "$out" "$2"; then
  echo "build-ptx: WARNING: $2 differs from the kernels' fresh build: run $0 $2 and commit it" >&2
fi
