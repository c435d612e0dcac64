# `python -m pkg` runs pkg/__main__.py (with relative imports), -m with a
# missing module, PYTHONPATH entries ahead of the standard folders. The
# child interpreters are run through os.system with this interpreter's
# sys.executable (its path is replaced by EXE in what they print).
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
exe = sys.executable


def run(cmd, env=""):
    out = "/tmp/_coil_run_module_%d.txt" % os.getpid()
    status = os.system("cd %s && %s %s %s > %s 2>&1" % (here, env, exe, cmd, out))
    with open(out) as f:
        print(f.read().replace(exe, "EXE"), end="")
    os.remove(out)
    print("exit code", os.waitstatus_to_exitcode(status))


run("-m _ipkg one two")
run("-m _ipkg._nope")
run("-m _nope_top")
run("-c 'import _onpath, sys; print(sys.path.index(\"%s\") < sys.path.index(\"%s\"))'"
    % (os.path.join(here, "_ppath"), os.path.dirname(os.__file__)), env="PYTHONPATH=_ppath:/nonexistent")
run("-c 'import _onpath'")
