# Runs other golden programs many times in this process (fresh namespaces,
# output discarded) and checks that the number of live allocated blocks
# returns to the same figure after each run once caches are warm.
import gc
import sys

PROGRAMS = [
    "refcounts.py", "int_identity.py", "interning.py", "weakref_ref.py",
    "../list/list_methods.py", "../dict/dict_methods.py", "../dict/dict_views.py",
    "../set/set_ops.py", "../classes/class_basics.py", "../classes/dunder_methods.py",
    "../classes/inheritance_super.py", "../comprehensions/genexp.py",
    "../comprehensions/comprehension_scope.py", "../exceptions/raise_from.py",
    "../exceptions/context_managers.py", "../exceptions/finally_control.py",
    "../exceptions/uncaught_chained.py", "../generators/generator_send.py", "../generators/yield_from.py",
    "../str/methods_split_join.py", "gc_counts.py",
]


class Sink:
    def write(self, text):
        return len(text)

    def flush(self):
        pass


def run(code):
    ns = {"__name__": "__main__", "__builtins__": __builtins__}
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = Sink()
    try:
        exec(code, ns)
    except BaseException as e:
        result = type(e).__name__
    else:
        result = "ok"
    finally:
        sys.stdout, sys.stderr = saved
    ns.clear()
    return result


for path in PROGRAMS:
    try:
        with open(path) as f:
            source = f.read()
    except OSError:
        print(path, "missing")
        continue
    code = compile(source, path, "exec")
    outcome = run(code)
    run(code)
    gc.collect()
    deltas = []
    for i in range(3):
        before = sys.getallocatedblocks()
        run(code)
        gc.collect()
        after = sys.getallocatedblocks()
        deltas.append(after - before)
    print(path, outcome, "stable" if deltas[-1] <= 0 else "growing by %d" % deltas[-1])
