#!/usr/bin/env bash
# Sets up a fresh machine, builds Coil, and runs an example script with it.
# Usage: scripts/run_example.sh [examples/NAME.py] [coil options...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" >/dev/null
example=${1:-$root/examples/tour.py}
shift || true
exec "${COIL_BUILD_DIR:-$root/build}/coil" "$@" "$example"
