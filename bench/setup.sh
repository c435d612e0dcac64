#!/usr/bin/env bash
# Installs what bench/compare needs beyond the build's packages: PyPy
# (Debian's pypy3, a Python 3.9 implementation) as a comparison column,
# matplotlib for the system python3, which draws the chart, and GNU time,
# which measures the peak memory of each run. Does nothing (and needs no
# network) when everything is already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exec bash "$root/scripts/setup.sh" pypy3 python3-matplotlib time
