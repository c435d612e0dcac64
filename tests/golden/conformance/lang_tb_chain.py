class AppError(Exception):
    pass

def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"cannot load {key!r}") from e

def process():
    try:
        load("b")
    except AppError:
        raise RuntimeError("processing failed")

def suppress():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None

import traceback
try:
    suppress()
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
    traceback.print_exc()
try:
    raise KeyError("x") from ValueError("y")
except KeyError as e:
    print(repr(e.__cause__))
try:
    raise TypeError from 5
except TypeError as e:
    print(e)
e = Exception("n")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as te:
    print(te)
try:
    raise e
except Exception:
    traceback.print_exc()
process()
