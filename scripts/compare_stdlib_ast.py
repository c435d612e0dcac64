#!/usr/bin/env python3
"""Parses CPython's stdlib with Coil's frontend and compares ast.dump output.

Usage: compare_stdlib_ast.py TOOL [--limit N] [--sample K] [--verbose] [PATHS...]
TOOL is the ast_dump_tool binary (tests/unit/frontend/standalone). Files that
python3 itself cannot parse (deliberately bad test data) are skipped. Prints
the pass rate and the first lines of each difference.
"""
import ast
import os
import random
import subprocess
import sys


def py_dump(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        return ast.dump(ast.parse(src), include_attributes=True)
    except (SyntaxError, ValueError):
        return None


def main():
    args = sys.argv[1:]
    tool = args.pop(0)
    limit = None
    sample = None
    verbose = False
    paths = []
    while args:
        a = args.pop(0)
        if a == "--limit":
            limit = int(args.pop(0))
        elif a == "--sample":
            sample = int(args.pop(0))
        elif a == "--verbose":
            verbose = True
        else:
            paths.append(a)
    if not paths:
        paths = [os.path.join(sys.prefix, "lib", "python%d.%d" % sys.version_info[:2])]
    files = []
    for p in paths:
        if os.path.isfile(p):
            files.append(p)
            continue
        for root, dirs, names in os.walk(p):
            if "lib2to3" in root and "data" in root:
                continue
            if "site-packages" in root:
                continue
            for n in names:
                if n.endswith(".py"):
                    files.append(os.path.join(root, n))
    files.sort()
    if sample:
        random.seed(1)
        files = random.sample(files, min(sample, len(files)))
    if limit:
        files = files[:limit]
    passed = failed = skipped = 0
    fails = []
    for f in files:
        exp = py_dump(f)
        if exp is None:
            skipped += 1
            continue
        try:
            got = subprocess.run([tool, f], capture_output=True, timeout=60).stdout.decode("utf-8", "replace").rstrip("\n")
        except subprocess.TimeoutExpired:
            got = "TIMEOUT"
        if got == exp:
            passed += 1
        else:
            failed += 1
            fails.append(f)
            if verbose:
                # first differing position
                i = 0
                while i < min(len(got), len(exp)) and got[i] == exp[i]:
                    i += 1
                print("FAIL", f)
                print("   exp:", exp[max(0, i - 150):i + 150])
                print("   got:", got[max(0, i - 150):i + 150])
    total = passed + failed
    print("passed %d / %d (%.1f%%), skipped %d (python3 rejects them)" % (passed, total, 100.0 * passed / max(total, 1), skipped))
    if not verbose:
        for f in fails[:50]:
            print("FAIL", f)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
