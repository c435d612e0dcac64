# Unpacking error messages.
cases = [
    "a, b = 1, 2, 3",
    "a, b, c = 1, 2",
    "a, b = [1]",
    "a, b = 'xyz'",
    "a, = ()",
    "a, b = 5",
    "a, *b, c = [1]",
    "a, b = None",
    "(a, b), c = 1, 2",
    "a, b = {1: 2, 3: 4, 5: 6}",
    "a, b = iter(range(10))",
    "[a, b, c, d] = range(2)",
]
for src in cases:
    try:
        exec(src, {})
        print(src, "-> ok")
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__ + ":", e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print("generator:", e)
