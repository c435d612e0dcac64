# Hot loops whose types change midway (int -> big int -> float -> str), polymorphic call sites
def accumulate(values):
    total = values[0]
    for v in values[1:]:
        total = total + v
    return total


ints = list(range(5000))
print(accumulate(ints))
big = [2 ** 62] * 3000
print(accumulate(big))
mixed = [1] * 2000 + [0.5] * 2000 + [2 ** 70] * 10
print(accumulate(mixed))
print(accumulate([str(i % 10) for i in range(3000)])[:40])
print(accumulate([[i] for i in range(2000)])[-5:])


def poly(x):
    return x * 2


results = []
for i in range(6000):
    if i < 2000:
        results.append(poly(i))
    elif i < 4000:
        results.append(poly(i / 4))
    else:
        results.append(poly(str(i)[-1]))
print(results[1999], results[2001], results[-1], len(results))


def overflow_walk(n):
    x = 1
    steps = []
    for i in range(n):
        x = x * 3 + 1
        if i % 10 == 0:
            steps.append(x.bit_length())
    return steps


print(overflow_walk(200))


def divide_all(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a // b)
        except ZeroDivisionError:
            out.append(None)
        except TypeError:
            out.append("T")
    return out


pairs = [(i, i % 7) for i in range(3000)] + [(1.5, 0.5), ("a", 1), (10 ** 30, 7)]
res = divide_all(pairs)
print(res[:10], res.count(None), res[-3:])


def compare_chain(items):
    count = 0
    for a in items:
        if 0 <= a < 100 and a != 50:
            count += 1
    return count


print(compare_chain(list(range(-50, 150)) * 20), compare_chain([0.5, 99.9, 100.0, -0.0, 50.0] * 500))
