def f():
    try:
        try:
            a()
        except KeyError as k:
            return k
        finally:
            b()
    except Exception:
        c()
    else:
        d()
