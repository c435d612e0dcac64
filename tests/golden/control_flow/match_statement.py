# match statements: literals, captures, sequences, mappings, classes, guards, or-patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case "hello":
            return "greeting"
        case str(s):
            return f"string of {len(s)}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"head {x} rest {rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case {"type": t, **others}:
            return f"typed {t} with {sorted(others)}"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 2, -7, 99, "hello", "abc", [], [5], [1, 2], (1, 2, 3, 4), {"type": "point", "x": 1, "y": 2},
          {"type": "box", "w": 1, "h": 2}, None, 3.5, {1, 2}]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9)]:
    match p:
        case Point(0, 0):
            print("origin")
        case Point(0, y):
            print("on y axis", y)
        case Point(x=x, y=0):
            print("on x axis", x)
        case Point(x, y) if x == y:
            print("diagonal", x)
        case _:
            print("somewhere", p.x, p.y)
command = "go north"
match command.split():
    case ["go", ("north" | "south") as direction]:
        print("going", direction)
    case _:
        print("unknown")
