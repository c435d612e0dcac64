# print(): sep, end, file, flush, multiple args, non-string objects, empty calls.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1], (2,), {3: 4}, {5}, b"6", "7", sep=" | ")
print("x", sep=None, end=None)
print(*range(5), sep="\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("", end="")
print("multi\nline")
print("tab\tsep", "end", sep="\t", end="\n\n")
class Shown:
    def __str__(self):
        return "str form"
    def __repr__(self):
        return "repr form"
print(Shown(), [Shown()], str(Shown()), repr(Shown()))
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file="notafile")
except AttributeError as e:
    print("AttributeError:", e)
