#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build and test Coil.
# Does nothing (and needs no network) when everything is already there.
# Extra Debian package names given as arguments are installed too
# (bench/setup.sh uses that).
set -euo pipefail
packages=(cmake ninja-build g++ llvm-19-dev libfmt-dev libgtest-dev libgmock-dev
          libbenchmark-dev libgmp-dev libicu-dev zlib1g-dev python3 "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
