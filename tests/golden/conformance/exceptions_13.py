# Uncaught error in a generator and in a lambda inside sorted(): traceback frames
def gen(items):
    for item in items:
        yield 10 // item


def consume():
    results = []
    for v in gen([5, 2, 1, 0, 3]):
        results.append(v)
        print("got", v)
    return results


data = [("b", 2), ("a", None), ("c", 1)]
try:
    print(sorted(data, key=lambda p: p[1]))
except TypeError as e:
    print("TypeError:", e)
consume()
