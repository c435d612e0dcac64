# if/elif/else chains, nested conditions, conditional expressions, pass.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0:
        if n > 100:
            kind = "big even"
        else:
            kind = "even"
    else:
        kind = "odd"
    return kind
for n in [-5, 0, 4, 7, 200, 101]:
    print(n, classify(n))
x = 5
if x:
    pass
if not x:
    print("never")
else:
    print("else branch")
if x > 3: print("one-line if")
if x > 10: print("no")
elif x > 4: print("one-line elif")
print("a" if x else "b", "c" if not x else "d", 1 if x > 9 else 2 if x > 4 else 3)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
if (y := x * 2) > 8:
    print("walrus", y)
values = []
if values:
    print("non-empty")
elif values is not None:
    print("empty but not None")
