match x:
    case _:
        y = 1
