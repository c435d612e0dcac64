# String indexing and slicing: negative indices, steps, out-of-range bounds.
s = "Hello, World"
print(s[0], s[4], s[-1], s[-12], len(s))
print(s[:5], s[7:], s[-5:], s[:-7], s[3:3], s[5:2], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1], s[10:2:-3], s[:0:-1])
print(repr(s[len(s):]), repr(s[::100]), s[-3::-4])
for i in [12, -13, 100]:
    try:
        s[i]
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[slice(1, 4)], s[slice(None, None, -3)])
empty = ""
print(repr(empty[:]), repr(empty[::-1]), repr(empty[5:10]))
print([c for c in "abc"], list(reversed("abc")), "abc"[-1:-4:-1])
