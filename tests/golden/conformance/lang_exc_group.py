import traceback
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(eg, repr(eg.exceptions[0]), len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
d = eg.derive([ValueError(9)])
print(repr(d), type(d).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print(e)
bg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg).__name__)
g2 = BaseExceptionGroup("b", [ValueError()])
print(type(g2).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

def raiser():
    raise ExceptionGroup("group", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    raiser()
except* ValueError as e:
    print("caught values", repr(e))
except* TypeError as e:
    print("caught types", repr(e))
try:
    try:
        raiser()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("in handler")
except Exception as e:
    print("new", type(e).__name__, repr(e), repr(e.__context__))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
try:
    raise MyEG("mine", [ValueError(1), KeyError(2)])
except* ValueError as e:
    print(type(e).__name__)
except* KeyError as e:
    print(type(e).__name__, e.exceptions)
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("nested", [TypeError("b")])])
eg.add_note("a note")
traceback.print_exception(eg)
try:
    raise eg
except* TypeError:
    print("nested TypeError caught")
except* ValueError:
    print("ValueError caught")
raise ExceptionGroup("final", [ZeroDivisionError("z"), NameError("n")])
