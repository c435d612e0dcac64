import traceback
class Obj:
    def __init__(self):
        self.data = {"a": [1, 2]}
    def method(self, x):
        return x.missing_attr

def attr_err(o):
    return o.data["a"][5]

def call_chain():
    o = Obj()
    return o.method(o)

def binop(a, b):
    return a + b * 2 - b

def div(x):
    return (x + 1) / (x - x)

for fn, args in [(attr_err, (Obj(),)), (call_chain, ()), (binop, (1, "s")), (div, (3,))]:
    try:
        fn(*args)
    except Exception:
        traceback.print_exc()
        print("---")

def nested():
    d = {"k": {"j": None}}
    return d["k"]["j"]["z"]
try:
    nested()
except TypeError:
    traceback.print_exc()
x = [1, 2, 3]
try:
    print(x[1] + x[10])
except IndexError:
    traceback.print_exc()
def multi_line():
    return (1 +
            None)
try:
    multi_line()
except TypeError:
    traceback.print_exc()
try:
    len(5)
except TypeError:
    traceback.print_exc()
try:
    {}["missing"]
except KeyError:
    traceback.print_exc()
def uncaught():
    obj = Obj()
    obj.method(obj.data)
uncaught()
