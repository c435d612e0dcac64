#!/usr/bin/env bash
# Builds Coil's libFuzzer targets with clang-19 (ASan+UBSan, coverage) and
# runs one of them for N minutes:
#   scripts/fuzz.sh TARGET MINUTES      TARGET: compile exec pyc numbers jit
#   scripts/fuzz.sh build               only build every target
# Environment:
#   COIL_FUZZ_BUILD   build folder (default: <repo>/build-fuzz)
#   COIL_FUZZ_WORK    corpora, crash artifacts and logs (default: ~/.cache/coil-fuzz),
#                     per target: corpus/, artifacts/, logs/; stats.tsv lists every run
#   COIL_BUILD_LOCK   a lock file to hold (flock) while building, when set
#   COIL_FUZZ_NO_BUILD  1: run the executables as they are (no build check)
#   FUZZ_FORK         1 (default): libFuzzer's -fork=1, which keeps going after a
#                     crash, timeout or OOM; 0: stop at the first one
#   FUZZ_IGNORE_CRASHES 1 (default): with -fork=1, go on after a crash (the log keeps
#                     only its ERROR line); 0: stop at the first crash and log its
#                     whole report (timeouts and OOMs are still skipped)
# The corpus is seeded from the test suite (fuzz/make_seeds.py) when empty.
# docs/ROBUSTNESS.md ("Fuzzing") describes the targets and the results.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${COIL_FUZZ_BUILD:-$root/build-fuzz}
work=${COIL_FUZZ_WORK:-$HOME/.cache/coil-fuzz}
targets=(compile exec pyc numbers jit)

usage() {
  echo "usage: scripts/fuzz.sh TARGET MINUTES | scripts/fuzz.sh build   (TARGET: ${targets[*]})" >&2
  exit 2
}
[ $# -ge 1 ] || usage
target=$1
if [ "$target" != build ]; then
  [ $# -eq 2 ] || usage
  minutes=$2
  [[ " ${targets[*]} " == *" $target "* ]] || usage
  [[ "$minutes" =~ ^[0-9]+(\.[0-9]+)?$ ]] || usage
fi

# clang-19 matches the LLVM 19 the JIT links; libclang-rt-19-dev has libFuzzer and the sanitizers.
bash "$root/scripts/setup.sh" clang-19 libclang-rt-19-dev

locked() {
  if [ -n "${COIL_BUILD_LOCK:-}" ]; then flock "$COIL_BUILD_LOCK" "$@"; else "$@"; fi
}
if [ ! -f "$build/build.ninja" ]; then
  CC=clang-19 CXX=clang++-19 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCOIL_FUZZ=ON -DCOIL_BUILD_TESTS=OFF >/dev/null
fi
if [ "$target" = build ]; then
  locked ninja -C "$build" -j "${COIL_JOBS:-$(nproc)}" "${targets[@]/#/fuzz_}" coil
  exit 0
fi
extra_targets=()
[ "$target" = pyc ] && extra_targets=(coil) # the pyc seeds come from Coil's py_compile
# The lock only when something is to be built: a source or build file newer
# than the executable (ninja -n cannot tell, CMake's glob check always runs).
binary=$build/fuzz_$target
if [ "${COIL_FUZZ_NO_BUILD:-0}" = 1 ]; then
  :
elif [ ! -x "$binary" ] || [ ${#extra_targets[@]} -gt 0 -a ! -x "$build/coil" ] ||
  [ -n "$(find "$root" -path "$build" -prune -o \( -name '*.cpp' -o -name '*.h' -o -name '*.def' -o -name '*.inc' \
    -o -name CMakeLists.txt \) -newer "$binary" -print -quit)" ]; then
  locked ninja -C "$build" "fuzz_$target" "${extra_targets[@]}"
fi

dir=$work/$target
mkdir -p "$dir/corpus" "$dir/artifacts" "$dir/logs" "$dir/run"
if [ -z "$(ls -A "$dir/corpus")" ]; then
  python3 "$root/fuzz/make_seeds.py" "$target" "$dir/corpus" --coil "$build/coil"
fi

# Per-target limits: input size, and what a program may allocate at once
# (beyond that malloc returns NULL and Coil must raise MemoryError).
case $target in
  compile) opts=(-max_len=16384 -dict="$root/fuzz/dicts/python.dict") ;;
  exec) opts=(-max_len=16384 -dict="$root/fuzz/dicts/python.dict") ;;
  pyc) opts=(-max_len=65536) ;;
  numbers) opts=(-max_len=512 -dict="$root/fuzz/dicts/numbers.dict") ;;
  jit) opts=(-max_len=1024) ;;
esac
seconds=$(python3 -c "print(int(float('$minutes') * 60))")
if [ "${FUZZ_FORK:-1}" = 1 ]; then
  opts+=(-fork=1 -ignore_crashes="${FUZZ_IGNORE_CRASHES:-1}" -ignore_timeouts=1 -ignore_ooms=1)
fi
log=$dir/logs/$(date -u +%Y%m%dT%H%M%S).log
echo "fuzz: $target for $minutes min; log $log, artifacts in $dir/artifacts/" >&2
# The run folder is the fuzzed programs' working directory (they cannot
# import os, but open() still works there).
# Slow units (-fork saves them) are not failures; crashes, leaks, timeouts and OOMs are.
count_findings() { ls "$dir/artifacts" | grep -c -E '^(crash|leak|timeout|oom)-' || true; }
before=$(count_findings)
start=$(date +%s)
set +e
(cd "$dir/run" &&
  ASAN_OPTIONS=allocator_may_return_null=1:max_allocation_size_mb=1024:detect_leaks=0:handle_abort=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  nice -n 19 "$build/fuzz_$target" "${opts[@]}" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=3072 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" "$dir/corpus" >"$log" 2>&1)
status=$?
set -e
elapsed=$(($(date +%s) - start))
# Executions: libFuzzer's final "stat::number_of_executed_units", or the last "#N" status line (-fork).
execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
if [ -z "$execs" ]; then
  execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)
fi
crashes=$(count_findings)
printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$elapsed" "${execs:-0}" "$crashes" >>"$work/stats.tsv"
echo "fuzz: $target ran ${elapsed}s, ${execs:-0} executions, exit $status; artifacts: $crashes" >&2
tail -5 "$log" >&2
# Fails when this run found something new (the artifacts are the reproducers).
if [ "$(count_findings)" -gt "$before" ]; then
  echo "fuzz: $target found new crashes, timeouts or OOMs: see $dir/artifacts/" >&2
  exit 1
fi
