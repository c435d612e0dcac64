# dis of folded constants and their reprs: `in` over a set/list literal
# (frozenset/tuple constants, element order as CPython's constant merging
# leaves it), loops over literals, nested tuples, floats (-0.0, inf, nan
# folding), complex, big ints, strings and bytes needing escapes.
from _dishelp import show


def membership(x):
    return (x in {"attlist", "linktype", "link", "element"},
            x not in {"attlist", "element", "entity", "notation"},
            x in [1, 2, 3], x in {1.5, 2, 'two'}, x in ())


def loops():
    for a in {'red', 'green', 'blue', 'cyan', 'magenta'}:
        print(a)
    for b in [1, 2, (3, 4)]:
        print(b)


def numbers():
    return -0.0, 1e300 * 1e300, 2 ** 100, -2 ** 63, 1 / 3, 3j + 1, 0x7fffffff + 1, 10 ** 20 // 7


def texts():
    return 'it\'s', "quote\"d", 'tab\there', 'üñí', b'\x00\xff', '\n' * 3, 'a' 'b' 'c'


def nested():
    return ((1, 2), (3, (4, 5))), (None, ...), frozenset() if False else ()


for function in (membership, loops, numbers, texts, nested):
    print(function.__name__)
    show(function)
    print(function.__code__.co_consts)
