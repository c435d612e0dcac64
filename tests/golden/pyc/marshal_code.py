# marshal of code objects: round trips of real functions (closures,
# generators, exceptions, classes, nested code), execution of the loaded
# code, dump/load through file objects, and damaged code data.
import marshal


def sample(a, b=2, *args, c, d=4, **kw):
    total = a + b + c + d + sum(args) + len(kw)
    squares = [i * i for i in range(total) if i % 3]
    try:
        {}["missing"]
    except KeyError as e:
        caught = repr(e)
    else:
        caught = None
    return total, squares[-3:], caught


def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def gen(n):
    for i in range(n):
        yield i * 10
    return "done"


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} with {self.sides} sides"


for fn in [sample, make_counter, gen, Shape.describe, Shape.__init__]:
    co = fn.__code__
    data = marshal.dumps(co)
    back = marshal.loads(data)
    print(co.co_qualname, type(back).__name__, back == co, hash(back) == hash(co),
          back.co_varnames == co.co_varnames, back.co_consts == co.co_consts,
          back.co_code == co.co_code, back.co_linetable == co.co_linetable,
          back.co_exceptiontable == co.co_exceptiontable, back.co_flags == co.co_flags,
          back.co_firstlineno == co.co_firstlineno, back.co_filename == co.co_filename,
          back.co_freevars == co.co_freevars, back.co_cellvars == co.co_cellvars,
          list(back.co_lines()) == list(co.co_lines()),
          list(back.co_positions()) == list(co.co_positions()))

# Loaded code runs like the original.
f = type(sample)(marshal.loads(marshal.dumps(sample.__code__)), globals(), "sample", (2,))
f.__kwdefaults__ = {"d": 4}
print(f(1, 5, 6, c=3, x=1))
counter = type(make_counter)(marshal.loads(marshal.dumps(make_counter.__code__)), globals())
step = counter(10)
print(step(), step(5), step.__code__.co_freevars)
g = type(gen)(marshal.loads(marshal.dumps(gen.__code__)), globals())
it = g(3)
print(list(it))

# Module-level code compiled from source, marshalled, executed.
source = """
import math
values = [math.isqrt(n) for n in (4, 10, 99)]
class K:
    def m(self):
        return sum(values)
result = K().m()
"""
code = compile(source, "<marshalled>", "exec")
loaded = marshal.loads(marshal.dumps(code))
print(loaded == code, loaded.co_filename, [c.co_name for c in loaded.co_consts if hasattr(c, "co_name")])
ns = {}
exec(loaded, ns)
print(ns["values"], ns["result"])
expr = marshal.loads(marshal.dumps(compile("6 * 7", "<e>", "eval")))
print(eval(expr))

# Code objects share their constants by reference in the data.
one = compile("x = 'shared text here'\ny = 'shared text here'", "<s>", "exec")
print(marshal.loads(marshal.dumps(one)).co_consts == one.co_consts)
print(marshal.loads(marshal.dumps([one, one]))[1] is not None)


# dump/load through any object with write/read.
class Buffer:
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0

    def write(self, b):
        self.data += b
        return len(b)

    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        chunk = bytes(self.data[self.pos:self.pos + n])
        self.pos += len(chunk)
        return chunk

    def readinto(self, target):
        chunk = self.read(len(target))
        target[:len(chunk)] = chunk
        return len(chunk)


buf = Buffer()
print(marshal.dump(sample.__code__, buf) == len(marshal.dumps(sample.__code__)),
      marshal.dump([1, "two", 3.0], buf), marshal.dump(None, buf, 2))
reader = Buffer(buf.data)
print(marshal.load(reader) == sample.__code__, marshal.load(reader), marshal.load(reader))
try:
    marshal.load(reader)
except EOFError as e:
    print("EOFError", e)


class TextReader:
    def read(self, n):
        return "text"


try:
    marshal.load(TextReader())
except TypeError as e:
    print("TypeError", e)

# Every truncation of a marshalled code object is an error, never a crash.
data = marshal.dumps(sample.__code__)
kinds = {}
for n in range(len(data)):
    try:
        marshal.loads(data[:n])
        kinds["loaded"] = kinds.get("loaded", 0) + 1
    except (EOFError, ValueError, TypeError) as e:
        kinds[type(e).__name__] = kinds.get(type(e).__name__, 0) + 1
print(sorted(kinds))
