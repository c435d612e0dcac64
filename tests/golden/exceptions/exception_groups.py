# Exception groups and except* (new in 3.11).
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print("ValueErrors:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("TypeErrors:", [str(e) for e in g.exceptions])
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
print(eg.subgroup(TypeError).exceptions, eg.subgroup(KeyError))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ValueError("v")])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as remaining:
    print("remaining:", repr(remaining))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain wrapped:", repr(g))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
