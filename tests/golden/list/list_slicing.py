# list slicing and slice assignment/deletion, including extended slices.
L = list(range(10))
print(L[2:5], L[:3], L[7:], L[-3:], L[::2], L[1::3], L[::-1], L[8:2:-2], L[-1:-4:-1], L[5:5], L[20:])
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = list("ABCDEF")[: len(a[::2])]
print(a)
a[-2:] = range(3)
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
b = [1, 2, 3, 4, 5, 6]
b[::-2] = [60, 40, 20]
print(b)
b[1:4] = "xyz"
print(b)
b[2:2] = [0, 0]
print(b)
b[4:1] = ["between"]
print(b)
c = [1, 2, 3]
c[:] = c + c
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[::0]
except ValueError as e:
    print("ValueError:", e)
for i in [6, -7]:
    try:
        c[i]
    except IndexError as e:
        print("IndexError:", e)
    try:
        c[i] = 0
    except IndexError as e:
        print("IndexError:", e)
try:
    del c[10]
except IndexError as e:
    print("IndexError:", e)
try:
    c["0"]
except TypeError as e:
    print("TypeError:", e)
del c[10:20]
print(c, c[-100:100], c[::-100])
