#!/usr/bin/env bash
# Sets up a fresh machine, builds Coil, and runs every test: the layering
# check, the GoogleTest unit tests and the golden programs in all three
# execution modes (interpreter only, eager JIT, tiered).
# Then two more stages (CI runs all three; for a quicker local run,
# --no-asan --no-fuzz or COIL_TEST_ASAN=0 COIL_TEST_FUZZ=0 skip them):
#   - the sanitizer job (scripts/test_asan.sh): the same suite under
#     ASan+UBSan+LSan in the three execution modes;
#   - the fuzz stage: each libFuzzer target for COIL_FUZZ_MINUTES (0.5) from
#     a fresh seed corpus; any crash, timeout or OOM fails.
# The leak checks (ctest label `leaks`) run with COIL_TEST_LEAKS=1, the
# 100 MB hostile sources (label `hostile_big`) with COIL_TEST_BIG=1.
# Each stage prints its time; docs/ROBUSTNESS.md has the measured figures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
asan=${COIL_TEST_ASAN:-1}
fuzz=${COIL_TEST_FUZZ:-1}
for arg in "$@"; do
  case "$arg" in
  --asan) asan=1 ;;
  --no-asan) asan=0 ;;
  --fuzz) fuzz=1 ;;
  --no-fuzz) fuzz=0 ;;
  *) echo "usage: scripts/test.sh [--asan|--no-asan] [--fuzz|--no-fuzz]" >&2; exit 2 ;;
  esac
done
t0=$(date +%s)
bash "$root/scripts/setup.sh"
python3 "$root/scripts/check_layering.py"
bash "$root/scripts/build.sh"
ctest --test-dir "${COIL_BUILD_DIR:-$root/build}" -j "$(nproc)" --output-on-failure --timeout 120 -LE "leaks|hostile_big"
if [ "${COIL_TEST_LEAKS:-0}" = 1 ]; then
  ctest --test-dir "${COIL_BUILD_DIR:-$root/build}" -L leaks --output-on-failure
fi
if [ "${COIL_TEST_BIG:-0}" = 1 ]; then
  ctest --test-dir "${COIL_BUILD_DIR:-$root/build}" -L hostile_big --output-on-failure
fi
t1=$(date +%s)
echo "test.sh: normal stage (build and tests) $((t1 - t0)) s"

# ---- sanitizer stage (scripts/test_asan.sh, docs/ROBUSTNESS.md "Sanitizers") ----
if [ "$asan" = "1" ]; then
  bash "$root/scripts/test_asan.sh"
fi
t2=$(date +%s)
[ "$asan" = "1" ] && echo "test.sh: sanitizer stage $((t2 - t1)) s"

# ---- fuzz stage (fuzz/, scripts/fuzz.sh, docs/ROBUSTNESS.md "Fuzzing") ----
# A short run of each libFuzzer target from a fresh seed corpus; any crash fails.
if [ "$fuzz" = "1" ]; then
  bash "$root/scripts/fuzz.sh" build
  fuzz_work=$(mktemp -d)
  trap 'rm -rf "$fuzz_work"' EXIT
  for target in compile exec pyc numbers jit; do
    COIL_FUZZ_WORK=$fuzz_work FUZZ_FORK=0 bash "$root/scripts/fuzz.sh" "$target" "${COIL_FUZZ_MINUTES:-0.5}"
  done
fi
t3=$(date +%s)
[ "$fuzz" = "1" ] && echo "test.sh: fuzz stage $((t3 - t2)) s"
echo "test.sh: all stages passed in $((t3 - t0)) s"
