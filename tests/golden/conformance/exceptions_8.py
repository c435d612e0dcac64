# Re-raising, bare raise, exception objects reused, except tuple, exception groups of handlers
def risky(kind):
    if kind == "key":
        raise KeyError(kind)
    if kind == "index":
        raise IndexError(kind)
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return len(5)
    return "fine"


for kind in ["key", "index", "zero", "type", "none"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup error:", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith:", e)
    except Exception as e:
        print("other:", type(e).__name__, e)


def wrapper():
    try:
        risky("key")
    except KeyError:
        print("logging and re-raising")
        raise


try:
    wrapper()
except LookupError as e:
    print("outer got", repr(e))

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

err = ValueError("reused")
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err)


def classify(exc):
    try:
        raise exc
    except (TypeError, ValueError):
        return "TV"
    except LookupError:
        return "L"
    except BaseException as b:
        return "base:" + type(b).__name__


print([classify(x) for x in [TypeError(), KeyError(), IndexError(), ValueError, SystemExit(2), KeyboardInterrupt()]])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(FileNotFoundError, OSError), issubclass(TimeoutError, OSError))
try:
    try:
        raise ValueError("x")
    except (ValueError, 5):
        print("matched before bad entry")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
