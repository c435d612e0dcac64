#!/usr/bin/env bash
# Sets up a fresh machine, builds Coil, and runs every test: the layering
# check, the GoogleTest unit tests and the golden programs in all three
# execution modes (interpreter only, eager JIT, tiered).
# Then, with COIL_TEST_ASAN=1 or --asan, the sanitizer job
# (scripts/test_asan.sh): the same suite under ASan+UBSan+LSan; and with
# COIL_TEST_FUZZ=1 a short run of each libFuzzer target. The leak checks
# (ctest label `leaks`) run with COIL_TEST_LEAKS=1. Both are opt-in
# until they are green on a fresh clone (docs/ROBUSTNESS.md); CI will then
# turn them on.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
asan=${COIL_TEST_ASAN:-0}
for arg in "$@"; do
  case "$arg" in
  --asan) asan=1 ;;
  --no-asan) asan=0 ;;
  *) echo "usage: scripts/test.sh [--asan|--no-asan]" >&2; exit 2 ;;
  esac
done
bash "$root/scripts/setup.sh"
python3 "$root/scripts/check_layering.py"
bash "$root/scripts/build.sh"
ctest --test-dir "${COIL_BUILD_DIR:-$root/build}" -j "$(nproc)" --output-on-failure --timeout 120 -LE leaks
# Leak checks (label `leaks`, about 8 minutes): opt-in with COIL_TEST_LEAKS=1.
if [ "${COIL_TEST_LEAKS:-0}" = 1 ]; then
  ctest --test-dir "${COIL_BUILD_DIR:-$root/build}" -L leaks --output-on-failure
fi
if [ "$asan" = "1" ]; then
  bash "$root/scripts/test_asan.sh"
fi

# ---- fuzz stage (fuzz/, scripts/fuzz.sh, docs/ROBUSTNESS.md "Fuzzing") ----
# Opt-in (COIL_TEST_FUZZ=1): a short run of each libFuzzer target from a fresh corpus; any crash fails.
if [ "${COIL_TEST_FUZZ:-0}" = 1 ]; then
  fuzz_work=$(mktemp -d)
  for target in compile exec pyc numbers jit; do
    COIL_FUZZ_WORK=$fuzz_work FUZZ_FORK=0 bash "$root/scripts/fuzz.sh" "$target" 0.5
  done
  rm -rf "$fuzz_work"
fi
# ---- end of the fuzz stage ----
