# Truth testing with __bool__ and __len__, and in if/while/not/and/or.
class Always:
    def __bool__(self):
        print("  __bool__ called")
        return True

class Empty:
    def __len__(self):
        print("  __len__ called")
        return 0

class Plain:
    pass

class BadBool:
    def __bool__(self):
        return 1

class NegLen:
    def __len__(self):
        return -1

for obj in [Always(), Empty(), Plain()]:
    name = type(obj).__name__
    print(name, bool(obj))
    if obj:
        print(name, "is truthy")
    else:
        print(name, "is falsy")
    print(name, "not ->", not obj)
for obj in [BadBool(), NegLen()]:
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
n = 3
while n:
    print("n =", n)
    n -= 1
print([x for x in [0, 1, "", "a", None, [], [[]], 0.0] if x])
print(Empty() or "fallback", Always() and "second")
