def f(command):
    match command:
        case 1:
            if False:
                return 1
        case _:
            if False:
                return 0
def g(command):
    match command:
        case 1:
            if False:
                x = 1
        case 2:
            pass
def h(c):
    if c:
        if False:
            return 1
    else:
        pass
