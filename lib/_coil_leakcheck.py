"""Leak check: run programs several times in this process and fail if the
number of live objects grows.

    coil leakcheck [-n N] [-v] FILE [args...]         (one program)
    coil lib/_coil_leakcheck.py [-n N] --suite LIST   (many programs, one process)

Each run executes the program's code in a fresh ``__main__`` module (as
runpy does), with ``sys.argv``, ``sys.path[0]``, the working directory and
``sys.stdin`` set as for ``coil FILE``; its output is discarded (``-v``
keeps the first run's). After each run the process state the program may
have changed is put back (streams, argv, path, cwd, recursion limit, the
collector's settings, trace functions, atexit callbacks, warning filters),
the caches that hold references legitimately are emptied (the type
attribute cache, ``re``'s, ``linecache``'s and ``typing``'s subscription
caches), the collector runs until it
finds nothing, and the live heap objects are counted
(``_coil_heap.live_blocks()``). Modules imported by the first run stay in
``sys.modules``, as in any process that runs code twice.

The check fails (exit status 1, the growth per type on stderr) when every
run after the second one ended with more live objects than the run before
it: a leak grows the count by the same amount each time, while caches that
fill once (the JIT compiling a function on reaching its threshold) do not.

With ``--suite LIST`` (a file naming one program per line, relative to the
list's folder, optionally followed by its arguments) a "run" is one pass
over all the programs, each in its own folder; the count after each pass
must return to the count after the second pass.
"""

import array
import contextvars
import gc
import io
import os
import sys
import types

import _coil_heap
import atexit

try:
    import coil
except ImportError:  # the driver also runs on builds without the coil module
    coil = None


class _Sink:
    """A text stream that drops what it is given."""

    encoding = "utf-8"
    errors = "strict"

    def write(self, text):
        return len(text)

    def writelines(self, lines):
        pass

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        raise io.UnsupportedOperation("fileno")


class Program:
    def __init__(self, path, args, stdin_text):
        self.path = os.path.abspath(path)
        self.folder = os.path.dirname(self.path)
        self.args = args
        self.stdin_text = stdin_text
        with open(self.path, "rb") as f:
            self.source = f.read()


def _saved_state():
    gc_state = (gc.isenabled(), gc.get_threshold(), gc.get_debug(), list(gc.callbacks))
    warnings = sys.modules.get("warnings")
    filters = list(warnings.filters) if warnings else None
    return {
        "streams": (sys.stdin, sys.stdout, sys.stderr),
        "argv": list(sys.argv),
        "path": list(sys.path),
        "cwd": os.getcwd(),
        "recursionlimit": sys.getrecursionlimit(),
        "int_max_str_digits": sys.get_int_max_str_digits(),
        "gc": gc_state,
        "warnings": filters,
        "main": sys.modules.get("__main__"),
        "hooks": (sys.excepthook, sys.unraisablehook, sys.displayhook, sys.breakpointhook),
    }


def _restore_state(state):
    sys.settrace(None)
    sys.setprofile(None)
    if "threading" in sys.modules:
        threading = sys.modules["threading"]
        threading.settrace(None)
        threading.setprofile(None)
        current = threading.current_thread()
        for t in threading.enumerate():
            if t is not current and not t.daemon:
                t.join()
    # The program's exit: its atexit callbacks run (output discarded) and go.
    atexit._run_exitfuncs()
    atexit._clear()
    sys.stdin, sys.stdout, sys.stderr = state["streams"]
    sys.argv[:] = state["argv"]
    sys.path[:] = state["path"]
    os.chdir(state["cwd"])
    sys.setrecursionlimit(state["recursionlimit"])
    sys.set_int_max_str_digits(state["int_max_str_digits"])
    enabled, threshold, debug, callbacks = state["gc"]
    if enabled:
        gc.enable()
    else:
        gc.disable()
    gc.set_threshold(*threshold)
    gc.set_debug(debug)
    gc.callbacks[:] = callbacks
    del gc.garbage[:]
    gc.unfreeze()
    warnings = sys.modules.get("warnings")
    if warnings is not None:
        if state["warnings"] is None:
            warnings.resetwarnings()
        else:
            warnings.filters[:] = state["warnings"]
        warnings._filters_mutated()
    if state["main"] is not None:
        sys.modules["__main__"] = state["main"]
    sys.excepthook, sys.unraisablehook, sys.displayhook, sys.breakpointhook = state["hooks"]
    for name in ("last_type", "last_value", "last_traceback"):
        if hasattr(sys, name):
            delattr(sys, name)


def run_once(program, verbose):
    """Runs `program` once; returns how it ended ("ok", "exit N" or an exception name)."""
    state = _saved_state()
    module = types.ModuleType("__main__")
    module.__file__ = program.path
    module.__builtins__ = __builtins__
    module.__cached__ = None
    sys.modules["__main__"] = module
    sys.argv[:] = [program.path] + program.args
    sys.path[0] = program.folder
    os.chdir(program.folder)
    sys.stdin = io.StringIO(program.stdin_text)
    if not verbose:
        sys.stdout = sys.stderr = _Sink()
    try:
        # Compiled in each run, as a new process would: the compiler's own
        # leaks count too, and a SyntaxError is an ordinary outcome.
        code = compile(program.source, program.path, "exec")
        # In a context of its own, as in a new process: context variables
        # the program sets in the main thread's context must not outlive it.
        contextvars.Context().run(exec, code, module.__dict__)
        del code
    except SystemExit as e:
        outcome = "exit %s" % (e.code,)
    except BaseException as e:
        outcome = type(e).__name__
    else:
        outcome = "ok"
    finally:
        try:
            _restore_state(state)
        finally:
            module.__dict__.clear()
            del module
    return outcome


def _clear_caches():
    # Compilations still queued for the JIT's worker hold their code objects:
    # let them finish and be installed, so that every count sees none pending.
    coil = sys.modules.get("coil")
    wait = getattr(coil.jit, "wait", None) if coil is not None else None
    if wait is not None and coil.jit.enabled():
        wait()
    re = sys.modules.get("re")
    if re is not None:
        re.purge()
    typing = sys.modules.get("typing")
    if typing is not None:
        for clear in getattr(typing, "_cleanups", ()):
            clear()
    linecache = sys.modules.get("linecache")
    if linecache is not None:
        linecache.clearcache()
    _coil_heap.clear_caches()
    sys.exc_info()  # nothing is being handled here
    for _ in range(10):
        if gc.collect() == 0:
            break


def _type_counts():
    # Names interned, so that a later snapshot does not count this one's keys.
    return {sys.intern(name): n for name, n in _coil_heap.count_by_type().items()}


def measure():
    _clear_caches()
    return _coil_heap.live_blocks()


def check(programs, runs, verbose, label):
    # The figures are kept where recording them allocates no object (an
    # array of machine integers), so that the check itself does not grow.
    counts = array.array("q", bytes(8 * runs))
    first = None
    before = None
    for i in range(runs):
        outcomes = [run_once(p, verbose and i == 0) for p in programs]
        if i == 0:
            first = outcomes
        del outcomes
        counts[i] = measure()
        if i == 0:
            _type_counts()  # interns the type names of what run 1 left
        elif i == 1:
            # The snapshot lives on until the report: counted in the baseline.
            before = _type_counts()
            counts[i] = measure()
        elif i == runs - 1:
            after = _type_counts()
    counts = list(counts)
    # `after` also counts `before` itself: its dict and the
    # counts that are not small ints.
    after["dict"] = after.get("dict", 0) - 1
    after["int"] = after.get("int", 0) - sum(1 for v in before.values() if v > 256)
    deltas = [counts[i] - counts[i - 1] for i in range(2, runs)]
    growing = bool(deltas) and all(d > 0 for d in deltas)
    summary = "%s: %d runs, %s; live objects after each run: %s" % (
        label,
        runs,
        ", ".join(sorted(set(first))) if len(programs) > 1 else first[0],
        " ".join(str(c) for c in counts),
    )
    if not growing:
        print("leakcheck: %s: stable" % summary, file=sys.__stderr__)
        return 0
    growth = []
    for name in set(before) | set(after):
        d = after.get(name, 0) - before.get(name, 0)
        if d:
            growth.append((-d, name))
    growth.sort()
    per_type = ", ".join("%s %+d" % (name, -d) for d, name in growth[:12])
    print(
        "leakcheck: %s: LEAK: live objects grew by %d over runs 3..%d (%s per run); by type from run 2 to %d: %s"
        % (summary, counts[-1] - counts[1], runs, "/".join(map(str, deltas)), runs, per_type),
        file=sys.__stderr__,
    )
    return 1


def _read_suite(list_path):
    folder = os.path.dirname(os.path.abspath(list_path))
    programs = []
    with open(list_path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            path = os.path.join(folder, parts[0])
            stdin_path = path[:-3] + ".stdin"
            stdin_text = ""
            if os.path.exists(stdin_path):
                with open(stdin_path) as s:
                    stdin_text = s.read()
            programs.append(Program(path, parts[1:], stdin_text))
    return programs


def main(argv):
    runs = 4
    verbose = False
    suite = None
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        opt = argv[i]
        if opt == "-n" and i + 1 < len(argv):
            runs = int(argv[i + 1])
            i += 2
            continue
        if opt == "-v":
            verbose = True
        elif opt == "--suite" and i + 1 < len(argv):
            suite = argv[i + 1]
            i += 1
        else:
            print("usage: coil leakcheck [-n RUNS] [-v] FILE [args...] | --suite LIST", file=sys.stderr)
            return 2
        i += 1
    if runs < 3:
        print("leakcheck: -n must be at least 3", file=sys.stderr)
        return 2
    if suite is not None:
        programs = _read_suite(suite)
        label = "%s (%d programs)" % (suite, len(programs))
    else:
        if i >= len(argv):
            print("usage: coil leakcheck [-n RUNS] [-v] FILE [args...] | --suite LIST", file=sys.stderr)
            return 2
        stdin_text = "" if sys.stdin is None or sys.stdin.isatty() else sys.stdin.read()
        programs = [Program(argv[i], argv[i + 1 :], stdin_text)]
        label = argv[i]
    return check(programs, runs, verbose, label)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
