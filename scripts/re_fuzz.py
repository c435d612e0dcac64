#!/usr/bin/env python3
"""Differential fuzzing of Coil's re against CPython 3.11.

Generates programs of random patterns and subjects (matching, searching,
findall, sub, split, with flags, Unicode and bytes) and of random malformed
patterns and templates (re.error messages and positions), runs each with
python3 and with Coil, and prints the first lines that differ.

    scripts/re_fuzz.py --coil build/coil [--seeds 1-5] [--cases 300]

Exit status 1 when any output differs. Warnings written to stderr are not
compared (Coil may lack the warnings module).
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ATOMS = ['a', 'b', 'B', 'ß', '.', '[aB]', '[^a]', r'\w', r'\d', r'\s', 'K', 'ſ', '[a-z]',
         r'[^\W\d]', '[K-Ł]', 'İ', 'ı', r'\W', '1', r'\S', r'[\s\d]', 'x', r'\b', r'\B', '^', '$']
QUANTS = ['*', '+', '?', '{2}', '{1,3}', '{0,2}', '*?', '+?', '??', '{1,2}?', '*+', '++', '?+',
          '{2,}', '{,2}?']
OPENERS = ['(?=', '(?!', '(?<=', '(?<!', '(?>', '(?i:', '(?-i:', '(?s:', '(?m:']
FLAGS = ['0', 're.I', 're.M', 're.S', 're.A', 're.I|re.A', 're.I|re.S|re.M']
ERR_TOKENS = ['(', ')', '(?', '(?P<', '(?P=', '>', 'a', 'n', '[', ']', '^', '-', '\\', '\\1', '\\x4',
              '\\u12', '}', '{', '1', ',', '*', '+', '?', '|', '(?<', '=', '!', '(?(', '#', ':', 'i',
              '-x', '(?i', 's)', '\\g', '\\0', '\\8', '\\q', '.', '$', 'L', 'u', 'a)', '\\b', '\\Z',
              '\n', '(?#']
TEMPLATE_TOKENS = ['\\g<1>', '\\g<a>', '\\1', '\\2', 'x', '\\', '\\n', '\\q', '\\g<', '\\g<-1>',
                   '\\g<1x>', '\\10', '\\07', '\\400', '\\&', 'g', '<', '>']

PRELUDE = '''import re
def show(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(r))
def M(m):
    return None if m is None else (m.span(), m.groups(), m.lastindex, m.lastgroup)
'''


def gen_pattern(rng, depth=0):
    k = rng.randint(0, 11 if depth < 3 else 3)
    sub = lambda: gen_pattern(rng, depth + 1)
    if k <= 3:
        return rng.choice(ATOMS)
    if k == 4:
        return sub() + sub()
    if k == 5:
        return '(' + sub() + ')'
    if k == 6:
        return '(?:' + sub() + '|' + sub() + ')'
    if k == 7:
        return '(?:' + sub() + ')' + rng.choice(QUANTS)
    if k == 8:
        return '(' + sub() + rng.choice(['|', '']) + sub() + ')' + rng.choice(QUANTS + [''])
    if k == 9:
        return rng.choice(OPENERS) + sub() + ')'
    if k == 10:
        return '(' + sub() + ')' + rng.choice([r'\1', '(?(1)a|b)', '(?(1)x)'])
    return sub() + '|' + sub()


def gen_match_program(rng, cases):
    out = [PRELUDE]
    for _ in range(cases):
        p = '(?P<n>' + rng.choice(['a', 'B', 'ß', 'K', 'ı', 's']) + ')?' + gen_pattern(rng)
        s = ''.join(rng.choice('aAbBßSsKk\u212aıIİ1 x\n') for _ in range(rng.randint(0, 10)))
        out.append('p = %r; s = %r; f = %s' % (p, s, rng.choice(FLAGS)))
        for call in ('M(re.search(p, s, f))', 'M(re.match(p, s, f))', 'M(re.fullmatch(p, s, f))',
                     're.findall(p, s, f)', 're.sub(p, r"<\\g<0>>", s, flags=f)',
                     're.split(p, s, flags=f)'):
            out.append('show(lambda: %s)' % call)
        if all(ord(c) < 128 for c in p + s):
            out.append('show(lambda: re.findall(p.encode(), s.encode(), f))')
    return '\n'.join(out) + '\n'


def gen_error_program(rng, cases):
    out = [PRELUDE]
    for _ in range(cases):
        p = ''.join(rng.choice(ERR_TOKENS) for _ in range(rng.randint(1, 7)))
        out.append('show(lambda: (lambda x: (x.groups, sorted(x.groupindex.items())))(re.compile(%r)))' % p)
        out.append('show(lambda: getattr(re.compile(%r), "groups"))' % p.encode('latin1'))
        t = ''.join(rng.choice(TEMPLATE_TOKENS) for _ in range(rng.randint(1, 4)))
        out.append('show(lambda: re.sub(r"(?P<a>b)(c)?", %r, "abcab"))' % t)
    return '\n'.join(out) + '\n'


def run(cmd, path):
    r = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=300)
    return r.stdout


def parse_range(text):
    lo, _, hi = text.partition('-')
    return range(int(lo), int(hi or lo) + 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--coil', required=True)
    ap.add_argument('--seeds', default='1-3')
    ap.add_argument('--cases', type=int, default=300)
    args = ap.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for seed in parse_range(args.seeds):
            for kind, gen in (('match', gen_match_program), ('error', gen_error_program)):
                path = os.path.join(tmp, '%s_%d.py' % (kind, seed))
                with open(path, 'w') as f:
                    f.write(gen(random.Random(seed), args.cases))
                want = run([sys.executable], path).splitlines()
                got = run([args.coil, '--jit=off'], path).splitlines()
                bad = [(i, a, b) for i, (a, b) in enumerate(zip(want, got)) if a != b]
                if len(want) != len(got):
                    bad.append((min(len(want), len(got)), '<%d lines>' % len(want), '<%d lines>' % len(got)))
                print('%s seed %d: %d lines, %d differ' % (kind, seed, len(want), len(bad)))
                for i, a, b in bad[:5]:
                    print('  line %d\n    python3: %s\n    coil:    %s' % (i + 1, a, b))
                failed = failed or bool(bad)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
