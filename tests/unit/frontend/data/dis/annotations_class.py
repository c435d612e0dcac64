class A:
    x: int
    y: int = 2
