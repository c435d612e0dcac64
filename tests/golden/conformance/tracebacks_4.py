# Uncaught exceptions in comprehensions / lambdas / multi-line expressions
def compute(values):
    return [
        v * 2
        for v in values
    ]


def ratio(a, b):
    return (a +
            b) / (a -
                  b)


print(compute([1, 2]))
print(ratio(3, 1))
transform = lambda s: s.upper() + s.missing_method()
data = {"key": [1, 2, {"deep": None}]}
try:
    print(data["key"][2]["deep"]["x"])
except TypeError as e:
    print("TypeError:", e)
print(list(map(transform, ["a", "b"])))
