# traceback: chained exceptions, exception groups, stacks, recursion, SyntaxError, TracebackException
import sys
import traceback


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def show(exc, **kw):
    out = Out()
    traceback.print_exception(exc, file=out, **kw)
    print("".join(out.parts), end="")
    print("=" * 20)


def fail(kind):
    if kind == 1:
        raise KeyError("inner")
    return {}[kind]


# Explicit cause.
try:
    try:
        fail(1)
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    show(e)
    show(e, chain=False)
    show(e, limit=0)

# Implicit context.
try:
    try:
        fail(2)
    except KeyError:
        int("x")
except ValueError as e:
    show(e)
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__context__).__name__, te.__context__.exc_type.__name__, te.__cause__)
    print(str(te), te.exc_type.__name__, te.__suppress_context__, len(te.stack))
    te2 = traceback.TracebackException.from_exception(e, compact=True)
    print(te2.__context__ is not None)

# Suppressed context.
try:
    try:
        fail(1)
    except KeyError:
        raise TypeError("clean") from None
except TypeError as e:
    show(e)
    print(traceback.TracebackException.from_exception(e).__suppress_context__)

# Cycle in the chain.
a = ValueError("a")
b = ValueError("b")
a.__context__ = b
b.__context__ = a
show(a)


# Exception groups (nested, with tracebacks).
def raise_group():
    errors = []
    for i, exc in enumerate([ValueError("v"), TypeError("t")]):
        try:
            raise exc
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner", [KeyError("k")])
    errors.append(inner)
    raise ExceptionGroup("many", errors)


try:
    raise_group()
except ExceptionGroup as eg:
    show(eg)
    show(eg, chain=False)
    out = Out()
    te = traceback.TracebackException.from_exception(eg, max_group_width=2, max_group_depth=1)
    print("".join(te.format()), end="")
    print(len(te.exceptions), [t.exc_type.__name__ for t in te.exceptions])

big = ExceptionGroup("big", [ValueError(i) for i in range(20)])
show(big)
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level{i}", [deep])
show(deep)


# Recursion: repeated lines are summarised.
def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    return recurse(n - 1)


try:
    recurse(10)
except RecursionError as e:
    show(e)
    print(len(traceback.extract_tb(e.__traceback__)))


def mutual_a(n):
    return mutual_b(n)


def mutual_b(n):
    if n == 0:
        1 / 0
    return mutual_a(n - 1)


try:
    mutual_a(5)
except ZeroDivisionError as e:
    show(e)


# Stacks.
def level3():
    out = Out()
    traceback.print_stack(file=out)
    print("".join(out.parts), end="")
    print(traceback.format_stack(limit=2))
    st = traceback.extract_stack()
    print([f.name for f in st], st[-1].line)
    st = traceback.extract_stack(limit=1)
    print([f.name for f in st])
    f = sys._getframe()
    print([fr.f_code.co_name for fr, n in traceback.walk_stack(f)])
    print(traceback.StackSummary.extract(traceback.walk_stack(f), limit=2).format())


def level2():
    level3()


def level1():
    level2()


level1()

# SyntaxError formatting.
try:
    compile("x = (1 +\n", "snippet.py", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    compile("a b c", "<input>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception(e)), end="")
se = SyntaxError("custom message", ("f.py", 3, 5, "    bad  code\n", 3, 9))
print(traceback.format_exception_only(se))
se = SyntaxError("no location")
print(traceback.format_exception_only(se))
se = SyntaxError("only file", ("g.py", None, None, None))
print(traceback.format_exception_only(se))
se = SyntaxError("tabs", ("t.py", 1, 4, "\tx\ty = 1\n", 1, 6))
print(traceback.format_exception_only(se))
print(traceback.format_exception_only(IndentationError("unexpected indent", ("i.py", 2, 1, " x\n"))))

# TracebackException equality and capture_locals.
def with_locals():
    alpha = 1
    beta = "two"
    raise ValueError(alpha)


try:
    with_locals()
except ValueError as e:
    t1 = traceback.TracebackException.from_exception(e)
    t2 = traceback.TracebackException.from_exception(e)
    print(t1 == t2, t1 == 5)
    t3 = traceback.TracebackException.from_exception(e, capture_locals=True)
    print("".join(t3.stack.format()[1:]), end="")
    print(list(t3.format_exception_only()))
    t4 = traceback.TracebackException(type(e), e, e.__traceback__, lookup_lines=False)
    print([fs._line for fs in t4.stack])
