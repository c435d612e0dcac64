#!/usr/bin/env python3
"""Regenerates (or checks) the expected outputs of the frontend parser tests.

tests/unit/frontend/data/ast/NAME.py     -> NAME.expected: ast.dump(ast.parse(src), include_attributes=True)
tests/unit/frontend/data/errors/NAME.py  -> NAME.expected: "Type|message|lineno|offset|end_lineno|end_offset"

Sources are read as bytes; error cases are compiled from the decoded text (as
CPython does for files, so offsets count characters). Must run under
CPython 3.11 (the oracle).

Usage: gen_ast_expected.py [--check]
"""
import ast
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "unit", "frontend", "data")


def ast_expected(src):
    return ast.dump(ast.parse(src), include_attributes=True) + "\n"


def error_expected(src):
    try:
        text = src.decode("utf-8")
    except UnicodeDecodeError:
        text = src
    try:
        compile(text, "<test>", "exec")
    except SyntaxError as e:
        return "%s|%s|%s|%s|%s|%s\n" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    raise SystemExit("error case compiles without error")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("needs python 3.11, this is %s" % sys.version.split()[0])
    check = "--check" in sys.argv[1:]
    bad = 0
    count = 0
    for sub, fn in (("ast", ast_expected), ("errors", error_expected)):
        d = os.path.join(ROOT, sub)
        for name in sorted(os.listdir(d)):
            if not name.endswith(".py"):
                continue
            path = os.path.join(d, name)
            with open(path, "rb") as f:
                src = f.read()
            exp = fn(src)
            out = path[:-3] + ".expected"
            count += 1
            if check:
                try:
                    with open(out, encoding="utf-8") as f:
                        cur = f.read()
                except FileNotFoundError:
                    cur = None
                if cur != exp:
                    print("stale:", out)
                    bad += 1
            else:
                with open(out, "w", encoding="utf-8") as f:
                    f.write(exp)
    print("%d cases, %d stale" % (count, bad) if check else "%d expected files written" % count)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
