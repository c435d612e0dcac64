# Subclassing built-in types: dict with __missing__, list, str, int
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


dd = DefaultDict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd, len(dd), isinstance(dd, dict), type(dd).__name__)
print(dd.get("z"), "z" in dd, dd["z"], "z" in dd)


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items()), c["?"], len(c))


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, getattr(ad, "zz", "none"))


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return f"Stack({super().__repr__()})"


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s + [4], type(s + [4]).__name__, s[1:], type(s[1:]).__name__)
print(s == [1, 2, 3], sorted(s, reverse=True), list(reversed(s)))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def shout(self):
        return self + "!"


u = Upper("hello")
print(u, repr(u), u.shout(), type(u.shout()).__name__, len(u), u.lower(), type(u.lower()).__name__, u == "HELLO")


class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return super().__new__(cls, n)

    def __repr__(self):
        return f"Even({int(self)})"


e = Even(4)
print(e, repr(e), e + 2, type(e + 2).__name__, e * Even(2), isinstance(e, int), hash(e) == hash(4))
try:
    Even(3)
except ValueError as ex:
    print("ValueError:", ex)


class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"


print(Celsius(21.456), repr(Celsius(21.456)), f"{Celsius(3)}", Celsius(1) + 1)
