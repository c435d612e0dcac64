x: int = 1
y: str
z.a: int = 3
