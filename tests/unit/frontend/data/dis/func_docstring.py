def f():
    "The docstring."
    return 1
