#!/usr/bin/env bash
# Sets up a fresh machine, builds Coil, and runs every test: the layering
# check, the GoogleTest unit tests and the golden programs in all three
# execution modes (interpreter only, eager JIT, tiered).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
python3 "$root/scripts/check_layering.py"
bash "$root/scripts/build.sh"
ctest --test-dir "${COIL_BUILD_DIR:-$root/build}" -j "$(nproc)" --output-on-failure --timeout 120

# ---- fuzz stage (fuzz/, scripts/fuzz.sh, docs/ROBUSTNESS.md "Fuzzing") ----
# In CI: a short run of each libFuzzer target from a fresh corpus; any crash fails.
if [ "${CI:-}" = true ]; then
  fuzz_work=$(mktemp -d)
  for target in compile exec pyc numbers jit; do
    COIL_FUZZ_WORK=$fuzz_work FUZZ_FORK=0 bash "$root/scripts/fuzz.sh" "$target" 0.5
  done
  rm -rf "$fuzz_work"
fi
# ---- end of the fuzz stage ----
