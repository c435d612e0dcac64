#!/usr/bin/env python3
"""Compares the names Coil's builtins offer with CPython's: dir(builtins)
and dir() of every builtin type (issue 5's list). Prints what is missing or
extra per object; exit status 1 when anything differs.

Usage: scripts/builtins_sweep.py COIL
"""
import ast
import subprocess
import sys

PROGRAM = r'''
import builtins
print("builtins", sorted(dir(builtins)))
for name in ["str", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset", "int", "float",
             "complex", "range", "bool", "object", "type", "slice", "property", "staticmethod",
             "classmethod", "super", "enumerate", "zip", "map", "filter", "reversed", "memoryview"]:
    t = getattr(builtins, name, None)
    print(name, sorted(dir(t)) if t is not None else None)
'''


def run(cmd):
    out = subprocess.run(cmd + ["-c", PROGRAM], capture_output=True, text=True, check=True).stdout
    result = {}
    for line in out.splitlines():
        name, _, rest = line.partition(" ")
        result[name] = ast.literal_eval(rest)
    return result


def main():
    ref = run(["python3"])
    got = run([sys.argv[1]])
    differ = 0
    for name, names in ref.items():
        have = got.get(name)
        if have is None:
            print(f"{name}: missing entirely")
            differ += 1
            continue
        missing = sorted(set(names) - set(have))
        extra = sorted(set(have) - set(names))
        if missing or extra:
            differ += 1
            print(f"{name}: missing {missing} extra {extra}")
    print(f"{differ} objects differ")
    return 1 if differ else 0


sys.exit(main())
