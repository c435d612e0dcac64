# __getattr__ / __getattribute__ / __setattr__ / __delattr__ fallbacks
class Config:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(("get", name))
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        self._data[name] = value

    def __delattr__(self, name):
        self.log.append(("del", name))
        del self._data[name]


c = Config(debug=True, level=3)
print(c.debug, c.level)
c.level = 5
print(c.level)
del c.debug
try:
    c.debug
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "missing", "default"))
print(hasattr(c, "level"), hasattr(c, "nope"))
print(c.log)
try:
    del c.nothing
except KeyError as e:
    print("KeyError:", e)


class Traced:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("lookup", name)
        return super().__getattribute__(name)

    def method(self):
        return self.a * 10


t = Traced()
print(t.a)
print(t.method())
try:
    t.zzz
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.index(2))
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
