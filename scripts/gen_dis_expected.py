#!/usr/bin/env python3
"""Regenerates tests/unit/frontend/data/dis/*.expected with CPython 3.11's dis.

Each snippet NAME.py is compiled as compile(source, "NAME.py", "exec") and
disassembled with dis.dis (show_caches=False). Code-object addresses
("at 0x7f...") are normalised to "at 0x?" so the text is stable; the
compiler test normalises Coil's output the same way.

Usage: scripts/gen_dis_expected.py [NAME ...]
"""
import dis
import io
import pathlib
import re
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_dis_expected.py must run under CPython 3.11 (the oracle)")

DATA = pathlib.Path(__file__).resolve().parent.parent / "tests/unit/frontend/data/dis"
ADDR = re.compile(r" at 0x[0-9a-fA-F]+")


def expected_for(path):
    source = path.read_text()
    code = compile(source, path.name, "exec")
    out = io.StringIO()
    dis.dis(code, file=out)
    return ADDR.sub(" at 0x?", out.getvalue())


def main(names):
    paths = sorted(DATA.glob("*.py"))
    if names:
        paths = [p for p in paths if p.stem in names]
    for p in paths:
        p.with_suffix(".expected").write_text(expected_for(p))
    print(f"wrote {len(paths)} .expected files in {DATA}")


if __name__ == "__main__":
    main(sys.argv[1:])
