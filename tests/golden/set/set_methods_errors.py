# set methods and errors: add/remove/discard/pop/clear/copy, unhashable members.
s = {"a"}
s.add("b")
s.add("a")
print(sorted(s), len(s))
s.remove("a")
print(s)
try:
    s.remove("zz")
except KeyError as e:
    print("KeyError:", e)
s.discard("zz")
x = s.pop()
print(x, s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
t = {1, 2, 3}
u = t.copy()
u.clear()
print(t, u, u == set())
for bad in [lambda: {[1]}, lambda: set([[1]]), lambda: {1}.add({2}), lambda: {1}.remove([1]), lambda: set(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
fs = frozenset([1, 2])
try:
    fs.add(3)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(fs) == hash(frozenset([2, 1])), {fs: "ok"}[frozenset({1, 2})], fs | {3}, fs.copy() is fs)
seen = set()
dups = []
for ch in "mississippi":
    if ch in seen:
        dups.append(ch)
    seen.add(ch)
print(sorted(seen), dups, len(set("mississippi")))
print({1, 1.0, True}, {0, False, 0.0}, len({"a", "a", "A"}))
print(set({"k": 1}), set({1: 2}.items()), sorted({x % 3 for x in range(10)}))
