# Attribute, method and global lookups repeated in loops (so the interpreter's
# and the JIT's inline caches fill) while the objects they depend on change.
import builtins


class Base:
    kind = "base"

    def describe(self):
        return "Base.describe"


class Child(Base):
    __slots__ = ()


class Plain(Base):
    def __init__(self):
        self.x = 1


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


def attr_loop(o, n):
    out = []
    for i in range(n):
        out.append(o.x)
        if i == 2:
            o.x = "changed"
        if i == 4:
            del o.x
            o.__dict__["y"] = 0
            o.x = "re-added"
    return out


print(attr_loop(Plain(), 7))


def kind_loop(o, n):
    out = []
    for i in range(n):
        out.append(o.kind)
        if i == 1:
            Base.kind = "base2"
        if i == 3:
            Plain.kind = "plain"
        if i == 5:
            o.kind = "instance"
        if i == 7:
            del o.kind
            del Plain.kind
    return out


print(kind_loop(Plain(), 9))


def method_loop(o, n):
    out = []
    for i in range(n):
        out.append(o.describe())
        if i == 1:
            Base.describe = lambda self: "patched base"
        if i == 3:
            o.describe = lambda: "instance attribute"
        if i == 5:
            del o.describe
        if i == 6:
            o.__class__ = Other
    return out


class Other(Plain):
    def describe(self):
        return "Other.describe"


print(method_loop(Plain(), 9))


def slot_loop(o, n):
    out = []
    for i in range(n):
        try:
            out.append(o.a)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
        if i == 1:
            del o.a
        if i == 3:
            o.a = "back"
    return out


print(slot_loop(Slotted(), 6))

counter = 0


def global_loop(n):
    global counter
    out = []
    for i in range(n):
        counter += 1
        out.append((counter, len("abc")))
        if i == 2:
            globals()["len"] = lambda s: -1
        if i == 4:
            del globals()["len"]
        if i == 6:
            builtins.len = lambda s: -2
        if i == 7:
            del builtins.len
            import sys
            builtins.len = sys.modules["builtins"].__dict__.get("len") or (lambda s: 3)
    return out


_saved_len = len
print(global_loop(9))
builtins.len = _saved_len

code = compile("def f():\n    return value\n", "<ns>", "exec")
for ns_value in (1, "two", [3]):
    ns = {"value": ns_value}
    exec(code, ns)
    print([ns["f"]() for _ in range(3)])


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    value = 10


def class_attr_loop(n):
    out = []
    for i in range(n):
        out.append(WithMeta.value)
        if i == 1:
            WithMeta.value = 20
    return out


print(class_attr_loop(4))


class Prop:
    def __init__(self):
        self.__dict__["p"] = "dict value"

    @property
    def q(self):
        return "property"


def prop_loop(o, n):
    out = []
    for i in range(n):
        out.append(o.p)
        if i == 1:
            Prop.p = property(lambda self: "data descriptor wins")
    return out


print(prop_loop(Prop(), 4))
