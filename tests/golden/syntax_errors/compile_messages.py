# SyntaxError attributes for snippets compiled in each mode.
SNIPPETS = [
    ("exec", "if x = 1:\n    pass\n"),
    ("exec", "if f() = 1:\n    pass\n"),
    ("exec", "x = {'a': 1, 'b' 2}\n"),
    ("exec", "x = {'a':}\n"),
    ("exec", "{'a': *b}\n"),
    ("exec", "[x, for x in y]\n"),
    ("exec", "print(1 2)\n"),
    ("exec", "(print 1)\n"),
    ("exec", "f(a, b = 1 for b in c)\n"),
    ("exec", "f(x for x in y, 1)\n"),
    ("exec", "f(**k, *a)\n"),
    ("exec", "f(a=1, b)\n"),
    ("exec", "def f(a, (b, c)): pass\n"),
    ("exec", "def f(a, /*): pass\n"),
    ("exec", "lambda *: 0\n"),
    ("exec", "with a as b\n    pass\n"),
    ("exec", "try:\n    pass\nexcept *\n    pass\n"),
    ("exec", "try:\n    pass\nexcept A, B as e:\n    pass\n"),
    ("exec", "if x: pass\nelse pass\n"),
    ("exec", "def f():\n# comment\n"),
    ("exec", "if x:\n    a = 1\n  b = 2\n"),
    ("exec", "x = 1 \\\n"),
    ("exec", "x = a\u00a0+ b\n"),
    ("exec", "1andx\n"),
    ("exec", "a <> b\n"),
    ("exec", "x.y := 1\n"),
    ("exec", "(**a)\n"),
    ("exec", "from import a\n"),
    ("exec", "s = '''\nabc\n''' + (\n"),
    ("exec", "x = 1 + \\\n  2 3\n"),
    ("exec", "f'{a b}'\n"),
    ("exec", "f'{:x}'\n"),
    ("exec", "'\\N{abc'\n"),
    ("eval", "1 +"),
    ("eval", "x = 1"),
    ("eval", "   "),
    ("eval", "1 \\"),
    ("single", "1\n2\n"),
    ("single", "if x:"),
    ("single", "x = "),
    ("single", "def f():\n  return 1\nf()\n"),
]

for mode, src in SNIPPETS:
    try:
        compile(src, "<snippet>", mode)
    except SyntaxError as e:
        print(mode, repr(src))
        print("  ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(mode, repr(src), "compiled")
