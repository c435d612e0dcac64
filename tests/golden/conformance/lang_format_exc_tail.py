import traceback
cases = [
    "a = {'x': [1]}\na['x'][3]",
    "x = None\nx.attr.other",
    "f = lambda: 1/0\nf()",
    "class K:\n    def m(self): return self.missing\nK().m()",
    "d = {}\nd['k'] += 1",
    "l = [1]\nl[0] += 'x'",
    "x = 1\nx.y = 2",
    "import math\nmath.sqrt(-1)",
    "int('z') + 1",
    "[1, 2][1:2][5]",
    "s = 'abc'\ns[0] = 'x'",
    "def g(a, b): pass\ng(1)",
    "x = [1,2,3]\nresult = x[0] + x[1] * x[10]",
    "t = (1,)\nt.append(2)",
    "n = None\nfor i in n: pass",
    "a, b = 1, 2, 3",
    "x = 5\ndel x\nprint(x)",
    "obj = object()\nobj()()",
    "{}.get()",
    "'%d' % 'x'",
    "sum(['a', 'b'])",
    "max([])",
    "x = {'a': 1}\nx['a']['b']",
    "(1).__class__.__bases__[0].nope",
    "not_defined_fn(1, 2)",
]
for src in cases:
    try:
        exec(compile(src, "<case>", "exec"), {})
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(lines[-4:]))
        print("--")
