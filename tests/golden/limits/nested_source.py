# Deeply nested source: the tokenizer's parenthesis limit, the parser's
# nesting budget (MemoryError) and the compiler's recursion limit.
tests = [
    "'(' * 10000 + ')' * 10000",
    "'(' * 200 + ')' * 200",
    "'(' * 199 + '1' + ')' * 199",
    "'[' * 201 + ']' * 201",
    "'-' * 100000 + '1'",
    "'-' * 1000 + '1'",
    "'not ' * 10000 + '1'",
    "'lambda:' * 10000 + '1'",
    "'1 if 1 else ' * 10000 + '1'",
    "'2**' * 5000 + '1'",
    "'a.' * 100000 + 'b'",
    "'1+' * 100000 + '1'",
    "'x' + '[0]' * 100000",
    "'~' * 50000 + '1'",
]
for t in tests:
    src = eval(t)
    try:
        compile(src, "<nested>", "eval")
        print(t, "compiles")
    except (SyntaxError, MemoryError, RecursionError) as e:
        print(t, type(e).__name__, e)
src = "def f():\n" + "".join(" " * (i + 1) + "if 1:\n" for i in range(120)) + " " * 121 + "pass\n"
try:
    compile(src, "blocks", "exec")
except SyntaxError as e:
    print(type(e).__name__, e)
print(eval("-" * 500 + "1"), eval("(" * 150 + "7" + ")" * 150))
