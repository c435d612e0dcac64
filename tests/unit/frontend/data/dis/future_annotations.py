from __future__ import annotations
x: list[int] = []
y: dict[str, "A" | None]
def f(a: int = 1, *b: tuple[int, ...], c: Callable[[int], str] | None = None, **d: float) -> a.b.c[1:2, ::3]:
    z: int = 3
    return z
class K:
    v: lambda x, *y, z=1, **w: (x if y else -z) ** 2 + ~w
    w: f"{x!r:>{y}} {{}}" = 1
    u: not a and b or c < d <= e is not f not in g
    t: (1, 2.5, 1e400, -1j, 'q', b'r', ..., None, True)
    s: [*a, *b] + {1: 2, **c} - {i for i in a if i} @ (j async for j in b)
    r: await_(x)[1].y(*a, k=2, **kw) if x else (yield_)
