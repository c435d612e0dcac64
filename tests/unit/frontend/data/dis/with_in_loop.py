def f(xs):
    for x in xs:
        with x:
            if x:
                break
            continue
    while x:
        with x as y:
            return y
