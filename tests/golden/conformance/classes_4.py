# Rich comparison and hashing
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "Version('" + ".".join(map(str, self.parts)) + "')"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.parts)


vs = [Version(s) for s in ["1.2.10", "1.2.9", "1.10", "1.2", "0.9.9"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("1.2") > Version("1.1"), Version("1.2") >= Version("1.2"))
print(Version("1.0") == "1.0", Version("1.0") != "1.0")
print(len({Version("1.0"), Version("1.0"), Version("2.0")}))
print({Version("3.1"): "x"}[Version("3.1")])
try:
    Version("1.0") < "2"
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1.0") >= 3
except TypeError as e:
    print("TypeError:", e)


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash() != 5)


class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
