# Messages of common built-in exceptions.
def trigger(code):
    try:
        exec(code, {})
    except Exception as e:
        print(f"{code!r:40} {type(e).__name__}: {e}")
for code in [
    "{}['missing']", "[1, 2][5]", "(1,)[-3]", "'abc'[10]", "1 / 0", "1 // 0", "1 % 0", "1.5 / 0",
    "int('x')", "float('y')", "[].pop()", "{}.popitem()", "[1].index(9)", "'a' + 1", "1 + 'a'",
    "[] + ()", "None.attr", "'s'.nope", "len(5)", "undefined_name", "f = 5\nf()", "'x' * 'y'", "iter(5)",
    "next(iter([]))", "import nosuchmodule_xyz", "from sys import nosuch", "int.nosuch",
    "object().x = 1", "abs('s')", "sorted([1, 'a'])", "chr(-1)", "ord('ab')", "{}.fromkeys(1)",
    "[][::0]", "'abc'.index('z')", "list(range(3))[1.5]", "{}[[]]", "hash([])", "x, y = 1",
    "raise AssertionError('explicit')", "assert 1 == 2, 'custom message'", "assert False",
    "def f(): return y\ny = 0\ndel y\nf()", "def g():\n    print(z)\n    z = 1\ng()",
    "(1).real = 2", "'x'.join([1])", "max([])", "min([], default=None) or max([])",
    "divmod(1, 0)", "pow(0, -1)", "round('x')", "bytes('x')", "2 ** 10000.0",
]:
    trigger(code)
