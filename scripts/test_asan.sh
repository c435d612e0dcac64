#!/usr/bin/env bash
# The sanitizer job: configures the `asan` preset (ASan+UBSan+LSan) into
# build-asan/ (or $COIL_ASAN_BUILD_DIR), builds everything and runs the whole
# suite under it: the unit tests, tests/jit, the bench smoke tests and every
# golden program in the three execution modes. scripts/test.sh runs it as its
# second stage (in CI too) unless given --no-asan or COIL_TEST_ASAN=0.
# Sanitizer options come from the preset's test environment
# (CMakePresets.json); leak suppressions from lsan.supp (docs/ROBUSTNESS.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${COIL_ASAN_BUILD_DIR:-$root/build-asan}
start=$(date +%s)
cd "$root"
if [ ! -f "$build/build.ninja" ]; then
  # Warnings are errors in the normal build (CI); GCC's sanitizer
  # instrumentation adds false -Wmaybe-uninitialized/-Wrestrict reports of
  # its own, so this build does not use -Werror.
  cmake --preset asan -B "$build" >/dev/null
fi
cmake --build "$build" -j "${COIL_JOBS:-$(nproc)}"
built=$(date +%s)
ctest --preset asan --test-dir "$build" -j "$(nproc)"
end=$(date +%s)
echo "sanitizer job: build $((built - start)) s, tests $((end - built)) s"
