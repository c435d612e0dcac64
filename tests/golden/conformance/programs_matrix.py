# Matrix class with operators, transpose, determinant, identity and errors
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in r] for r in self.rows])
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self * other

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        if n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(n):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]) if n > 1 else None
            total += (-1) ** j * self.rows[0][j] * (minor.det() if n > 2 else minor.rows[0][0])
        return total

    def __repr__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{width}}" for v in r) + "]" for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * b, a @ b, 2 * a, a * 0.5, sep="\n--\n")
print(a.T(), a.shape, a[1, 0], a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), sep="\n")
fib = Matrix([[1, 1], [1, 0]]) ** 50
print(fib[0, 1], Matrix.identity(3) == Matrix.identity(3) ** 5, a == [[1, 2], [3, 4]])
for bad in [lambda: Matrix([]), lambda: Matrix([[1], [1, 2]]), lambda: a + Matrix([[1]]), lambda: a * Matrix([[1, 2, 3]]), lambda: Matrix([[1, 2]]).det(), lambda: a[2, 0]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
