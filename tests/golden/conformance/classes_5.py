# Container dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Matrix:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.data = [[fill] * cols for _ in range(rows)]

    def __len__(self):
        return self.rows

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.data[r][c]
        return self.data[key]

    def __setitem__(self, key, value):
        r, c = key
        self.data[r][c] = value

    def __delitem__(self, key):
        del self.data[key]
        self.rows -= 1

    def __contains__(self, value):
        return any(value in row for row in self.data)

    def __iter__(self):
        for row in self.data:
            yield from row

    def __repr__(self):
        return "\n".join(" ".join(f"{x:3}" for x in row) for row in self.data)


m = Matrix(3, 4)
for i in range(3):
    for j in range(4):
        m[i, j] = i * 4 + j
print(m)
print(len(m), m[1], m[2, 3], m[-1, -1])
print(5 in m, 50 in m)
print(list(m))
print(sum(m), max(m))
del m[0]
print(len(m))
print(m)
try:
    m[5, 0]
except IndexError as e:
    print("IndexError:", e)
try:
    m["a"]
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Seq()))
print(3 * 3 in Seq(), 7 in Seq())
for x in Seq():
    print(x, end=" ")
print()
print(list(reversed([1, 2])), sorted(Seq(), reverse=True))
try:
    len(Seq())
except TypeError as e:
    print("TypeError:", e)
