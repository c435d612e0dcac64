# dis of control flow: if/elif/else, while, for, break/continue, jumps
# ("to N", ">>" targets), loops with else, assert, raise, return paths.
from _dishelp import show


def branches(x):
    if x > 0:
        return 'positive'
    elif x < 0:
        return 'negative'
    else:
        return 'zero'


def while_loop(n):
    total = 0
    while n:
        n -= 1
        if n == 3:
            continue
        if n == 10:
            break
        total += n
    return total


def for_loop(items):
    result = []
    for item in items:
        if item is None:
            continue
        if item == 'stop':
            break
        result.append(item)
    else:
        result.append('done')
    return result


def nested_loops(rows):
    out = 0
    for row in rows:
        for cell in row:
            out += cell
    return out


def while_true(it):
    while True:
        value = next(it)
        if value:
            return value


def checks(x, y):
    assert x, 'x must be true'
    assert y
    if x is None or y is not None:
        raise ValueError('bad')
    if not x and y:
        raise TypeError('worse') from None
    raise


def short_circuit(a, b, c):
    if a and (b or c):
        return 1
    return 2


def ranges(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


for function in (branches, while_loop, for_loop, nested_loops, while_true,
                 checks, short_circuit, ranges):
    print(function.__name__)
    show(function)
