# types.CodeType: the constructor (CPython 3.11's signature and checks),
# equality and hashing, replace(), co_lines() and co_positions().
import types


def add(a, b):
    return a + b


c = add.__code__
args = [c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize,
        c.co_flags, c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, c.co_name,
        c.co_qualname, c.co_firstlineno, c.co_linetable, c.co_exceptiontable]
made = types.CodeType(*args)
print(type(made) is types.CodeType, made == c, hash(made) == hash(c), made is not c)
print(types.FunctionType(made, {})(2, 3))
print(types.CodeType(*args, (), ()) == c)
renamed = types.CodeType(*args[:11], "other", *args[12:])
print(renamed == c, renamed.co_name, renamed.co_qualname)


def attempt(label, *a, **k):
    try:
        result = types.CodeType(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", result.co_name)


attempt("no args")
attempt("three args", 1, 2, 3)
attempt("19 args", *args, (), (), 5)
attempt("keyword", *args, x=1)
cases = [(0, "x"), (0, -1), (1, -1), (2, -1), (3, -1), (6, "s"), (7, []), (8, ["a"]), (8, (1,)), (9, (1,)),
         (10, b"f"), (11, 1), (12, 1), (13, "x"), (14, "x"), (15, "x"), (0, 2**40), (6, b"\x00")]
for index, bad in cases:
    a = list(args)
    a[index] = bad
    attempt(f"arg {index + 1} = {bad!r}", *a)
attempt("freevars with int", *args, (1,), ())
attempt("cellvars", *args, (), ("x",))
attempt("cellvars list", *args, (), [])
a = list(args)
a[3] = 0
attempt("nlocals 0", *a)
a = list(args)
a[9] = ()
attempt("no varnames", *a)


# Equality compares what CPython compares.
def f1():
    return 1


def f2():
    return 1


print(f1.__code__ == f2.__code__)
print(compile("x = 1", "a", "exec") == compile("x = 1", "a", "exec"),
      compile("x = 1", "a", "exec") == compile("x = 2", "a", "exec"),
      compile("x = 1.0", "a", "exec") == compile("x = 1", "a", "exec"),
      compile("x = 0.0", "a", "exec") == compile("x = -0.0", "a", "exec"))
print(len({compile("y = 1", "a", "exec"), compile("y = 1", "a", "exec")}))
print(c == 5, c != 5, c.__eq__(5))

# replace()
r = c.replace(co_name="plus", co_firstlineno=100)
print(r.co_name, r.co_firstlineno, r == c, r.co_code == c.co_code)
print(c.replace() == c)
for kw in [{"co_name": 1}, {"co_argcount": "x"}, {"co_code": "x"}, {"co_consts": []}, {"co_names": (1,)},
           {"bogus": 1}]:
    try:
        c.replace(**kw)
    except Exception as e:
        print(sorted(kw), type(e).__name__, e)
try:
    c.replace(1)
except TypeError as e:
    print("TypeError", e)


# co_lines() and co_positions() iterate as CPython's.
def body(x):
    y = x + 1
    if y:
        return y * 2
    return None


lines = list(body.__code__.co_lines())
print(all(len(t) == 3 for t in lines), lines[0][0], lines[-1][1] == len(body.__code__.co_code))
print(sorted({line for _, _, line in lines if line is not None}))
positions = list(body.__code__.co_positions())
print(len(positions) == len(body.__code__.co_code) // 2, all(len(p) == 4 for p in positions))
print(sorted({p[0] for p in positions if p[0] is not None}))
print(type(body.__code__.co_lines()).__name__ != "list", iter(positions) is not None)
