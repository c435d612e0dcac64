cases = [
    "x = (1, 2",
    "def f(:\n    pass",
    "if x\n    pass",
    "for x in range(3) print(x)",
    "x = 1 +",
    "1 = x",
    "f() = 3",
    "None = 1",
    "x + 1 = 2",
    "del f()",
    "return 5",
    "yield 1",
    "break",
    "continue",
    "def f():\n    nonlocal q",
    "def f():\n    x = 1\n    global x",
    "class C:\n    return 1",
    "x = [1, 2",
    "print 'hello'",
    "exec 'x'",
    "a b c",
    "x = 08",
    "s = 'unterminated",
    's = """never ends',
    "if True:\npass",
    "  x = 1",
    "def f():\n\tif 1:\n        pass\n\tpass",
    "f(x for x in y, 1)",
    "f(**k, *a)",
    "f(a=1, b)",
    "def f(a=1, b): pass",
    "def f(*, **k): pass",
    "def f(a, a): pass",
    "lambda: (yield)",
    "x := 5",
    "[x := 1 for x in y]",
    "async def f():\n    yield from g()",
    "def g():\n    await x",
    "await x",
    "x = {1: 2, 3}",
    "a, *b, *c = d",
    "*a = b",
    "del *a",
    "import",
    "from x import",
    "from x import (a, b",
    "try:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass",
    "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case y:\n        pass\n    case 2:\n        pass",
    "match x:\n    case {**r, 'a': 1}:\n        pass",
    "match x:\n    case a | b:\n        pass",
    "f'{'",
    "f'{}'",
    "f'{x!z}'",
    "'abc' 'def' = 1",
    "x = 1 if 2",
    "with open(x) as 1: pass",
    "for 1 in x: pass",
    "(a, b) += 1",
    "x.y: int += 1",
    "def f[T](): pass",
    "else: pass",
    "x = )",
    "foo(",
    "}",
    "True = 5",
    "__debug__ = 1",
    "def f(x):\n    global x",
    "nonlocal x",
    "@\ndef f(): pass",
    "x = 1\n  y = 2",
    "if 1:\n    x = 1\n  y = 2",
    "'\\N{NOT A NAME}'",
    "b'\\xff' + b'é'",
    "1_000_",
    "0b102",
    "0x",
    "1e",
    "x = 5 5",
    "print(1 2)",
    "dict(a=1, a=2)",
    "f(a for a in b for)",
    "class A(x for x in y): pass",
    "[x for x in (y:=[1])]",
    "[[(x:=1) for j in k] for x in y]",
    "[i for i in range(3) if (i := 5)]",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled OK")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ["1 +", "x = 1", "lambda: 1", "(", "yield"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("eval", repr(src), e.msg, e.offset)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
try:
    compile("a = 1\nb = 2", "<s>", "single")
except SyntaxError as e:
    print(e)
try:
    exec("def f():\n  return 1\n return 2")
except IndentationError as e:
    print(type(e).__name__, e)
