#!/usr/bin/env python3
"""Writes bench/expected.json: the line CPython 3.11 prints for every
benchmark program at its default and its smoke size. The smoke test and
bench/compare check every run against these lines; they are produced here
only, never edited by hand.

Usage: bench/gen_expected.py [--python PATH] [--check] [PROGRAM ...]
  --python   the CPython 3.11 that decides (default: python3 on PATH)
  --check    compare instead of writing; exit 1 if anything would change
  PROGRAM    regenerate only these (the others keep their lines)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import suite  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", default="python3")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()

    version = subprocess.run([args.python, "-c", "import sys; print(sys.version_info[:2])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    if version != "(3, 11)":
        print(f"gen_expected: {args.python} is Python {version}, not 3.11", file=sys.stderr)
        return 2

    old = json.loads(suite.EXPECTED_FILE.read_text()) if suite.EXPECTED_FILE.exists() else {}
    new = {} if not args.programs else dict(old)
    programs = suite.discover(args.programs)
    for prog in programs:
        lines = {}
        for kind in suite.SIZE_KINDS:
            size = prog.size(kind)
            print(f"gen_expected: {prog.name} {kind} ({size})", file=sys.stderr, flush=True)
            r = suite.run_once([args.python, prog.path.name, str(size)], prog.path.parent, 600.0)
            out = r.stdout.splitlines()
            if r.status != 0 or len(out) != 1:
                print(f"gen_expected: {prog.name} at {size} failed (status {r.status}):\n"
                      f"{r.stdout}{r.stderr}", file=sys.stderr)
                return 1
            lines[kind] = out[0]
        new[prog.name] = lines
    new = dict(sorted(new.items()))
    if args.check:
        changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
        for k in changed:
            print(f"would change: {k}")
        return 1 if changed else 0
    suite.EXPECTED_FILE.write_text(json.dumps(new, indent=1) + "\n")
    print(f"gen_expected: wrote {len(new)} programs to {suite.EXPECTED_FILE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
