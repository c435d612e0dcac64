x: int
y: list[int] = []
(z): str = 'a'
a.b: int = 1
c[0]: float
