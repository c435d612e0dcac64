# Classes: __init__, methods, instance vs class attributes, __dict__, bound methods.
class Counter:
    """Counts things."""
    instances = 0
    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1
    def increment(self, by=1):
        self.value += by
        return self
    def reset(self):
        self.value = 0
c = Counter()
c.increment().increment(5)
print(c.value, Counter.instances, Counter.__doc__, Counter.__name__)
d = Counter(10)
print(d.value, Counter.instances, c.instances, d.__dict__, sorted(vars(c)))
m = c.increment
print(m.__self__ is c, m.__func__ is Counter.increment, m(2).value)
Counter.increment(c, 100)
print(c.value)
c.instances = "shadowed on instance"
print(c.instances, Counter.instances, d.instances)
del c.instances
print(c.instances)
class Empty:
    pass
e = Empty()
e.dynamic = [1]
print(e.dynamic, type(e).__name__, Empty.__name__, Empty.__qualname__, Empty.__module__)
class WithClassMethods:
    count = 0
    @classmethod
    def create(cls, n):
        cls.count += n
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def doubled(self):
        return self.count * 2
w = WithClassMethods.create(3)
print(WithClassMethods.count, w.helper(4), WithClassMethods.helper(5), w.doubled)
try:
    w.doubled = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
