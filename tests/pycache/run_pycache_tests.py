#!/usr/bin/env python3
"""Command-line tests of Coil's bytecode cache (docs/BYTECODE_CACHE.md).

The golden tests run inside one coil process and cannot pass interpreter
options; these run coil with -B, -O, -X pycache_prefix, PYTHONDONTWRITEBYTECODE,
PYTHONPYCACHEPREFIX and on damaged cache files, driven by CPython.

    tests/pycache/run_pycache_tests.py --coil build/coil [-v]

Each scenario works in a fresh temporary folder. Exit status 0 when all pass.
The observable for "was it recompiled" is _imp._coil_pycache_stats().
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

MOD_V1 = "X = 1\ndef f(n):\n    return [i * i for i in range(n) if i % 2]\n"
MOD_V2 = "X = 22\ndef f(n):\n    return [i + 1 for i in range(n)]\n"
# The counters also see lib/ modules (importlib's bootstrap): report the
# difference made by `import mod` alone.
MAIN = (
    "import _imp, sys\n"
    "s0 = _imp._coil_pycache_stats()\n"
    "import mod\n"
    "s = _imp._coil_pycache_stats()\n"
    "print(mod.X, mod.f(5), *(s[k] - s0[k] for k in ('hits', 'compiled', 'written', 'rejected', 'write_errors')))\n"
)

failures = []
verbose = False


def check(name, cond, detail=""):
    if cond:
        if verbose:
            print(f"ok   {name}")
    else:
        failures.append(name)
        print(f"FAIL {name} {detail}")


class Sandbox:
    def __init__(self, coil):
        self.coil = coil
        self.dir = tempfile.mkdtemp(prefix="coil-pycache-")
        self.write("mod.py", MOD_V1)
        self.write("main.py", MAIN)

    def write(self, name, text):
        with open(os.path.join(self.dir, name), "w") as f:
            f.write(text)

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def run(self, *options, env_extra=None, script="main.py"):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COIL_"))}
        env["PYTHONHASHSEED"] = "0"
        env.update(env_extra or {})
        r = subprocess.run([self.coil, *options, script], cwd=self.dir, env=env, capture_output=True, text=True,
                           timeout=60)
        return r.returncode, r.stdout, r.stderr

    def stats(self, *options, **kw):
        """(output values, stats tuple (hits, compiled, written, rejected, write_errors))"""
        rc, out, err = self.run(*options, **kw)
        if rc != 0:
            return None, (rc, err.strip()[-300:])
        fields = out.split()
        return out, tuple(int(x) for x in fields[-5:])

    def pyc(self):
        return self.path("__pycache__", "mod.coil-1.pyc")

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def scenario_basic(coil):
    sb = Sandbox(coil)
    try:
        out, st = sb.stats()
        check("first import compiles and writes", st == (0, 1, 1, 0, 0), st)
        check("output of compiled module", out and out.startswith("1 [1, 9]"), out)
        check("cache file at __pycache__/mod.coil-1.pyc", os.path.isfile(sb.pyc()))
        check("main script is not cached", sorted(os.listdir(sb.path("__pycache__"))) == ["mod.coil-1.pyc"],
              os.listdir(sb.path("__pycache__")))
        data = open(sb.pyc(), "rb").read()
        magic = subprocess.run([coil, "-c", "import importlib.util as u; print(u.MAGIC_NUMBER.hex())"],
                               capture_output=True, text=True).stdout.strip()
        check("file starts with importlib.util.MAGIC_NUMBER", data[:4].hex() == magic, (data[:4].hex(), magic))
        check("timestamp header: flags 0, mtime, size",
              int.from_bytes(data[4:8], "little") == 0 and
              int.from_bytes(data[8:12], "little") == int(os.stat(sb.path("mod.py")).st_mtime) & 0xFFFFFFFF and
              int.from_bytes(data[12:16], "little") == len(MOD_V1))
        out, st = sb.stats()
        check("second import uses the cache", st == (1, 0, 0, 0, 0), st)
        check("output from cached code", out and out.startswith("1 [1, 9]"), out)
        # Editing the source (new size) invalidates the cache.
        sb.write("mod.py", MOD_V2)
        out, st = sb.stats()
        check("edited source is recompiled and rewritten", st == (0, 1, 1, 1, 0), st)
        check("output after edit", out and out.startswith("22 [1, 2, 3, 4, 5]"), out)
        out, st = sb.stats()
        check("rewritten cache is used", st == (1, 0, 0, 0, 0), st)
        # Same size, other mtime.
        os.utime(sb.path("mod.py"), (1_000_000_000, 1_000_000_000))
        out, st = sb.stats()
        check("mtime change invalidates", st == (0, 1, 1, 1, 0), st)
        # -O uses its own file.
        out, st = sb.stats("-O")
        check("-O compiles to .opt-1.pyc", st == (0, 1, 1, 0, 0) and
              os.path.isfile(sb.path("__pycache__", "mod.coil-1.opt-1.pyc")), st)
        out, st = sb.stats("-O")
        check("-O second run uses .opt-1.pyc", st == (1, 0, 0, 0, 0), st)
    finally:
        sb.close()


def scenario_no_write(coil):
    for label, opts, env in [("-B", ("-B",), None),
                             ("PYTHONDONTWRITEBYTECODE", (), {"PYTHONDONTWRITEBYTECODE": "1"})]:
        sb = Sandbox(coil)
        try:
            out, st = sb.stats(*opts, env_extra=env)
            check(f"{label}: compiles, writes nothing", st == (0, 1, 0, 0, 0) and
                  not os.path.exists(sb.path("__pycache__")), st)
            out, st = sb.stats(*opts, env_extra=env)
            check(f"{label}: still nothing cached", st == (0, 1, 0, 0, 0), st)
            # An existing valid cache is still read with -B (as CPython).
            sb.stats()
            out, st = sb.stats(*opts, env_extra=env)
            check(f"{label}: reads an existing cache", st == (1, 0, 0, 0, 0), st)
        finally:
            sb.close()


def scenario_prefix(coil):
    for label, opts, env in [("-X pycache_prefix", None, None),
                             ("PYTHONPYCACHEPREFIX", (), None)]:
        sb = Sandbox(coil)
        prefix = tempfile.mkdtemp(prefix="coil-prefix-")
        try:
            if opts is None:
                opts = ("-X", f"pycache_prefix={prefix}")
            else:
                env = {"PYTHONPYCACHEPREFIX": prefix}
            out, st = sb.stats(*opts, env_extra=env)
            expected = os.path.join(prefix, sb.dir.lstrip("/"), "mod.coil-1.pyc")
            check(f"{label}: written under the prefix", st == (0, 1, 1, 0, 0) and os.path.isfile(expected),
                  (st, expected))
            check(f"{label}: no __pycache__ beside the source", not os.path.exists(sb.path("__pycache__")))
            out, st = sb.stats(*opts, env_extra=env)
            check(f"{label}: second run uses it", st == (1, 0, 0, 0, 0), st)
        finally:
            sb.close()
            shutil.rmtree(prefix, ignore_errors=True)
    # -X wins over the environment variable.
    sb = Sandbox(coil)
    a, b = tempfile.mkdtemp(), tempfile.mkdtemp()
    try:
        sb.write("show.py", "import sys; print(sys.pycache_prefix)")
        rc, out, err = sb.run("-X", f"pycache_prefix={a}", env_extra={"PYTHONPYCACHEPREFIX": b}, script="show.py")
        check("-X pycache_prefix wins over PYTHONPYCACHEPREFIX", out.strip() == a, (out, err))
        rc, out, err = sb.run("-E", env_extra={"PYTHONPYCACHEPREFIX": b}, script="show.py")
        check("-E ignores PYTHONPYCACHEPREFIX", out.strip() == "None", (out, err))
    finally:
        sb.close()
        shutil.rmtree(a, ignore_errors=True)
        shutil.rmtree(b, ignore_errors=True)


def scenario_unwritable(coil):
    sb = Sandbox(coil)
    try:
        # __pycache__ is a plain file: nothing can be written below it.
        sb.write("__pycache__", "not a folder")
        out, st = sb.stats()
        check("unwritable cache folder is tolerated", st == (0, 1, 0, 0, 1), st)
        check("output with unwritable cache folder", out and out.startswith("1 [1, 9]"), out)
        if os.geteuid() != 0:
            os.remove(sb.path("__pycache__"))
            os.chmod(sb.dir, 0o555)
            try:
                out, st = sb.stats()
                check("read-only source folder is tolerated", st == (0, 1, 0, 0, 1), st)
            finally:
                os.chmod(sb.dir, 0o755)
    finally:
        sb.close()


def scenario_corrupt(coil):
    sb = Sandbox(coil)
    try:
        sb.stats()
        good = open(sb.pyc(), "rb").read()
        ok = True
        # Every truncation: rejected, recompiled, rewritten, right output.
        for n in range(len(good)):
            with open(sb.pyc(), "wb") as f:
                f.write(good[:n])
            out, st = sb.stats()
            if not (out and out.startswith("1 [1, 9]") and st == (0, 1, 1, 1, 0)):
                ok = False
                print(f"  truncation to {n} bytes: {out!r} {st}")
                break
        check(f"every truncation ({len(good)}) is rejected and rewritten", ok)
        check("rewritten file equals the original", open(sb.pyc(), "rb").read() == good)
        # Every single-byte corruption (xor 0xFF) is rejected or harmless.
        ok = True
        for i in range(len(good)):
            bad = bytearray(good)
            bad[i] ^= 0xFF
            with open(sb.pyc(), "wb") as f:
                f.write(bad)
            out, st = sb.stats()
            if not (out and out.startswith("1 [1, 9]") and st in ((0, 1, 1, 1, 0), (1, 0, 0, 0, 0))):
                ok = False
                print(f"  byte {i} flipped: {out!r} {st}")
                break
        check(f"every single-byte corruption ({len(good)}) is rejected", ok)
        # A foreign file (CPython's 3.11 magic) is ignored and replaced.
        with open(sb.pyc(), "wb") as f:
            f.write(bytes.fromhex("a70d0d0a") + good[4:])
        out, st = sb.stats()
        check("foreign magic number is rejected", st == (0, 1, 1, 1, 0), st)
        check("and replaced by Coil's", open(sb.pyc(), "rb").read()[:4] == good[:4])
    finally:
        sb.close()


def scenario_hash_based(coil):
    """PEP 552 hash-based caches, written through _imp as py_compile does."""
    sb = Sandbox(coil)
    try:
        make = ("import _imp, importlib.util as u, sys\n"
                "src = open('mod.py', 'rb').read()\n"
                "code = compile(src, 'mod.py', 'exec')\n"
                "data = _imp._coil_pyc_hash(code, u.source_hash(src), sys.argv[1] == 'checked')\n"
                "_imp._coil_write_atomic(u.cache_from_source('mod.py'), data, 0o644)\n")
        sb.write("make.py", make)
        for mode in ("checked", "unchecked"):
            sb.write("mod.py", MOD_V1)
            env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COIL_"))}
            subprocess.run([coil, "make.py", mode], cwd=sb.dir, env=env, check=True)
            data = open(sb.pyc(), "rb").read()
            check(f"{mode} hash-based flags", int.from_bytes(data[4:8], "little") == (3 if mode == "checked" else 1))
            out, st = sb.stats()
            check(f"{mode} hash-based cache is used", st == (1, 0, 0, 0, 0), st)
            sb.write("mod.py", MOD_V2)
            out, st = sb.stats()
            if mode == "checked":
                check("checked: edited source is recompiled", st == (0, 1, 1, 1, 0) and out.startswith("22 "), (out, st))
                data = open(sb.pyc(), "rb").read()
                check("checked: rewritten file stays checked hash-based",
                      int.from_bytes(data[4:8], "little") == 3, data[4:8])
                out, st = sb.stats()
                check("checked: rewritten file is used", st == (1, 0, 0, 0, 0), st)
            else:
                check("unchecked: source not consulted (old code runs)", st == (1, 0, 0, 0, 0) and
                      out.startswith("1 "), (out, st))
    finally:
        sb.close()


def scenario_modules(coil):
    """Packages and relative imports are cached; -m runs are not cached."""
    sb = Sandbox(coil)
    try:
        os.mkdir(sb.path("pkg"))
        sb.write("pkg/__init__.py", "from . import sub\nNAME = 'pkg'\n")
        sb.write("pkg/sub.py", "VALUE = 7\n")
        sb.write("usepkg.py", "import _imp\nh = _imp._coil_pycache_stats()['hits']\nimport pkg\n"
                              "print(pkg.NAME, pkg.sub.VALUE, _imp._coil_pycache_stats()['hits'] - h)\n")
        rc, out, err = sb.run(script="usepkg.py")
        check("package compiled", out.split() == ["pkg", "7", "0"], (out, err))
        check("package __init__ cached", os.path.isfile(sb.path("pkg", "__pycache__", "__init__.coil-1.pyc")))
        check("submodule cached", os.path.isfile(sb.path("pkg", "__pycache__", "sub.coil-1.pyc")))
        rc, out, err = sb.run(script="usepkg.py")
        check("package and submodule from the cache", out.split() == ["pkg", "7", "2"], (out, err))
    finally:
        sb.close()


def scenario_tools(coil):
    """py_compile and compileall (when their dependencies exist in Coil)."""
    probe = subprocess.run([coil, "-c", "import os, enum, py_compile, compileall"], capture_output=True)
    if probe.returncode != 0:
        print("skip py_compile/compileall: coil cannot import os/enum yet")
        return
    sb = Sandbox(coil)
    try:
        os.mkdir(sb.path("tree"))
        os.mkdir(sb.path("tree", "inner"))
        sb.write("tree/a.py", "A = 1\n")
        sb.write("tree/inner/b.py", "B = 2\n")
        sb.write("tree/bad.py", "def (:\n")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COIL_"))}
        r = subprocess.run([coil, "-m", "compileall", "-q", "tree"], cwd=sb.dir, env=env, capture_output=True,
                           text=True)
        check("compileall exits 1 with a syntax error in the tree", r.returncode == 1, (r.returncode, r.stderr))
        check("compileall wrote a.py's cache", os.path.isfile(sb.path("tree", "__pycache__", "a.coil-1.pyc")))
        check("compileall recursed", os.path.isfile(sb.path("tree", "inner", "__pycache__", "b.coil-1.pyc")))
        sb.write("usetree.py", "import sys, _imp; sys.path.insert(0, 'tree'); h = _imp._coil_pycache_stats()['hits']\n"
                               "import a\nprint(a.A, _imp._coil_pycache_stats()['hits'] - h)\n")
        rc, out, err = sb.run(script="usetree.py")
        check("import uses compileall's output", out.split() == ["1", "1"], (out, err))
    finally:
        sb.close()


def main():
    global verbose
    ap = argparse.ArgumentParser()
    ap.add_argument("--coil", required=True)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    verbose = args.v
    coil = os.path.abspath(args.coil)
    for scenario in (scenario_basic, scenario_no_write, scenario_prefix, scenario_unwritable, scenario_corrupt,
                     scenario_hash_based, scenario_modules, scenario_tools):
        scenario(coil)
    print(f"pycache: {len(failures)} failed" if failures else "pycache: all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
