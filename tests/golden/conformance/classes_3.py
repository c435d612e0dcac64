# classmethod / staticmethod / alternative constructors
class Date:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.year}, {self.month}, {self.day})"

    def __str__(self):
        return f"{self.day:02d} {self.months[self.month - 1]} {self.year:04d}"


class EuroDate(Date):
    def __str__(self):
        return f"{self.day}.{self.month}.{self.year}"


d = Date.from_string("2024-02-29")
e = EuroDate.from_string("1999-12-31")
print(repr(d), str(d))
print(repr(e), str(e))
print(type(e).__name__)
for y in (1900, 2000, 2023, 2024):
    print(y, Date.is_leap(y), d.is_leap(y))
print(Date.from_string)
print(type(Date.__dict__["from_string"]).__name__)
print(type(Date.__dict__["is_leap"]).__name__)
print(Date.is_leap.__name__, Date.from_string.__func__.__name__)
print(Date.from_string.__self__ is Date, EuroDate.from_string.__self__.__name__)
try:
    Date.from_string("2024-02")
except ValueError as e:
    print("ValueError:", e)
try:
    Date.from_string("2024-xx-01")
except ValueError as e:
    print("ValueError:", e)


class Counter:
    instances = 0

    def __init__(self):
        type(self).instances += 1

    @classmethod
    def how_many(cls):
        return cls.instances


class SubCounter(Counter):
    pass


Counter(); Counter(); SubCounter()
print(Counter.how_many(), SubCounter.how_many())
print(Counter.instances, SubCounter.instances, "instances" in SubCounter.__dict__)
