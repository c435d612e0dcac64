def f(xs):
    for x in xs:
        try:
            if x:
                break
            if x > 1:
                continue
            return x
        finally:
            print("f")
    return None
