# Exception groups and except* (3.11)
def run_tasks():
    errors = []
    for i, task in enumerate([lambda: 1, lambda: 1 / 0, lambda: [][1], lambda: int("x")]):
        try:
            print("task", i, "->", task())
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)


try:
    run_tasks()
except* ZeroDivisionError as eg:
    print("zero:", [str(e) for e in eg.exceptions])
except* (IndexError, ValueError) as eg:
    print("lookup/value:", [type(e).__name__ for e in eg.exceptions], eg.message)

eg = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")])])
print(repr(eg))
print(str(eg), len(eg.exceptions))
match_v, rest = eg.split(ValueError)
print(repr(match_v))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(type(ExceptionGroup("x", [KeyboardInterrupt()])) if False else BaseExceptionGroup.__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
try:
    raise ExceptionGroup("g", [KeyError("k")])
except* KeyError:
    print("handled KeyError part")
raise ExceptionGroup("unhandled", [ValueError("a"), TypeError("b")])
