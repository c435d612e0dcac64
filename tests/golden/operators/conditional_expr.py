# Conditional expressions: laziness, nesting, in comprehensions and arguments.
def side(name, value):
    print("evaluated", name)
    return value
print(side("a", 1) if side("cond", True) else side("b", 2))
print(side("a", 1) if side("cond", False) else side("b", 2))
for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
print([x if x % 2 else -x for x in range(6)], [x for x in range(6) if x % 2] or "none")
print(max(3, 7) if True else min(3, 7), (lambda x: "big" if x > 10 else "small")(11))
print("yes" if [] else "no", "yes" if [0] else "no", "set" if {0} else "empty")
