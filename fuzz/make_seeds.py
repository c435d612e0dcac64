#!/usr/bin/env python3
"""Writes the seed corpus of one fuzz target into a folder (scripts/fuzz.sh).

  compile, exec  every tests/golden/**/*.py up to 16 KiB
  pyc            .pyc files that Coil's py_compile makes of golden tests
                 (needs --coil, a Coil executable)
  numbers        numeric literals and format specs found in the golden tests,
                 each behind the operation byte fuzz_numbers expects
  jit            fixed pseudo-random byte strings (the generator's input)

Seeds are derived from the repository on each run, never committed.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, 'tests', 'golden')


def golden_files(limit=16384):
    out = []
    for d, _, files in os.walk(GOLDEN):
        for f in sorted(files):
            p = os.path.join(d, f)
            if f.endswith('.py') and os.path.getsize(p) <= limit:
                out.append(p)
    return sorted(out)


def write(outdir, name, data):
    with open(os.path.join(outdir, name), 'wb') as f:
        f.write(data)


def seeds_source(outdir):
    for i, p in enumerate(golden_files()):
        with open(p, 'rb') as f:
            write(outdir, 'golden%04d' % i, f.read())


def seeds_pyc(outdir, coil):
    files = golden_files(8192)[::4]
    with tempfile.TemporaryDirectory() as tmp:
        listing = os.path.join(tmp, 'files.txt')
        with open(listing, 'w') as f:
            f.write('\n'.join(files))
        script = ('import py_compile, sys\n'
                  'names = open(sys.argv[1]).read().split("\\n")\n'
                  'for i, src in enumerate(names):\n'
                  '    try:\n'
                  '        py_compile.compile(src, cfile=sys.argv[2] + "/seed%04d.pyc" % i, doraise=True)\n'
                  '    except Exception:\n'
                  '        pass\n')
        env = dict(os.environ, ASAN_OPTIONS='detect_leaks=0')
        subprocess.run([coil, '-c', script, listing, outdir], check=True, env=env)


NUMBER = re.compile(rb'(?<![\w.])(?:0[xXoObB][0-9a-fA-F_]+|\d[\d_]*\.?[\d_]*(?:[eE][+-]?\d+)?[jJ]?|\.\d+(?:[eE][+-]?\d+)?)')
SPEC = re.compile(rb'\{[^{}\n]{0,3}:([^{}\n]{1,20})\}')


def seeds_numbers(outdir):
    literals, specs = set(), set()
    for p in golden_files(1 << 20):
        with open(p, 'rb') as f:
            text = f.read()
        literals.update(NUMBER.findall(text))
        specs.update(SPEC.findall(text))
    literals = sorted(literals)[:600]
    specs = sorted(specs)[:400]
    extra = [b'  -12_345  ', b'inf', b'-nan', b'1e400', b'0x_ff', b'1__0', b'\xd9\xa1\xd9\xa2', b'3+4j', b'(1-2j)',
             b'9' * 5000, b'0.1e-999', b'+.5E+3']
    n = 0
    for lit in literals + extra:
        for op in (0, 2, 3):
            write(outdir, 'n%05d' % n, bytes([op]) + lit)
            n += 1
        write(outdir, 'n%05d' % n, bytes([1, n % 16]) + lit)
        n += 1
    values = [b'12345', b'-7', b'3.14159', b'1e100', b'nan', b'abc', b'1+2j']
    for i, spec in enumerate(specs):
        op = 4 + i % 4
        write(outdir, 'n%05d' % n, bytes([op]) + values[i % len(values)] + b'\0' + spec)
        n += 1
        write(outdir, 'n%05d' % n, bytes([8]) + b'{0:' + spec + b'} %s %d')
        n += 1


def seeds_jit(outdir):
    rng = random.Random(0)
    for i in range(64):
        write(outdir, 'j%03d' % i, bytes(rng.randrange(256) for _ in range(rng.randrange(8, 256))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('target', choices=['compile', 'exec', 'pyc', 'numbers', 'jit'])
    ap.add_argument('outdir')
    ap.add_argument('--coil', help='Coil executable (for pyc seeds)')
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    if a.target in ('compile', 'exec'):
        seeds_source(a.outdir)
    elif a.target == 'pyc':
        if not a.coil:
            sys.exit('make_seeds.py: pyc seeds need --coil')
        seeds_pyc(a.outdir, a.coil)
    elif a.target == 'numbers':
        seeds_numbers(a.outdir)
    else:
        seeds_jit(a.outdir)
    print('%s: %d seeds in %s' % (a.target, len(os.listdir(a.outdir)), a.outdir))


if __name__ == '__main__':
    main()
