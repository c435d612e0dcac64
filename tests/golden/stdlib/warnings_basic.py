# warnings: warn, filters, actions, catch_warnings(record=True), registry, formatting
import sys
import warnings


def show(log):
    for w in log:
        print(w.category.__name__, str(w.message), w.lineno, w.filename == __file__, w.line, w.file, w.source)


print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("instance"))
    warnings.warn("cat ignored", SyntaxWarning)
    warnings.warn(123)
    show(log)
    print(str(log[0]))
    print(log[2].message.args, type(log[2].message).__name__)


def helper(level):
    warnings.warn("from helper", UserWarning, stacklevel=level)


def caller(level):
    helper(level)  # line of the caller


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for level in (1, 2, 3, 0, -5, 99):
        caller(level)
    print([(w.lineno, w.filename.endswith("warnings_basic.py")) for w in log])
    print(log[-1].filename)

# Actions: default shows once per location, once once per text, module once per module.
for action in ("default", "once", "module", "always", "ignore"):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for i in range(3):
            warnings.warn("repeat")
            warnings.warn("repeat")
        for i in range(2):
            warnings.warn("other text")
        print(action, len(log), [w.lineno for w in log])

# error action
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore", category=RuntimeWarning)
    warnings.warn("quiet", RuntimeWarning)
    try:
        warnings.warn("loud", UserWarning)
    except UserWarning as e:
        print("raised", e)

# Category filters and ordering.
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("ignore", UserWarning, append=True)
    print([(f[0], f[2].__name__) for f in warnings.filters])
    warnings.simplefilter("ignore", DeprecationWarning)
    print(len(warnings.filters))
    warnings.warn("a", DeprecationWarning)
    warnings.warn("b", PendingDeprecationWarning)
    warnings.warn("c", FutureWarning)
    print([str(w.message) for w in log])
    warnings.simplefilter("error", lineno=1)
    print(warnings.filters[0])

# Registry.
def reg_test():
    warnings.warn("registered")


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    globals().pop("__warningregistry__", None)
    reg_test()
    reg_test()
    reg = globals()["__warningregistry__"]
    print(len(log), sorted((k if isinstance(k, str) else (k[0], k[1].__name__, k[2])) for k in reg if k != "version"))
    print(type(reg["version"]).__name__, list(reg.values())[1:])

# warn_explicit
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
    warnings.warn_explicit("explicit2", FutureWarning, "other.py", 7, module="mod", registry={})
    warnings.warn_explicit(UserWarning("inst"), None, "x.py", 1)
    for w in log:
        print(w.category.__name__, w.message, w.filename, w.lineno)
    r = {}
    warnings.simplefilter("default")
    warnings.warn_explicit("once-per-registry", UserWarning, "f.py", 3, registry=r)
    warnings.warn_explicit("once-per-registry", UserWarning, "f.py", 3, registry=r)
    print(len(log), sorted(map(str, r)))
    try:
        warnings.warn_explicit("x", UserWarning, "f.py", 3, registry=[])
    except TypeError as e:
        print("TypeError:", e)
    try:
        warnings.warn_explicit("x", UserWarning, "f.py", 3, module_globals=5)
    except TypeError as e:
        print("TypeError:", e)

# Module filters on warn_explicit's module name.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filters.insert(0, ("ignore", None, Warning, "quiet_mod", 0))
    warnings.warn_explicit("q", UserWarning, "quiet_mod.py", 1)
    warnings.warn_explicit("q", UserWarning, "loud_mod.py", 1)
    warnings.warn_explicit("q2", UserWarning, "z.py", 1, module="quiet_mod")
    print([(str(w.message), w.filename) for w in log])

# Errors.
for args in [("x", int), ("x", "notaclass"), ("x", Exception), ("x", None, "lvl")]:
    try:
        warnings.warn(*args)
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.simplefilter("ignore", int),
            lambda: warnings.simplefilter("ignore", lineno=-1), lambda: warnings.filterwarnings("ignore", message=5),
            lambda: warnings.simplefilter("ignore", "x")]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)
with warnings.catch_warnings():
    warnings.filters[:] = [("strange", None, Warning, None, 0)]
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print("RuntimeError:", e)
    warnings.filters[:] = [("always", None, Warning, None)]
    try:
        warnings.warn("y")
    except ValueError as e:
        print("ValueError:", e)

# catch_warnings misuse and repr.
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print("RuntimeError:", e)
cw.__exit__(None, None, None)

# catch_warnings(action=...) (3.11)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("hidden")
    print(warnings.filters[0][:1])
with warnings.catch_warnings(record=True, action="always", category=UserWarning) as log:
    warnings.warn("shown")
    warnings.warn("shown")
    print(len(log))

# formatwarning / showwarning and their replacement.
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10, line="  some code  ")))
print(repr(warnings.formatwarning(ValueError("v"), DeprecationWarning, __file__, 1)))


class Sink:
    def __init__(self):
        self.data = []

    def write(self, s):
        self.data.append(s)


sink = Sink()
warnings.showwarning("to sink", UserWarning, "s.py", 5, file=sink, line="line text")
print(sink.data)

old_show = warnings.showwarning
def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom show:", category.__name__, message, lineno, file, line)
warnings.showwarning = my_show
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("via custom")
warnings.showwarning = old_show

old_format = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: f"[{c.__name__}] {m}\n"
with warnings.catch_warnings():
    warnings.simplefilter("always")
    sink = Sink()
    warnings.showwarning("formatted", UserWarning, "f.py", 1, file=sink)
    print(sink.data)
warnings.formatwarning = old_format

wm = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(str(wm), wm.file, wm.line, wm.source)
print(warnings.WarningMessage("m", None, "f.py", 3)._category_name)

# Broken module state.
saved = warnings.filters, warnings.defaultaction
warnings.filters = ()
try:
    warnings.warn("x")
except ValueError as e:
    print("ValueError:", e)
warnings.filters = []
warnings.defaultaction = 5
try:
    warnings.warn("x")
except TypeError as e:
    print("TypeError:", e)
warnings.filters, warnings.defaultaction = saved
