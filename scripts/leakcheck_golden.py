#!/usr/bin/env python3
"""Runs the golden tests under Coil's leak check (lib/_coil_leakcheck.py).

  scripts/leakcheck_golden.py --coil build/coil [--mode off|eager|tiered|all]
                              [-j N] [-n RUNS] [TEST ...]
      every selected golden program RUNS times (default 4; at least 6 in
      tiered mode, where pending JIT compilations blur the figures) in one
      process each, per mode; a test fails when its live objects grow run after run.
  scripts/leakcheck_golden.py --coil build/coil --one-process [--mode M] [TEST ...]
      issue 4's check: all the selected programs, one after another, in ONE
      process, RUNS passes; the live-object count after the last pass must
      return to its count after the second pass.

Programs are run as run_golden.py runs them (folder as cwd, same arguments,
stdin and environment). A test skipped for a mode (.skip) is skipped here
too; tests/golden/leakcheck_exclude.txt lists the programs that cannot be
re-run in one process, each with its reason (never "it leaks").
The last line is "N passed, M failed, K excluded".
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "golden"))
import run_golden  # noqa: E402

DRIVER = ROOT / "lib" / "_coil_leakcheck.py"
EXCLUDE_FILE = run_golden.GOLDEN_DIR / "leakcheck_exclude.txt"


def load_exclusions() -> dict[str, str]:
    out = {}
    if EXCLUDE_FILE.exists():
        for line in EXCLUDE_FILE.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, reason = line.partition(" ")
            out[name] = reason.strip().lstrip("#").strip()
    return out


def check_one(coil: str, py: Path, mode: str, runs: int, timeout: float) -> tuple[bool, str]:
    if mode == "tiered":
        # Compilations still on the JIT's worker hold their code object until
        # installed: the count varies by a few objects from run to run, so a
        # growth must persist over more runs to be a leak.
        runs = max(runs, 6)
    command = [coil] + run_golden.MODES[mode] + [str(DRIVER), "-n", str(runs)]
    got = run_golden.run_program(command, py, timeout)
    err = got.stderr.decode("utf-8", "backslashreplace")
    if got.timed_out:
        return False, f"timed out after {timeout:.0f}s"
    if got.exit == 0 and "leakcheck:" in err and ": stable" in err:
        return True, ""
    lines = [l for l in err.splitlines() if l.startswith("leakcheck:")] or err.splitlines()[-15:]
    return False, f"exit {got.exit}\n" + "\n".join(lines)


def one_process(coil: str, tests: list[Path], mode: str, runs: int, timeout: float) -> int:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", dir=run_golden.GOLDEN_DIR, delete=False) as f:
        for py in tests:
            f.write("\t".join([py.relative_to(run_golden.GOLDEN_DIR).as_posix()] + run_golden.read_args(py)) + "\n")
        list_path = Path(f.name)
    try:
        command = [coil] + run_golden.MODES[mode] + [str(DRIVER), "-n", str(runs), "--suite", list_path.name]
        start = time.monotonic()
        proc = subprocess.run(command, cwd=run_golden.GOLDEN_DIR, env=run_golden.environment(),
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        elapsed = time.monotonic() - start
    finally:
        list_path.unlink()
    err = proc.stderr.decode("utf-8", "backslashreplace")
    report = [l for l in err.splitlines() if l.startswith("leakcheck:")] or err.splitlines()[-20:]
    print(f"[{mode}] {len(tests)} programs in one process, {runs} passes, {elapsed:.0f}s")
    for line in report:
        print("  " + line)
    return 0 if proc.returncode == 0 and any(": stable" in l for l in report) else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--coil", required=True)
    ap.add_argument("--mode", default="all", choices=[*run_golden.MODES, "all"])
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-n", "--runs", type=int, default=4)
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--one-process", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("tests", nargs="*")
    args = ap.parse_args(argv)
    coil = os.path.abspath(args.coil)
    modes = list(run_golden.MODES) if args.mode == "all" else [args.mode]
    exclusions = load_exclusions()
    tests = run_golden.discover(args.tests)
    if args.one_process:
        status = 0
        for mode in modes:
            selected = [py for py in tests if run_golden.test_name(py) not in exclusions
                        and not run_golden.skip_reason(py, mode)]
            status |= one_process(coil, selected, mode, args.runs, max(args.timeout, 3600.0))
        return status
    jobs = []
    excluded = 0
    for py in tests:
        name = run_golden.test_name(py)
        if name in exclusions:
            excluded += len(modes)
            continue
        for mode in modes:
            if run_golden.skip_reason(py, mode):
                excluded += 1
                continue
            jobs.append((py, mode))
    passed = failed = 0
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(check_one, coil, py, mode, args.runs, args.timeout): (py, mode) for py, mode in jobs}
        for fut in concurrent.futures.as_completed(futures):
            py, mode = futures[fut]
            ok, detail = fut.result()
            name = f"{run_golden.test_name(py)} [{mode}]"
            if ok:
                passed += 1
                if args.verbose:
                    print(f"PASS {name}")
            else:
                failed += 1
                print(f"FAIL {name}: {detail}")
    print(f"leak check: {time.monotonic() - start:.0f}s")
    print(f"{passed} passed, {failed} failed, {excluded} excluded")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
