#!/usr/bin/env python3
"""Regenerates the golden tests' expected files from CPython 3.11.

  scripts/regen_golden.py                 every test under tests/golden
  scripts/regen_golden.py TEST ...        only these (file, folder or feature/name)
  scripts/regen_golden.py --check [TEST]  write nothing; list files that would
                                          change and exit 1 if any would

Each program runs under `python3` (refused unless it is CPython 3.11) exactly
the way tests/golden/run_golden.py runs Coil: its folder as cwd, "<name>.py"
as the script argument, the .args and .stdin files, PYTHONHASHSEED=0,
LC_ALL=C.UTF-8, stderr normalised (the invocation code is shared: this script
imports run_golden). It writes
  <name>.expected         stdout
  <name>.expected_exit    the exit status, only when it is not 0
  <name>.expected_stderr  stderr, only when the program wrote to it
and deletes a stale .expected_exit/.expected_stderr. Expected files are never
edited by hand: change the program and run this script.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "golden"))
import run_golden  # noqa: E402  (shared invocation and normalisation)


def check_python(python: str) -> None:
    exe = shutil.which(python)
    if exe is None:
        raise SystemExit(f"regen_golden: {python} not found")
    out = subprocess.run([exe, "-c", "import sys, platform; "
                          "print(platform.python_implementation(), *sys.version_info[:2])"],
                         capture_output=True, text=True, env=run_golden.environment())
    impl = out.stdout.split()
    if impl[:3] != ["CPython", "3", "11"]:
        raise SystemExit(f"regen_golden: {python} is {' '.join(impl) or 'unknown'}; "
                         "the oracle must be CPython 3.11")


def wanted_files(py: Path, got: run_golden.Outcome) -> dict[Path, bytes | None]:
    """Expected file -> content (None: the file must not exist)."""
    return {
        py.with_suffix(".expected"): got.stdout,
        py.with_suffix(".expected_exit"): f"{got.exit}\n".encode() if got.exit else None,
        py.with_suffix(".expected_stderr"): got.stderr if got.stderr else None,
    }


def regen_one(python: str, py: Path, timeout: float) -> tuple[Path, list[tuple[Path, bytes | None]]]:
    got = run_golden.run_program([python], py, timeout)
    if got.error:
        raise SystemExit(f"regen_golden: {got.error}")
    if got.timed_out:
        raise SystemExit(f"regen_golden: {run_golden.test_name(py)} timed out under CPython")
    changes = []
    for path, content in wanted_files(py, got).items():
        current = path.read_bytes() if path.exists() else None
        if current != content:
            changes.append((path, content))
    return py, changes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="report, do not write")
    ap.add_argument("--python", default="python3", help="the CPython 3.11 to run")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=run_golden.DEFAULT_TIMEOUT)
    ap.add_argument("tests", nargs="*")
    args = ap.parse_args()

    check_python(args.python)
    python = shutil.which(args.python)
    tests = run_golden.discover(args.tests)
    changed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for py, changes in pool.map(lambda p: regen_one(python, p, args.timeout), tests):
            for path, content in changes:
                changed += 1
                rel = path.relative_to(REPO)
                if args.check:
                    what = "would be deleted" if content is None else (
                        "would change" if path.exists() else "would be created")
                    print(f"{rel}: {what}")
                elif content is None:
                    path.unlink()
                    print(f"deleted {rel}")
                else:
                    path.write_bytes(content)
                    print(f"wrote {rel}")
    verb = "would change" if args.check else "changed"
    print(f"{len(tests)} tests, {changed} expected files {verb}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
