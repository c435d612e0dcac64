# collections in practice: Counter word stats, defaultdict grouping, deque sliding window, namedtuple records
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap

text = "the cat sat on the mat the cat ate the rat"
c = Counter(text.split())
print(c)
print(c.most_common(2), c["the"], c["dog"], sum(c.values()), c.total())
c.update(["dog", "dog"])
c.subtract({"the": 3})
print(sorted(c.items()), +c == c, (c - Counter(cat=5)))
print(Counter("abracadabra").most_common(), Counter("aab") & Counter("abb"), Counter("aab") | Counter("abb"))
print(list(Counter(a=2, b=1).elements()), Counter({"x": 0, "y": -1}) + Counter())
groups = defaultdict(list)
for word in text.split():
    groups[len(word)].append(word)
print(groups)
print(dict(groups), groups.default_factory, groups[99], len(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts)
window = deque(maxlen=3)
for x in range(6):
    window.append(x)
    print(list(window), sum(window) / len(window))
d = deque([1, 2, 3])
d.appendleft(0)
d.extend([4, 5])
d.rotate(2)
print(d, d.popleft(), d.pop(), d[1], len(d), d.count(3))
d.rotate(-1)
print(d, deque("abc", maxlen=2), repr(deque()))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
Point = namedtuple("Point", ["x", "y"])
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
e = Employee("ann", "eng")
print(e, e.salary, Employee._field_defaults, isinstance(p, tuple), p == (3, 4))
x, y = p
print(x + y, sum(p), max(Employee("bo", "ops", 60000), e, key=lambda r: r.salary).name)
try:
    Point(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    p.x = 5
except AttributeError as ex:
    print("AttributeError:", ex)
od = OrderedDict.fromkeys("abcd")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], dict(cm), cm.maps, cm.new_child({"c": 4})["c"])
