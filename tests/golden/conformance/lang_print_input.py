import sys
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print()
print(1, 2, sep="")
print(sep="x")
print("x", None, True, 1.0, [1], sep=None, end=None)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ")
print("", end="")
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("hello", "world", file=w)
print(w.parts)
print(file=None)
name = input()
print("name:", name)
age = input("Age? ")
print("age:", int(age) + 1)
rest = sys.stdin.read().splitlines()
print(rest)
try:
    input("more? ")
except EOFError as e:
    print("EOFError", repr(e))
sys.stdout.write("direct write\n")
print(sys.stdout.write("xyz") if False else "")
