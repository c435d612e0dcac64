def f(p):
    match p:
        case (1 | 2) as n:
            return n
        case [x, *rest]:
            return rest
        case [*_, last]:
            return last
        case {"a": 1, **kw}:
            return kw
        case Point(1, y=2) if y:
            return 0
        case (a, b) | [b, a]:
            return a
        case None | True:
            return 1
        case -1 | 1.5 | 2j:
            return 2
        case x.y:
            return 3
