# map, filter, any, all: laziness, multiple iterables, None predicate, short-circuit.
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["ab", ""])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
m = map(lambda x: print("map sees", x) or x, [1, 2])
print("map is lazy")
print(list(m), list(m))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("a"), all(""), any([None, False]), all([[]]))
def noisy(v):
    print("checking", v)
    return v
print(any(noisy(v) for v in [0, 3, 5]))
print(all(noisy(v) for v in [1, 0, 5]))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
print(sum(map(int, "12345")), max(map(abs, [-7, 3])), sorted(filter(str.isupper, "aBcDeF")))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
