# ast.parse and ast.dump: node trees with CPython's positions, dump options,
# parse modes, the node classes' metadata and constructors.
import ast

SOURCES = [
    "x = 1 + 2 * 3",
    "a, *b = c[1:2, ::3]",
    "def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str:\n    'doc'\n    return a",
    "async def g():\n    async with a as b, c:\n        await d\n    async for i in j:\n        yield i\n",
    "class C(B, metaclass=M):\n    @dec\n    def m(self): pass\n",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del x\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "with open(f) as (a, b):\n    x += 1\n",
    "lambda x, *y, z=3: (x if y else z)",
    "[i for i in range(10) if i % 2 if i > 3]",
    "{k: v for k, v in d.items()}; {x for x in s}; (y for y in t)",
    "f'{x!r:>{width}} and {y=}' 'tail'",
    "b'bytes' + u'text' + r'raw\\n'",
    "match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case str() as s if s: pass\n",
    "import a.b as c, d\nfrom ..m import (x as y, z)\nfrom . import w\n",
    "global g\nnonlocal n\nassert x, 'msg'\nwhile not x: break\nelse: continue",
    "x: int = 5\n(y): str\nz.a: float",
    "a < b <= c != d is not e not in f",
    "not a and b or c and -d ** ~e",
    "(n := 10) and {**a, 'b': 2} and {1, 2}",
    "print(*args, sep='', **kw)",
    "x = 10_000 + 0x_ff + 1.5e3 + 3j + ...",
    "s = 'caf\u00e9' + '\u4e2d\u6587'; t = f'{s}\u00e9{s}'",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree))
print(ast.dump(ast.parse("def f(x):\n    return [x, (x, 1)]"), indent=2))
print(ast.dump(ast.parse("x = {'a': [1, 2]}"), indent='..', annotate_fields=False))
print(ast.dump(ast.parse("f(a)(b)"), annotate_fields=False, include_attributes=True))
print(ast.dump(ast.parse("1 + 2", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> List[int]", mode="func_type"), include_attributes=True))
print(ast.dump(ast.parse("() -> None", mode="func_type")))
print(ast.dump(ast.parse("")))
print(ast.dump(compile("a.b", "<s>", "eval", ast.PyCF_ONLY_AST)))

# The classes.
for cls in (ast.AST, ast.mod, ast.Module, ast.stmt, ast.FunctionDef, ast.expr, ast.Name,
            ast.Constant, ast.arguments, ast.arg, ast.keyword, ast.alias, ast.withitem,
            ast.comprehension, ast.match_case, ast.pattern, ast.MatchAs, ast.Load,
            ast.Add, ast.excepthandler, ast.ExceptHandler, ast.TypeIgnore, ast.FunctionType):
    print(cls.__name__, cls.__module__, cls._fields, cls._attributes,
          [c.__name__ for c in cls.__mro__])
print(ast.Name.__doc__)
print(ast.cmpop.__doc__)
print(ast.expr_context.__doc__)
print(ast.Return().value, ast.ImportFrom().level, ast.Constant().kind, ast.Name.end_lineno)
print(ast.Name.__match_args__, ast.Pass._fields)
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError', e)
for args in [(ast.Pass, (1,)), (ast.Return, (1, 2)), (ast.Name, (1, 2, 3))]:
    try:
        args[0](*args[1])
    except TypeError as e:
        print('TypeError', e)
try:
    ast.Name('x', id='y')
except TypeError as e:
    print('TypeError', e)
n = ast.Name('x', ast.Load(), lineno=3, extra=1)
print(sorted(vars(n).items(), key=lambda kv: kv[0]) if False else sorted(vars(n)))
print(n.id, n.lineno, n.extra, isinstance(n.ctx, ast.Load))
print(ast.Name.__reduce__(n)[0] is ast.Name, sorted(n.__reduce__()[2]))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
tree = ast.parse("a = b")
print(type(tree.body[0].targets[0].ctx).__name__, type(tree.body[0].value.ctx).__name__)
tree = ast.parse("a; b")
print(tree.body[0].value.ctx is tree.body[1].value.ctx)

# Deprecated aliases.
print(ast.dump(ast.Num(5)), ast.dump(ast.Str('s')), ast.dump(ast.Bytes(b'b')))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('a'), ast.Num),
      isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(None), ast.NameConstant))
print(ast.Constant(7).n, ast.Constant('z').s)
print(ast.dump(ast.Index(ast.Name('x'))), ast.dump(ast.ExtSlice([ast.Name('x')])))

# Errors.
for src, mode in [("x = ", "exec"), ("1 +", "eval"), ("a\nb", "single"), ("x", "nope")]:
    try:
        ast.parse(src, mode=mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ast.dump("x")
except TypeError as e:
    print('TypeError', e)
try:
    compile("x", "f", "func_type")
except ValueError as e:
    print('ValueError', e)
