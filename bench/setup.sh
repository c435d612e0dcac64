#!/usr/bin/env bash
# Installs what bench/compare needs beyond the build (scripts/setup.sh):
# PyPy (Debian's pypy3, a Python 3.9 implementation) as a comparison column,
# matplotlib for the system python3, which draws the chart, and GNU time,
# which measures the peak memory of each run.
# Does nothing (and needs no network) when everything is already there.
set -euo pipefail
packages=(pypy3 python3-matplotlib time)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "bench/setup: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
