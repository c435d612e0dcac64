# ast.unparse: CPython 3.11's layout, parentheses and quoting, and round trips.
import ast

SOURCES = [
    "x = 1 + 2 * 3 - (4 - 5) ** -2 ** 3",
    "a = not (b or c) and (d if e else f)",
    "(a, b), c = [1, 2], 3",
    "del (a, b), c[1:2:3], d.e",
    "def f(a, /, b: int = 2, *args, c, d=4, **kw) -> 'str':\n    'doc'\n    return (yield)",
    "async def g():\n    async with a as b, c:\n        await d\n    async for i in j:\n        yield from i\n",
    "@dec(1)\n@other\nclass C(B, metaclass=M):\n    '''K doc'''\n    x: int = 5\n    def m(self): pass\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    del x\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "if a:\n    pass\nelif b:\n    x = 1\nelif c:\n    pass\nelse:\n    y = 2\n",
    "while x:\n    break\nelse:\n    continue\nfor i, j in z:\n    pass\nelse:\n    pass\n",
    "lambda x, *y, z=3: x if y else z",
    "lambda: 0",
    "lambda *, k: k",
    "[i for i in range(10) if i % 2 if i > 3 or i < 1]",
    "{k: v for k, v in d.items()}; {x for x in s}; (y for y in t); f(z for z in w)",
    "f'{x!r:>{width}} and {y=} {{}} {\"q\"}' 'tail'",
    "f'{a}\\n' f\"{b}'\"",
    "s = 'it\\'s' + \"say \\\"hi\\\"\" + '''tri\"\"\"ple''' + 'nl\\n' + '\\x00\\t'",
    "b = b'\\x00bytes\\'' + rb'raw'",
    "u'unicode'",
    "match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(1, x=0, y=_) | None: pass\n    case str() as s if s: pass\n    case (1 | 2) as n: pass\n    case [*_]: pass\n",
    "import a.b as c, d\nfrom ..m import x as y, z\nfrom . import w\n",
    "global g\nnonlocal n\nassert x, 'msg'",
    "x: int = 5\n(y): str\nz.a: float",
    "a < b <= c != d is not e not in f",
    "(n := 10) and {**a, 'b': 2} and {1, 2} and {*()} and ()",
    "print(*args, sep='', **kw)",
    "x = 10_000 + 0xff + 1.5e3 + 3j + ... + 1e400 + (-1) ** 2",
    "a[1:2, ::3]; a[()]; a[b, *c]; a[*b]; a[(1, 2)]",
    "(1).real; 1.5.imag; x.y.z",
    "x = yield a, b",
    "(await x) ** 2",
    "-(-x); +(+x); ~(~x); not not x",
    "with a, b as (c, d):\n    pass",
    "x += 1; y @= 2; z //= 3",
    "return",
]

for src in SOURCES:
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        print("SyntaxError", src, e)
        continue
    text = ast.unparse(tree)
    print(text)
    print('---')
    again = ast.unparse(ast.parse(text))
    if again != text:
        print("NOT STABLE:", again)

print(ast.unparse(ast.parse("1 + 2", mode="eval")))
print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
print(ast.unparse(ast.Constant((1, 2))), ast.unparse(ast.Constant((1,))))
print(ast.unparse(ast.Constant(float('inf'))), ast.unparse(ast.Constant(complex('nanj'))))
print(repr(ast.unparse(ast.Load())))
print(ast.unparse(ast.parse("(int, str) -> bool", mode="func_type")))
try:
    ast.unparse(ast.Raise(cause=ast.Name('x')))
except ValueError as e:
    print('ValueError', e)
try:
    ast.unparse(ast.YieldFrom(value=None))
except ValueError as e:
    print('ValueError', e)
try:
    ast.unparse(ast.JoinedStr([ast.Name('x')]))
except ValueError as e:
    print('ValueError', str(e).split(' object at')[0])
