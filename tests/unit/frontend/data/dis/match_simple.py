def f(x):
    match x:
        case 1:
            return "one"
        case [a, b]:
            return a + b
        case {"k": v}:
            return v
        case Point(x=0, y=yy):
            return yy
        case str() | bytes():
            return "s"
        case _:
            return None
