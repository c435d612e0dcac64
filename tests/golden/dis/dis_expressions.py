# dis of functions built from expressions: arithmetic, comparisons, boolean
# operators, calls (positional, keyword, star), attributes, subscripts,
# slices, containers, constants, globals (NULL + name), f-strings.
from _dishelp import show


def arith(a, b, c):
    return a + b * c - a / b // c % 2 ** a


def bitwise(a, b):
    return (a & b) | (a ^ b) << 2 >> 1, ~a, -b, +a


def inplace(a, b):
    a += b
    a -= 1
    a *= b
    a /= 2
    a //= 3
    a %= 4
    a **= 2
    a <<= 1
    a >>= 1
    a &= 7
    a |= 8
    a ^= 9
    a @= b
    return a


def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b, a is b, a is not b, a in b, a not in b


def chained(a, b, c):
    return a < b < c


def boolean(a, b, c):
    return a and b or c, not a


def calls(f, x, y):
    f()
    f(x)
    f(x, y, key=1)
    f(*x)
    f(*x, **y)
    f(x, *y, z=3)
    print(len(x), abs(y))
    return max(x, default=0)


def methods(obj, items):
    obj.method(1, 2)
    items.append(obj.attr)
    obj.attr = items[0]
    del obj.other
    return obj.a.b.c(items)


def subscripts(seq, i, j):
    seq[i] = seq[j]
    del seq[0]
    return seq[i:j], seq[::2], seq[1:], seq[i:j:-1]


def containers(a, b):
    return [a, b], (a, b), {a, b}, {a: b, 'k': 1}, [1, 2, 3], (1, 2, 3), {'x': a, 'y': b}


def unpacking(t):
    a, b = t
    c, *d = t
    (e, f), g = t
    return a, b, c, d, e, f, g


def constants():
    return None, True, False, 1, 2.5, 3j, 'text', b'bytes', ..., (1, (2, 3)), -1, 2 ** 10


def strings(name, value):
    return f"{name}={value!r:>10} {value!s} {value!a} {name:{value}} plain"


def conditional(a, b):
    return a if b else -a


def globals_and_builtins():
    global counter
    counter = len(str(counter))
    return counter


counter = 5

for function in (arith, bitwise, inplace, compare, chained, boolean, calls,
                 methods, subscripts, containers, unpacking, constants,
                 strings, conditional, globals_and_builtins):
    print(function.__name__)
    show(function)
