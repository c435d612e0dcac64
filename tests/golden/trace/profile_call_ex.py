# Profile events (c_call / c_return / c_exception) for calls made through
# CALL_FUNCTION_EX (f(*args), f(**kwargs)), as for ordinary calls: builtin
# functions, and method descriptors reported bound to their first argument.
import sys

events = []


def profiler(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, getattr(arg, "__qualname__", repr(arg))))


def work():
    args = (3, 1, 2)
    kwargs = {"key": None, "reverse": True}
    a = max(*args)
    b = sorted(args, **kwargs)
    c = str.upper(*("abc",))
    d = "-".join(*[["x", "y"]])
    try:
        int(*("nope",))
    except ValueError:
        pass
    e = dict(**{"k": 1})
    f = list.append(*([], 5))
    return a, b, c, d, e, f


sys.setprofile(profiler)
result = work()
sys.setprofile(None)
print(result)
for ev in events:
    print(ev)
