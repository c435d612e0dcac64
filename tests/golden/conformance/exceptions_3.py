# Exception chaining: __cause__, __context__, __suppress_context__
class DataError(Exception):
    pass


def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise DataError(f"cannot load {key}") from e


def load_implicit(key):
    try:
        return {}[key]
    except KeyError:
        raise DataError("implicit")


def load_suppressed(key):
    try:
        return {}[key]
    except KeyError:
        raise DataError("suppressed") from None


for fn in (load, load_implicit, load_suppressed):
    try:
        fn("zz")
    except DataError as e:
        print(fn.__name__, repr(e))
        print("  cause:", repr(e.__cause__))
        print("  context:", repr(e.__context__))
        print("  suppress:", e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError as e1:
        try:
            [][0]
        except IndexError as e2:
            raise TypeError("third") from e1
except TypeError as e3:
    print(repr(e3), repr(e3.__cause__), repr(e3.__context__))
    print(type(e3.__context__.__context__).__name__)

e = RuntimeError("x")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = ValueError("manual")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "bad"
except TypeError as err:
    print("TypeError:", err)


def handler():
    try:
        raise ValueError("first")
    except ValueError:
        pass
    try:
        raise KeyError("second")
    except KeyError as k:
        return k.__context__


print(handler())
try:
    raise ValueError("v")
except ValueError as exc:
    saved = exc
print(saved, saved.__traceback__ is not None)
try:
    exc
except NameError as ne:
    print("NameError:", ne)
