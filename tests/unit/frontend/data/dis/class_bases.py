class A:
    pass
class B(A, metaclass=type):
    "Doc."
    y = 2
