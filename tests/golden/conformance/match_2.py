# match with class patterns, __match_args__, nested patterns, a tiny interpreter
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


def evaluate(node):
    match node:
        case Num(v):
            return v
        case Neg(Num(v)):
            return -v
        case Neg(inner):
            return -evaluate(inner)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op=op):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"not a node: {node!r}")


def show(node):
    match node:
        case Num(value=v):
            return str(v)
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


tree = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Num(4))))
print(show(tree), "=", evaluate(tree))
print(evaluate(BinOp("*", Num(0), BinOp("/", Num(1), Num(0)))))
for bad in [BinOp("/", Num(1), Num(2)), "text"]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["pick", "up", *items] if items:
            return "picking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "say something"


for c in ["go north", "go up", "pick up sword shield", "pick up", "exit", "dance now", ""]:
    print(repr(c), "->", command(c))


class P:
    def __init__(self, x):
        self.x = x


match P(1):
    case P(x=1):
        print("keyword class pattern ok")
try:
    match P(1):
        case P(1):
            pass
except TypeError as e:
    print("TypeError:", e)
match (1, [2, 3], {"a": (4, 5)}):
    case (a, [b, c], {"a": (d, e)}):
        print(a, b, c, d, e)
match 5:
    case x:
        print("capture", x)
