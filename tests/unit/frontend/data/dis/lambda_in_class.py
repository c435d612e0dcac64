class C:
    x = 1
    f = lambda self: self.x
    g = [x for _ in range(2)]
