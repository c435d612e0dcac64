# raise, raise from, re-raise, implicit chaining: __cause__, __context__, __suppress_context__.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"bad input {s!r}") from e
try:
    convert("x")
except TypeError as e:
    print(repr(e), "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        raise ValueError("orig")
    except ValueError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
def reraise():
    try:
        raise IndexError("again")
    except IndexError:
        print("handling, re-raising")
        raise
try:
    reraise()
except IndexError as e:
    print("re-raised:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
e1 = ValueError("stored")
try:
    raise e1
except ValueError as caught:
    print(caught is e1)
