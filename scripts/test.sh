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
