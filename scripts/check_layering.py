#!/usr/bin/env python3
"""Fails if a folder includes a header from a layer it must not depend on.

runtime <- bytecode <- frontend;  interp -> bytecode, runtime;  jit -> interp.
Nothing depends on jit. cli (the executable) may include every layer.
"""
import pathlib
import re
import sys

ALLOWED = {
    "runtime": {"runtime"},
    "bytecode": {"bytecode", "runtime"},
    "frontend": {"frontend", "bytecode", "runtime"},
    "interp": {"interp", "bytecode", "runtime"},
    "jit": {"jit", "interp", "bytecode", "runtime"},
    "cli": {"cli", "frontend", "interp", "bytecode", "runtime", "jit"},
}
LAYERS = set(ALLOWED)
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/')

root = pathlib.Path(__file__).resolve().parent.parent
bad = []
for layer, allowed in ALLOWED.items():
    for path in sorted((root / layer).rglob("*")):
        if path.suffix not in {".h", ".cpp", ".def", ".inc"}:
            continue
        for lineno, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            m = INCLUDE.match(line)
            if m and m.group(1) in LAYERS and m.group(1) not in allowed:
                bad.append(f"{path.relative_to(root)}:{lineno}: {layer}/ must not include {m.group(1)}/")
if bad:
    print("layering violations:", *bad, sep="\n  ")
    sys.exit(1)
print("layering: ok")
