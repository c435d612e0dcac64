#!/usr/bin/env python3
"""The benchmark smoke test: every program once at its tiny size under the
three Coil modes (--jit=off, --jit=eager --jit-sync, default tiering),
each run checked against the line CPython printed (bench/expected.json).
It checks correctness, never time.

Usage: bench/smoke.py --coil build/coil [-j N] [--timeout S] [PROGRAM ...]
The last line is "N passed, M failed"; exit status 0 when nothing failed.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import suite  # noqa: E402

MODES = {
    "off": ["--jit=off"],
    "eager": ["--jit=eager", "--jit-sync"],
    "tiered": [],
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--coil", type=Path, default=suite.default_coil())
    ap.add_argument("-j", type=int, default=1, help="parallel runs (default 1)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    coil = args.coil.resolve()
    if not suite.available([str(coil)]):
        print(f"smoke: no coil executable at {coil}", file=sys.stderr)
        return 2
    expected = suite.load_expected()
    jobs = []
    for prog in suite.discover(args.programs):
        line = suite.expected_line(expected, prog, "smoke")
        for mode, flags in MODES.items():
            argv = [str(coil), *flags, prog.path.name, str(prog.smoke_size)]
            jobs.append((prog, mode, argv, line))

    def one(job):
        prog, mode, argv, line = job
        result = suite.run_once(argv, prog.path.parent, args.timeout)
        return job, result, suite.check_output(result, line)

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        for (prog, mode, argv, line), result, problem in pool.map(one, jobs):
            if problem is None:
                passed += 1
                print(f"ok    {prog.name} [{mode}] {result.wall:.2f} s")
            else:
                failed += 1
                print(f"FAIL  {prog.name} [{mode}]: {problem}")
                if result.stderr.strip():
                    print("      stderr: " + "\n      ".join(result.stderr.strip().splitlines()[-8:]))
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
