import sys
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    for i in range(3):
        try:
            continue
        finally:
            print("fin", i)
    return "done"
print(g())
def h():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(h())
def order():
    try:
        print("try")
    except Exception:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
order()
def nested_info():
    try:
        raise ValueError("outer")
    except ValueError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1])
        try:
            raise KeyError("inner")
        except KeyError:
            print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
            print(repr(sys.exc_info()[1].__context__))
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
nested_info()
print(sys.exception() if hasattr(sys, "exception") else None)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
e = OSError(2, "No such file", "x.txt")
print(e, e.errno, e.strerror, e.filename, type(e).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
e = SyntaxError("msg", ("f.py", 3, 4, "line\n", 3, 6))
print(e, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
print(repr(Exception()), repr(Exception(1)), repr(Exception(1, 2)), str(Exception(1, 2)))
try:
    x = undefined_name
except NameError as e:
    print(e, e.name)
try:
    "abc".nope
except AttributeError as e:
    print(e, e.name, e.obj)
class Ctx:
    def __enter__(self):
        return "entered"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with Ctx() as c:
    print(c)
    raise ValueError("suppressed")
print("after")
try:
    with Ctx() as c, open("/nonexistent/file") as f:
        pass
except Exception as e:
    print("?", e)
print("after2")
def gen_fin():
    try:
        yield 1
    finally:
        print("gen cleanup")
for x in gen_fin():
    break
print("loop done")
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print(repr(e))
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
class NotExc: pass
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except (ValueError, 3):
        print("tuple with junk matched first")
except TypeError as e:
    print(e)
