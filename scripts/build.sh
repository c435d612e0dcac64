#!/usr/bin/env bash
# Configures (once) and builds Coil into build/ (or $COIL_BUILD_DIR).
# In CI (CI=true) warnings are errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${COIL_BUILD_DIR:-$root/build}
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOIL_WERROR=$werror >/dev/null
fi
ninja -C "$build" -j "${COIL_JOBS:-$(nproc)}"
