def f():
    try:
        return g()
    finally:
        print("done")
