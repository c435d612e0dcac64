# pprint: pformat/pprint/pp layouts, options, recursion, saferepr, errors
import collections
import pprint
import types


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


data = {
    "name": "example",
    "numbers": list(range(30)),
    "nested": {"a": [1, 2, {"deep": ("x", "y", "z") * 5}], "b": {3, 1, 2}, "c": frozenset({"q", "p"})},
    "tuple1": (1,),
    "empty": [[], {}, (), set(), frozenset()],
    "long string": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore",
    "bytes": bytes(range(40)),
    "ba": bytearray(b"abcdefghijklmnopqrstuvwxyz" * 3),
    10: None, 2.5: True,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, compact=True, width=50)
pprint.pp(data, width=100)
pprint.pprint(data, sort_dicts=False, width=30)
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat(list(range(40)), width=20, compact=True, indent=3))
print(pprint.pformat([10**20, 12345678, -98765], underscore_numbers=True))
print(pprint.pformat({"k": 123456789}, underscore_numbers=True, width=5))

# Strings: splitting on words, multi-line.
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint([text, "short"], width=40)
pprint.pprint({"key": "line one\nline two\n" * 3}, width=25)
pprint.pprint("averyveryveryveryveryverylongwordwithoutanyspacesatallinside" * 2, width=20)
pprint.pprint("", width=1)

# Bytes wrapping.
pprint.pprint(bytes(range(256))[:64], width=30)
pprint.pprint({"b": b"0123456789" * 5}, width=30)
pprint.pprint(bytearray(b"xyz" * 20), width=25)
pprint.pprint(b"abcd", width=1)

# Tuples and sets.
pprint.pprint(tuple(range(25)), width=30)
pprint.pprint(((1, 2, 3),), width=5)
pprint.pprint(set(range(20)), width=20)
pprint.pprint(frozenset(range(20)), width=20)
pprint.pprint({3: "c", 1: "a", "z": 0, None: 1, (1, 2): 2}, width=10)

# Collections types.
od = collections.OrderedDict((str(i), i) for i in range(12))
pprint.pprint(od, width=40)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {i: [i] * 3 for i in range(6)})
pprint.pprint(dd, width=30)
pprint.pprint(collections.defaultdict(int))
c = collections.Counter("abracadabra mississippi")
pprint.pprint(c, width=30)
pprint.pprint(collections.Counter())
cm = collections.ChainMap({"a": 1, "b": 2}, {"c": list(range(20))})
pprint.pprint(cm, width=30)
pprint.pprint(collections.ChainMap())
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=30), width=40)
pprint.pprint(collections.deque())
pprint.pprint(collections.UserList(range(30)), width=40)
pprint.pprint(collections.UserDict({i: str(i) * 10 for i in range(5)}), width=30)
pprint.pprint(types.SimpleNamespace(a=1, b="two" * 20, c=list(range(15))), width=40)
pprint.pprint(types.MappingProxyType({"x": list(range(30))}), width=40)


class NS(types.SimpleNamespace):
    pass


pprint.pprint(NS(alpha=list(range(20)), beta={"k": "v" * 30}), width=30)

# Recursion.
lst = [1, 2]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(pprint.saferepr(lst).replace(hex(id(lst)), "ID").replace(str(id(lst)), "ID"))
print(pprint.isrecursive(lst), pprint.isreadable(lst), pprint.isrecursive(d))
out = pprint.pformat([lst, d] * 3, width=20)
print(out.replace(str(id(lst)), "L").replace(str(id(d)), "D"))
print(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable(object()), pprint.isreadable({1: object}))
print(pprint.saferepr({"b": 1, "a": [3, 2, {"z": (1,)}]}))
pp = pprint.PrettyPrinter(depth=1)
print(pp.isrecursive([[1]]), pp.isreadable([[1]]), pp.pformat([[1], {2: 3}, (4,)]))
print(pp.format([1, [2]], {}, 1, 0))


class Custom:
    def __repr__(self):
        return "Custom(" + "x" * 50 + ")"


class MyList(list):
    pass


class MyListRepr(list):
    def __repr__(self):
        return "MyListRepr!"


pprint.pprint([Custom(), Custom()], width=40)
pprint.pprint(MyList(range(30)), width=40)
pprint.pprint(MyListRepr(range(30)), width=5)
print(pprint.saferepr(MyList([1, 2])), pprint.saferepr(MyListRepr()))

# Mixed unorderable keys/sets fall back to type-name ordering.
print(pprint.pformat({1: "int", "s": "str", 2.5: "float"}))
print(pprint.pformat({1, "a", 2}, width=3) in ("{1,\n 2,\n 'a'}", "{2,\n 1,\n 'a'}"))

# Stream argument and errors.
o = Out()
pprint.pprint({"to": "stream"}, stream=o)
print(o.parts)
pprint.PrettyPrinter(stream=o, width=10).pprint(list(range(5)))
print("".join(o.parts))
for kwargs in [dict(indent=-1), dict(depth=0), dict(width=0), dict(indent="x"), dict(width="w")]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    pprint.pformat([], nonsense=1)
except TypeError as e:
    print("TypeError", e)
