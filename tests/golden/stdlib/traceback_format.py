# traceback: format_exc, format_exception, format_tb, extract_tb, carets and anchors
import sys
import traceback


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return "".join(self.parts)


def divide(a, b):
    return a / b


def index(seq, i):
    return seq[i] + 1


def nested(d):
    return d["x"]["y"]["z"]


def outer():
    return divide(1, 0)


try:
    outer()
except ZeroDivisionError:
    print(traceback.format_exc(), end="")
    print("--- limit=1")
    print(traceback.format_exc(limit=1), end="")
    print("--- limit=-1")
    print(traceback.format_exc(limit=-1), end="")

try:
    index([1, 2, 3], 10)
except IndexError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(repr(fs), fs.filename, fs.lineno, fs.name, repr(fs.line), fs.colno, fs.end_colno)
        print(tuple(fs), len(fs), fs[2])
    print(traceback.format_tb(tb))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])

try:
    nested({"x": {"y": {}}})
except KeyError as e:
    out = Out()
    traceback.print_exception(e, file=out)
    print(out.text(), end="")

try:
    x = 1
    y = "a"
    z = (x +
         y)
except TypeError:
    out = Out()
    traceback.print_exc(file=out)
    print(out.text(), end="")

try:
    result = [1, 2] * 2 + None
except TypeError:
    print(traceback.format_exc(), end="")

# Explicit type/value/tb forms and their errors.
try:
    raise ValueError("bad value")
except ValueError as e:
    print(traceback.format_exception(ValueError, e, e.__traceback__)[-1], end="")
    print(traceback.format_exception(ValueError, e, None))
    try:
        traceback.format_exception(ValueError, e)
    except ValueError as err:
        print("ValueError:", err)
try:
    traceback.format_exception("not an exception")
except TypeError as err:
    print("TypeError:", err)
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(ValueError, None))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(Exception()))


class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(Broken()))


class Custom(Exception):
    pass


e = Custom("with notes")
e.add_note("first note")
e.add_note("second\nnote")
print(traceback.format_exception_only(e))
print(traceback.format_exc())
print(traceback.format_exception_only(OSError(2, "No such file", "x.txt")))

# print_list / format_list / from_list with tuples.
out = Out()
traceback.print_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)], file=out)
print(out.text(), end="")
print(traceback.format_list([("a.py", 3, "f", "  y = 2  ")]))
fs = traceback.FrameSummary("file.py", 10, "func", line="  return 1  ")
print(repr(fs.line), fs == ("file.py", 10, "func", "return 1"), fs.locals)
fs2 = traceback.FrameSummary("file.py", 10, "func", lookup_line=False, locals={"a": 1, "b": "s"})
print(fs2.locals, fs2 == fs)
print(traceback.StackSummary.from_list([fs2]).format())
