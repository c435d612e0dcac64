# Slicing and indexing
s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[5:2], s[5:2:-1], s[100:], s[-100:2], s[2:100], s[::-3], s[-1:-4:-1])
print(repr(s[10:]), s[3:3] == "", len(s[1:-1]))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1] = "z"
except TypeError as e:
    print("TypeError:", e)
lst = list(range(10))
print(lst[2:8:2], lst[::-2], lst[-2:], lst[1:1])
lst[2:5] = ["x"]
print(lst)
lst[::3] = [0] * len(lst[::3])
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del lst[::2]
print(lst)
lst[len(lst):] = [99, 100]
print(lst)
lst[:0] = ["start"]
print(lst)
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, s[sl], sl.indices(5))
print(slice(None), slice(3), slice(None, None, -1).indices(4))
t = tuple(range(6))
print(t[1:4], t[::-1], type(t[1:2]).__name__)


def is_palindrome(w):
    w = "".join(c.lower() for c in w if c.isalnum())
    return w == w[::-1]


for w in ["Racecar", "A man, a plan, a canal: Panama", "hello", ""]:
    print(repr(w), is_palindrome(w))
text = "the rain in spain"
print(text[text.find("rain"):text.find("rain") + 4], text.split()[-1][::-1])
print("hello"[1:-1].upper(), "x"[5:], "abc"[-1::-1])
