#!/usr/bin/env bash
# Sets up a fresh machine, builds Coil, and runs every test: the layering
# check, the GoogleTest unit tests and the golden programs in all three
# execution modes (interpreter only, eager JIT, tiered).
# Then, in CI (CI=true), with COIL_TEST_ASAN=1 or with --asan, the sanitizer
# job (scripts/test_asan.sh): the same suite under ASan+UBSan+LSan.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
asan=${COIL_TEST_ASAN:-0}
[ "${CI:-}" = "true" ] && asan=1
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
ctest --test-dir "${COIL_BUILD_DIR:-$root/build}" -j "$(nproc)" --output-on-failure --timeout 120
if [ "$asan" = "1" ]; then
  bash "$root/scripts/test_asan.sh"
fi
