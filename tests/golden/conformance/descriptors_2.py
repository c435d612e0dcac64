# Validated fields with descriptors: ranges, choices, types, defaults; a record base class
class Field:
    def __init__(self, default=None):
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = self.validate(value)

    def validate(self, value):
        return value


class Integer(Field):
    def __init__(self, lo=None, hi=None, default=0):
        super().__init__(default)
        self.lo, self.hi = lo, hi

    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{self.name} must be an int, got {type(value).__name__}")
        if self.lo is not None and value < self.lo or self.hi is not None and value > self.hi:
            raise ValueError(f"{self.name}={value} not in [{self.lo}, {self.hi}]")
        return value


class Choice(Field):
    def __init__(self, *options):
        super().__init__(options[0])
        self.options = options

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.name} must be one of {self.options}, got {value!r}")
        return value


class Text(Field):
    def validate(self, value):
        return str(value).strip()


class Record:
    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            if key not in self._fields:
                raise TypeError(f"{type(self).__name__} has no field {key!r}")
            setattr(self, key, value)

    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields) + ")"


class Pizza(Record):
    name = Text("margherita")
    size = Choice("M", "S", "L")
    slices = Integer(1, 16, default=8)
    extra_cheese = Field(False)


print(Pizza._fields)
print(Pizza())
print(Pizza(name="  funghi ", size="L", slices=12, extra_cheese=True))
for kwargs in [{"size": "XL"}, {"slices": 0}, {"slices": "8"}, {"slices": True}, {"crust": "thin"}]:
    try:
        Pizza(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = Pizza()
p.slices = 4
p.name = 123
print(p, p.__dict__, type(Pizza.slices).__name__, Pizza.size.options)
