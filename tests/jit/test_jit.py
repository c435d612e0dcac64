#!/usr/bin/env python3
"""Checks of Coil's JIT that golden programs cannot make (CPython has no JIT):
that LLVM stays unloaded without hot code, that a hot loop is compiled and
entered, that IR dumps are valid LLVM, the IR shape of a few functions, and
the JIT's command-line surface (coil ir / explain / bench, -X perf, coil.jit).

    tests/jit/test_jit.py --coil build/coil            run
    tests/jit/test_jit.py --coil build/coil --regen    rewrite dumps/*.expected
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
COIL = None
REGEN = False


def llvm_as():
    for name in ('llvm-as-19', '/usr/lib/llvm-19/bin/llvm-as'):
        path = shutil.which(name) or (name if os.path.exists(name) else None)
        if path:
            return path
    return None


def run(args, **kw):
    env = {k: v for k, v in os.environ.items() if not k.startswith(('PYTHON', 'COIL_'))}
    env['PYTHONHASHSEED'] = '0'
    return subprocess.run([COIL] + args, capture_output=True, text=True, env=env, timeout=120, **kw)


def normalise_ir(text):
    # Object addresses differ from run to run; the shape does not.
    return re.sub(r'-?\b\d{9,}\b', '<addr>', text)


HOT_LOOP = '''
def hot(n):
    total = 0
    for i in range(n):
        total += i
    return total
print(hot(200000))
'''


class JitTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='coil-jit-test-')

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def script(self, text, name='prog.py'):
        path = os.path.join(self.tmp, name)
        with open(path, 'w') as f:
            f.write(text)
        return path

    def stats(self, args):
        out = os.path.join(self.tmp, 'stats.json')
        r = run(['--jit-stats=json:' + out] + args)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out) as f:
            return r, json.load(f)

    def test_no_hot_code_never_loads_llvm(self):
        prog = self.script('''
def f(x):
    return x + 1
print(f(1), f(2))
maps = open('/proc/self/maps').read()
print('libLLVM' in maps, 'libcoil-jit' in maps)
''')
        r, st = self.stats([prog])
        self.assertEqual(r.stdout, '2 3\nFalse False\n')
        self.assertFalse(st['jit_loaded'])
        self.assertEqual(st['compiled'], 0)
        r, st = self.stats(['--jit=off', prog])
        self.assertEqual(r.stdout, '2 3\nFalse False\n')
        self.assertFalse(st['jit_loaded'])

    def test_hot_loop_compiled_and_entered(self):
        prog = self.script(HOT_LOOP)
        r, st = self.stats(['--jit-sync', prog])
        self.assertEqual(r.stdout, '19999900000\n')
        self.assertTrue(st['jit_loaded'])
        fn = {f['name']: f for f in st['functions']}
        self.assertEqual(fn['__main__:hot']['status'], 'compiled')
        self.assertGreaterEqual(fn['__main__:hot']['osr_entries'], 1)
        self.assertGreater(fn['__main__:hot']['code_bytes'], 0)

    def test_hot_loop_compiled_on_the_worker_thread(self):
        # Tiered, asynchronous: the loop keeps running interpreted until the
        # worker has finished; it runs long enough for that to happen.
        prog = self.script(HOT_LOOP.replace('200000', '30000000'))
        r, st = self.stats([prog])
        self.assertEqual(r.stdout, '449999985000000\n')
        fn = {f['name']: f for f in st['functions']}
        self.assertEqual(fn['__main__:hot']['status'], 'compiled')
        self.assertGreaterEqual(fn['__main__:hot']['native_entries'], 1)

    def test_hot_function_compiled_after_threshold(self):
        prog = self.script('''
def sq(x):
    return x * x
print(sum(sq(i) for i in range(3000)))
''')
        r, st = self.stats(['--jit-sync', '--jit-threshold=100', prog])
        self.assertEqual(r.stdout, '8995500500\n')
        fn = {f['name']: f for f in st['functions']}
        self.assertEqual(fn['__main__:sq']['status'], 'compiled')
        self.assertEqual(fn['__main__:sq']['native_entries'], 3000 - 99)

    def test_dump_ir_assembles(self):
        tool = llvm_as()
        if tool is None:
            self.skipTest('llvm-as-19 not installed')
        prog = self.script(HOT_LOOP + '''
class K:
    def m(self, y):
        try:
            return {y: [y, (y,)]}[y]
        except KeyError as e:
            raise ValueError from e
def gen(n):
    yield from range(n)
print(K().m(3), list(gen(3)))
''')
        d = os.path.join(self.tmp, 'dumps')
        os.mkdir(d)
        r = run(['--jit=eager', '--jit-sync', '--dump-ir=both', '--dump-asm', '--dump-dir=' + d, prog])
        self.assertEqual(r.returncode, 0, r.stderr)
        files = sorted(os.listdir(d))
        for stage in ('pre', 'post', 'asm'):
            self.assertIn('__main___hot.%s.%s' % (stage, 's' if stage == 'asm' else 'll'), files)
        lls = [f for f in files if f.endswith('.ll')]
        self.assertGreaterEqual(len(lls), 6)
        for f in lls:
            p = subprocess.run([tool, '-o', os.devnull, os.path.join(d, f)], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, f + ': ' + p.stderr)
        with open(os.path.join(d, '__main___hot.pre.ll')) as f:
            pre = f.read()
        self.assertIn('define { ptr, i64 } @"__main__:hot"(ptr %ts, ptr %frame)', pre)
        self.assertRegex(pre, r'; \d+ FOR_ITER \d+  \(line 4\)')
        with open(os.path.join(d, '__main___hot.asm.s')) as f:
            self.assertIn('__main__:hot', f.read())

    def test_dump_ir_to_stderr(self):
        prog = self.script(HOT_LOOP)
        r = run(['--jit=eager', '--jit-sync', '--dump-ir=pre', prog])
        self.assertEqual(r.stdout, '19999900000\n')
        self.assertIn('; ---- __main__:hot (pre) ----', r.stderr)
        self.assertNotIn('(post)', r.stderr)

    def test_ir_shape(self):
        # The unoptimised IR of f in each tests/jit/dumps/*.py, against
        # dumps/*.expected (regenerated by --regen).
        ddir = os.path.join(HERE, 'dumps')
        for name in sorted(os.listdir(ddir)):
            if not name.endswith('.py'):
                continue
            src = os.path.join(ddir, name)
            r = run(['-c', 'import coil; ns = {"__name__": "dump"}; '
                     'exec(compile(open(%r).read(), %r, "exec"), ns); '
                     'print(coil.jit.dump_ir(ns["f"], optimized=False), end="")' % (src, name)])
            self.assertEqual(r.returncode, 0, r.stderr)
            got = normalise_ir(r.stdout)
            exp_path = src[:-3] + '.expected'
            if REGEN:
                with open(exp_path, 'w') as f:
                    f.write(got)
                continue
            with open(exp_path) as f:
                self.assertEqual(got, f.read(), name + ': IR differs (tests/jit/test_jit.py --regen)')

    def test_coil_ir(self):
        prog = self.script(HOT_LOOP)
        r = run(['ir', prog + ':hot'])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(';    4 |     for i in range(n):', r.stdout)
        self.assertIn('FOR_ITER', r.stdout)
        self.assertIn('define { ptr, i64 } @"prog:hot"', r.stdout)
        r = run(['ir', prog + ':nope'])
        self.assertEqual(r.returncode, 1)
        self.assertIn("no function 'nope'", r.stderr)

    def test_coil_explain(self):
        prog = self.script(HOT_LOOP + '''
def cold():
    return 1
cold()
''')
        r = run(['explain', prog])
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertEqual(lines[0], '19999900000')
        hot = [l for l in lines if l.startswith('__main__:hot ')]
        cold = [l for l in lines if l.startswith('__main__:cold ')]
        self.assertEqual(len(hot), 1)
        self.assertIn('hot loop', hot[0])
        self.assertIn('not hot enough', cold[0])

    def test_coil_bench(self):
        prog = self.script(HOT_LOOP)
        js = os.path.join(self.tmp, 'b.json')
        md = os.path.join(self.tmp, 'b.md')
        r = run(['bench', '-n', '2', '--export-json', js, '--export-markdown', md, prog])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('Benchmark 1: interp', r.stdout)
        self.assertIn('Cold first run', r.stdout)
        self.assertRegex(r.stdout, r'(jit|interp) ran \d+\.\d+ ± \d+\.\d+ times faster than (interp|jit)')
        with open(js) as f:
            data = json.load(f)
        self.assertEqual([m['mode'] for m in data['results']], ['interp', 'jit'])
        self.assertEqual(len(data['results'][0]['times']), 2)
        with open(md) as f:
            self.assertIn('| `jit` |', f.read())

    def test_perf_map(self):
        prog = self.script(HOT_LOOP)
        r = run(['--jit=eager', '--jit-sync', '-X', 'perf', prog])
        self.assertEqual(r.returncode, 0, r.stderr)
        # The map is named after the pid, which the program does not print:
        # find the newest map that names the function.
        maps = [os.path.join('/tmp', f) for f in os.listdir('/tmp') if f.startswith('perf-') and f.endswith('.map')]
        found = False
        for m in sorted(maps, key=os.path.getmtime, reverse=True)[:5]:
            with open(m) as f:
                text = f.read()
            if 'py::__main__:hot' in text and self.tmp not in text:
                found = re.search(r'^[0-9a-f]+ [0-9a-f]+ py::__main__:hot$', text, re.M) is not None
                os.unlink(m)
                break
        self.assertTrue(found)

    def test_jit_only_and_trace(self):
        prog = self.script(HOT_LOOP + '''
def other():
    return 2
other()
''')
        r = run(['--jit=eager', '--jit-sync', '--jit-trace', '--jit-only=*:hot', prog])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stderr, r'\[jit\] compiled __main__:hot \(eager \(first call\); \d+ IR instructions')
        self.assertIn('[jit] skipped __main__:other: not matched by --jit-only=*:hot', r.stderr)

    def test_python_api(self):
        prog = self.script('''
import coil
def f(x):
    return x * 2
print(coil.jit.enabled(), coil.jit.is_compiled(f), coil.jit.info(f)['status'])
print(coil.jit.compile(f), coil.jit.is_compiled(f), f(21))
print(coil.jit.info(f)['native_entries'], coil.jit.stats()['compiled'] >= 1)
print('define' in coil.jit.dump_ir(f), 'define' in coil.jit.dump_ir(f, optimized=False))
try:
    coil.jit.is_compiled(3)
except TypeError as e:
    print(e)
''')
        r = run(['--jit-sync', prog])
        self.assertEqual(r.stdout, "True False interpreted\nTrue True 42\n1 True\nTrue True\n"
                                   "expected a function or code object, not 'int'\n", r.stderr)
        r = run(['--jit=off', prog])
        self.assertTrue(r.stdout.startswith('False False interpreted\nFalse False 42\n'), r.stdout + r.stderr)


def main():
    global COIL, REGEN
    ap = argparse.ArgumentParser()
    ap.add_argument('--coil', required=True)
    ap.add_argument('--regen', action='store_true')
    args, rest = ap.parse_known_args()
    COIL = os.path.abspath(args.coil)
    REGEN = args.regen
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == '__main__':
    main()
