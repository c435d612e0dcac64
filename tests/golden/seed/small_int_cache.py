# Seed lesson: CPython caches the integers -5..256; values built at run time outside share nothing.
def same(text):
    return int(text) is int(text)
for text in ["-6", "-5", "0", "100", "255", "256", "257", "1000"]:
    print(text, same(text))
a = 100
b = 100
print(a is b)
c = int("256")
d = 256
print(c is d)
e = int("257")
f = 257
print(e is f, e == f)
values = [int(str(n)) for n in range(-7, 260)]
cached = [n for n in values if n is int(str(n))]
print(cached[0], cached[-1], len(cached))
print(sum(1 for n in range(-10, 300) if int(str(n)) is int(str(n))))
