# Class and instance attribute lookup order, __dict__ inspection, shadowing, class-level counters
class Base:
    shared = ["base"]
    label = "base label"

    def __init__(self):
        self.own = "instance"

    def where(self, name):
        if name in vars(self):
            return "instance"
        for cls in type(self).__mro__:
            if name in vars(cls):
                return cls.__name__
        return "nowhere"


class Child(Base):
    label = "child label"


c = Child()
for name in ["own", "label", "shared", "where", "__init__", "missing"]:
    print(name, c.where(name))
c.label = "mine"
print(c.label, Child.label, Base.label, c.where("label"))
del c.label
print(c.label, c.where("label"))
del Child.label
print(c.label, c.where("label"))
c.shared.append("mutated via instance")
print(Base.shared, Child.shared is Base.shared)
c.shared = ["rebound"]
print(Base.shared, c.shared)
print(sorted(k for k in vars(Base) if not k.startswith("__")), sorted(vars(c)))
print(type(vars(Base)).__name__, "label" in Base.__dict__, "label" in Child.__dict__)
try:
    vars(Base)["new"] = 1
except TypeError as e:
    print("TypeError:", e)
setattr(Base, "new", 1)
print(c.new, Child.new, hasattr(Child, "new"))
Child.method = lambda self: f"added later to {type(self).__name__}"
print(c.method())


class Tracker:
    created = 0
    alive = []

    def __init__(self, name):
        Tracker.created += 1
        self.id = Tracker.created
        self.name = name
        type(self).alive.append(name)


class Sub(Tracker):
    alive = []


for n in "abc":
    Tracker(n)
s = Sub("z")
print(Tracker.created, Sub.created, Tracker.alive, Sub.alive, s.id)
print(Base.__name__, Child.__base__.__name__, Child.__bases__, [k.__name__ for k in Child.__mro__])
