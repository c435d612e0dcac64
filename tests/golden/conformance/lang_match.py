from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("r",)
    def __init__(self, r): self.r = r
    def __repr__(self): return f"Circle({self.r})"

class NoArgs:
    pass

def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case "":
            return "empty string"
        case str(s):
            return f"string {s}"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case {"type": "user", "name": name, **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point x={px}"
        case Circle(r):
            return f"circle {r}"
        case None:
            return "none"
        case (True | False) as b:
            return f"bool {b}"
        case _:
            return "other " + type(v).__name__

for v in [0, 1, -5, 7, 2.5, "", "hi", [], [1], [1, 2], [1, 2, 3], (4, 5, 6, 7),
          {"type": "user", "name": "bob", "age": 3, "x": 1}, {"type": "admin"}, {"kind": 1},
          Point(0, 0), Point(2, 2), Point(1, 5), Circle(3), None, True, b"x", {1, 2}, "abc"[:0]]:
    print(repr(v), "->", describe(v))

class Color:
    RED = "red"
    GREEN = "green"
def col(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
    return "unknown"
print(col("red"), col("green"), col("blue"))

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match Circle(1):
        case Circle(1, 2):
            pass
except TypeError as e:
    print(e)
class BadArgs:
    __match_args__ = ["x"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case len(x):
            pass
except TypeError as e:
    print(e)
class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print(e)

def cmd(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return "going " + d
        case ["pick", "up", *items] if items:
            return "picking " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"
for c in ["go north", "go up", "pick up a b", "pick up", "quit", "", "dance now"]:
    print(repr(c), cmd(c))

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match "abc":
    case [*chars]:
        print("str is sequence?", chars)
    case _:
        print("str not a sequence")
match 3.0:
    case 3:
        print("3.0 matches 3")
match -1:
    case -1:
        print("neg literal")
match 1+2j:
    case 1+2j:
        print("complex literal")
x = 42
match x:
    case y:
        pass
print("y bound", y)
import collections
match collections.OrderedDict(a=1):
    case {"a": v}:
        print("ordered dict mapping", v)
match range(3):
    case [0, 1, 2]:
        print("range matched sequence")
match bytearray(b"ab"):
    case [97, 98]:
        print("bytearray is sequence")
    case _:
        print("bytearray not a sequence")
class DD(dict):
    def __missing__(self, k): return "missing"
match DD(a=1):
    case {"b": v}:
        print("defaultdict-like matched", v)
    case _:
        print("__missing__ not used by match")
