match x:
    case (1 | 2) as n if n > 1:
        pass
    case [a, b] as seq:
        pass
    case _:
        pass
    case y:
        pass
    case Color.RED:
        pass
