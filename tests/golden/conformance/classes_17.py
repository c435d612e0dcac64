# Polynomial class: arithmetic, evaluation, derivative, repr with signs, equality and hashing
class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = tuple(c) or (0,)

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        result = 0
        for coef in reversed(self.c):
            result = result * x + coef
        return result

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        n = max(len(self.c), len(o.c))
        a = self.c + (0,) * (n - len(self.c))
        b = o.c + (0,) * (n - len(o.c))
        return Poly(*(x + y for x, y in zip(a, b)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-x for x in self.c))

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly(-o))

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly(1)
        for _ in range(n):
            result = result * self
        return result

    def derivative(self):
        return Poly(*(i * c for i, c in enumerate(self.c) if i)) if self.degree else Poly(0)

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __hash__(self):
        return hash(self.c)

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            coef = self.c[i]
            if coef == 0 and len(self.c) > 1:
                continue
            sign = "-" if coef < 0 else "+"
            mag = abs(coef)
            body = ("" if mag == 1 and i else str(mag)) + ("x" if i else "") + (f"^{i}" if i > 1 else "")
            terms.append((sign, body))
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        return text + "".join(f" {s} {b}" for s, b in terms[1:])


p = Poly(1, -3, 0, 2)
q = Poly(0, 1)
print(p, "|", q, "|", Poly(), "|", Poly(0, 0, -1), "|", Poly(5, 0, 0))
print(p + q, "|", p - p, "|", p * q, "|", 3 * p, "|", p + 1, "|", 1 + q)
print((q + 1) ** 5, "|", (q - 1) * (q + 1))
print([p(x) for x in range(-2, 3)], p.degree, p.derivative(), p.derivative().derivative(), Poly(7).derivative())
print(p == Poly(1, -3, 0, 2, 0, 0), p == "p", len({p, Poly(1, -3, 0, 2), q}))
print(Poly(1.5, 0.5)(2), Poly(2, 1)(0.5), Poly(1, 1) ** 10 == (Poly(1, 1) ** 5) ** 2)
