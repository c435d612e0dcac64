# json dumps/loads options and errors; copy/deepcopy with custom hooks.
import json, copy
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
data = {"b": [1, 2.5, None, True], "a": {"x": "é\n\"", "y": []}, "c": (1, 2)}
t("dumps", lambda: json.dumps(data))
t("indent", lambda: json.dumps(data, indent=2))
t("indent str", lambda: json.dumps([1, [2]], indent="\t"))
t("sort_keys", lambda: json.dumps(data, sort_keys=True))
t("separators", lambda: json.dumps(data, separators=(",", ":")))
t("ensure_ascii", lambda: json.dumps("é€😀", ensure_ascii=False))
t("ensure_ascii2", lambda: json.dumps("é€😀"))
t("default", lambda: json.dumps({"s": {1, 2}}, default=sorted))
t("not serializable", lambda: json.dumps({1, 2}))
t("keys", lambda: json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
t("bad key", lambda: json.dumps({(1,): 2}))
t("skipkeys", lambda: json.dumps({(1,): 2, "a": 1}, skipkeys=True))
t("nan", lambda: json.dumps([float("nan"), float("inf"), -float("inf")]))
t("nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
t("floats", lambda: json.dumps([0.1, 1e100, 1.0, -0.0, 10**20]))
t("circular", lambda: (lambda l: json.dumps(l))((lambda x: (x.append(x), x)[1])([])))
t("loads", lambda: json.loads('{"a": [1, 2.0, "x", null, true, false], "b": {"c": -1e3}}'))
t("loads empty", lambda: json.loads(""))
t("loads bad", lambda: json.loads("[1, 2"))
t("loads trailing", lambda: json.loads("[1] x"))
t("loads single quote", lambda: json.loads("{'a': 1}"))
t("loads trailing comma", lambda: json.loads("[1,]"))
t("loads bad escape", lambda: json.loads('"\\x"'))
t("loads control", lambda: json.loads('"a\nb"'))
t("loads strict false", lambda: json.loads('"a\nb"', strict=False))
t("loads nan", lambda: json.loads("[NaN, Infinity, -Infinity]"))
t("loads unicode", lambda: json.loads('"\\u00e9\\ud83d\\ude00"'))
t("loads hooks", lambda: json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10, object_pairs_hook=list))
t("loads object_hook", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
t("loads bytes", lambda: json.loads(b'[1]'))
t("loads type", lambda: json.loads(5))
t("loads deep err", lambda: json.loads('{"a": [1, 2, {"b": }]}'))
t("loads multiline err", lambda: json.loads('{\n  "a": 1,\n  "b" 2\n}'))
t("err attrs", lambda: (lambda e: (e.msg, e.pos, e.lineno, e.colno))(json.JSONDecodeError("m", "ab\ncd", 4)))
t("roundtrip", lambda: json.loads(json.dumps(data)) == {"b": [1, 2.5, None, True], "a": {"x": "é\n\"", "y": []}, "c": [1, 2]})
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
t("encoder cls", lambda: json.dumps([1j], cls=Enc))
t("encoder cls bad", lambda: json.dumps([object()], cls=Enc)[:0])

class Pt:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return f"Pt({self.x}, {self.items})"
p = Pt(1, [1, [2]])
t("copy", lambda: (lambda c: (c, c.items is p.items))(copy.copy(p)))
t("deepcopy", lambda: (lambda c: (c, c.items is p.items, c.items[1] is p.items[1]))(copy.deepcopy(p)))
class Hooks:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Hooks(("copied", self.v))
    def __deepcopy__(self, memo):
        return Hooks(("deep", copy.deepcopy(self.v, memo)))
h = Hooks([1])
t("hooks", lambda: [copy.copy(h).v, copy.deepcopy(h).v])
class Red:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce_ex__(self, proto):
        return (Red, (self.a * 2,), {"b": "state"})
t("reduce_ex", lambda: (lambda r: (r.a, r.b))(copy.copy(Red(5))))
class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
t("slots", lambda: (lambda s: (s.a, hasattr(s, "b"), s.a is Slots().a))(copy.deepcopy(Slots())))
l = [1]
l.append(l)
t("deepcopy cycle", lambda: (lambda c: c[1] is c)(copy.deepcopy(l)))
t("deepcopy shared", lambda: (lambda c: c[0] is c[1])(copy.deepcopy([l, l])))
t("copy immut", lambda: [copy.copy((1, 2)), copy.deepcopy((1, [2]))])
t("copy func", lambda: copy.deepcopy(len) is len)
t("copy module err", lambda: copy.copy(iter([1, 2])).__class__.__name__)
t("copy error", lambda: copy.Error.__name__)
