def f():
    try:
        g()
    except* (ValueError, TypeError) as eg:
        h(eg)
    finally:
        k()
