import sys
import traceback

def level3():
    raise ValueError("deep problem")
def level2():
    level3()
def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("wrapped") from e

try:
    level1()
except RuntimeError as e:
    text = traceback.format_exc()
    print(text)
    lines = traceback.format_exception(e)
    print(len(lines), lines[-1], end="")
    only = traceback.format_exception_only(type(e), e)
    print(only)
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__cause__.__traceback__)])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__)
    print("".join(te.format_exception_only()), end="")
    print(traceback.format_exception(e, chain=False)[-1], end="")
    print(traceback.format_tb(e.__traceback__)[0], end="")
def show_stack():
    return traceback.format_stack(limit=2)
def outer_stack():
    return show_stack()
for entry in outer_stack():
    print(entry, end="")
print(traceback.extract_stack(limit=1)[0].name)
try:
    {}["x"]
except KeyError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, repr(value), tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
    traceback.print_exception(etype, value, tb, file=sys.stdout)
    traceback.print_exc(limit=0, file=sys.stdout)
e = ValueError("noted")
e.add_note("extra context")
print("".join(traceback.format_exception(e)), end="")
print(traceback.format_exception_only(SyntaxError, SyntaxError("bad", ("f.py", 2, 5, "x = = 1\n", 2, 6))))
try:
    exec("def f(:\n pass")
except SyntaxError:
    traceback.print_exc(file=sys.stdout)
class CustomErr(Exception):
    def __str__(self):
        return "custom!"
print(traceback.format_exception_only(CustomErr, CustomErr()))
print(traceback.format_exception_only(KeyError, KeyError()))
print(traceback.format_exception_only(ValueError, ValueError("")))
