# Structural pattern matching: literals, sequences, mappings, classes, guards
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num if num > 1000:
            return f"big {num}"
        case float():
            return "float"
        case "":
            return "empty string"
        case str(s) if s.isdigit():
            return f"digits {s}"
        case str():
            return f"string {x!r}"
        case []:
            return "empty list"
        case [single]:
            return f"one item {single}"
        case [first, *rest] if isinstance(first, str):
            return f"starts with str {first}, {len(rest)} more"
        case (a, b):
            return f"pair {a},{b}"
        case [a, b, *_, z]:
            return f"seq {a} {b} .. {z}"
        case {"type": "point", "x": px, "y": py}:
            return f"point({px}, {py})"
        case {"type": t, **others}:
            return f"typed {t} extra={sorted(others)}"
        case {}:
            return "some dict"
        case None:
            return "none"
        case _:
            return f"other {type(x).__name__}"


tests = [0, 2, -5, 5000, 3.5, 2e9, "", "123", "abc", [], [7], ["a", 1, 2], (1, 2), [1, 2, 3, 4],
         {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3, "c": 0}, {"k": 1}, None, {1, 2}, 42]
for t in tests:
    print(repr(t), "->", describe(t))
