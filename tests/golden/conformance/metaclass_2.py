# A tiny ORM-style model layer built with a metaclass: fields collected, SQL-ish strings generated
class Column:
    def __init__(self, kind, primary=False):
        self.kind, self.primary = kind, primary

    def __repr__(self):
        return f"Column({self.kind.__name__}{', primary' if self.primary else ''})"


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        columns = {k: v for k, v in ns.items() if isinstance(v, Column)}
        for k in columns:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        inherited = {}
        for base in reversed(cls.__mro__[1:]):
            inherited.update(getattr(base, "_columns", {}))
        cls._columns = {**inherited, **columns}
        cls._table = ns.get("__table__", name.lower() + "s")
        if bases:
            mcls.registry[name] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table}>"


class Model(metaclass=ModelMeta):
    id = Column(int, primary=True)

    def __init__(self, **values):
        for name, col in self._columns.items():
            value = values.pop(name, None)
            if value is not None and not isinstance(value, col.kind):
                raise TypeError(f"{name} expects {col.kind.__name__}")
            setattr(self, name, value)
        if values:
            raise TypeError(f"unknown columns: {', '.join(sorted(values))}")

    def insert_sql(self):
        cols = [c for c in self._columns if getattr(self, c) is not None]
        vals = ", ".join(repr(getattr(self, c)) for c in cols)
        return f"INSERT INTO {self._table} ({', '.join(cols)}) VALUES ({vals});"

    @classmethod
    def create_sql(cls):
        parts = [f"{n} {c.kind.__name__.upper()}{' PRIMARY KEY' if c.primary else ''}" for n, c in cls._columns.items()]
        return f"CREATE TABLE {cls._table} ({', '.join(parts)});"


class User(Model):
    name = Column(str)
    age = Column(int)


class Admin(User):
    __table__ = "admins"
    level = Column(int)


print(ModelMeta.registry, User, Admin, type(User).__name__)
print(User._columns)
print(User.create_sql())
print(Admin.create_sql())
print(User(id=1, name="ann", age=30).insert_sql())
print(Admin(name="root", level=9).insert_sql())
for bad in [dict(age="old"), dict(email="x@y"), dict(name=5, zip=1)]:
    try:
        User(**bad)
    except TypeError as e:
        print("TypeError:", e)
print(hasattr(User, "name"), "name" in User._columns, isinstance(Admin(), User))
