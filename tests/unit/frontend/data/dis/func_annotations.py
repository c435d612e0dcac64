def f(a: int, b: "str" = "x") -> list:
    pass
