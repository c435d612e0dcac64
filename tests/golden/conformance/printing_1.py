# print() options, sys.stdout.write, str/repr of many objects
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <END>\n")
print()
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print(*"abc")
print("x", None, 1.0, [1, "2"], sep="|")
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me")
print()
print(n)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(1, 2, sep=None, end=None)


class Both:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "repr-form"


class OnlyRepr:
    def __repr__(self):
        return "only-repr"


b = Both()
print(b, [b], (b,), {b: b}, str(b), repr(b), f"{b}", f"{b!r}", "%s %r" % (b, b))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])


class BadStr:
    def __str__(self):
        return 42


try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(repr("a\nb"), repr("tab\t"), repr("quote'"), repr("\\"), repr(b"\n\x00"), repr(1e100), repr(-1))
print(str(1.0), str(10.0 ** 16), str(1 / 3), str(2 ** 0.5), [0.1, 0.2], (1.5,), {1.25})
print(True, False, None, ..., NotImplemented, print.__name__, type(print))
print(repr(""), repr(" "), str(""), len(str(object())) > 0)
sys.stdout.write("done\n")
