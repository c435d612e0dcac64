# Hot generators, closures and exceptions inside functions called many times
def gen(n):
    for i in range(n):
        if i % 3 == 0:
            continue
        yield i * i


def consume():
    total = 0
    for _ in range(300):
        total += sum(gen(30))
    return total


print(consume())


def make_adder(k):
    def add(x):
        return x + k
    return add


adders = [make_adder(k) for k in range(50)]
acc = 0
for i in range(5000):
    acc = adders[i % 50](acc) % 1000003
print(acc)


def risky(i):
    if i % 97 == 0:
        raise ValueError(i)
    if i % 89 == 0:
        raise KeyError(i)
    return i


caught = {"V": 0, "K": 0, "ok": 0}
for i in range(1, 10000):
    try:
        risky(i)
        caught["ok"] += 1
    except ValueError:
        caught["V"] += 1
    except KeyError:
        caught["K"] += 1
    finally:
        pass
print(caught)


def nested_loops(n):
    count = 0
    for i in range(n):
        for j in range(i):
            if (i ^ j) & 1:
                count += 1
            elif i % (j + 1) == 0:
                count -= 1
    return count


print(nested_loops(300))


def string_build(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 50:
            s = s[25:]
    return s


print(string_build(10000))


def recursive_sum(lst):
    if not lst:
        return 0
    head, *tail = lst
    return head + recursive_sum(tail)


print(sum(recursive_sum(list(range(i, i + 50))) for i in range(200)))
