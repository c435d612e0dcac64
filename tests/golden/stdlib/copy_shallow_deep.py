# copy.copy / copy.deepcopy: containers, instances, memo, hooks, recursion.
import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(9)
a[2]['k'].append(8)
print(a, b, c, b[1] is a[1], c[1] is a[1])
print(copy.copy(5), copy.copy('s'), copy.copy((1, 2)), copy.copy(None), copy.copy(len) is len, copy.copy(int) is int)
d = {'x': [1], 'y': (2, [3])}
dc = copy.deepcopy(d)
d['y'][1].append(4)
print(d, dc, copy.copy(d) is not d)

r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r, rc[0])
dd = {}
dd['self'] = dd
ddc = copy.deepcopy(dd)
print(ddc['self'] is ddc)

t = (1, [2])
tc = copy.deepcopy(t)
print(tc, tc is t, tc[1] is t[1])
t2 = (1, 'a', (2, 3))
print(copy.deepcopy(t2) is t2)

shared = [0]
s = copy.deepcopy({'a': shared, 'b': shared, 'c': [shared]})
print(s['a'] is s['b'], s['c'][0] is s['a'])
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(y, id(x) in memo, memo[id(x)] is y)

class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.tags)
p = Point(1, ['a'])
pc = copy.copy(p)
pd = copy.deepcopy(p)
p.tags.append('b')
print(pc, pd, pc.tags is p.tags, pd.tags is p.tags, type(pd).__name__)

class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = [2]
sc = copy.deepcopy(Slots())
print(sc.a, sc.b)
class Both:
    __slots__ = ('s', '__dict__')
bo = Both(); bo.s = 'slot'; bo.d = 'dict'
boc = copy.copy(bo)
print(boc.s, boc.d)

class Hooks:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Hooks(self.v + '-copy')
    def __deepcopy__(self, memo):
        print('__deepcopy__ called with', type(memo).__name__)
        return Hooks(self.v + '-deep')
print(copy.copy(Hooks('h')).v, copy.deepcopy([Hooks('i')])[0].v)

class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v * 2,))
print(copy.copy(Reduced(2)).v, copy.deepcopy(Reduced(5)).v)

class State:
    def __init__(self):
        self.data = [1]
    def __getstate__(self):
        print('getstate')
        return {'data': self.data, 'extra': True}
    def __setstate__(self, st):
        print('setstate', sorted(st))
        self.__dict__.update(st)
sc = copy.deepcopy(State())
print(sc.data, sc.extra)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.attr = 'a'
mlc = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.attr, mlc[1] is ml[1])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)

class Bad:
    def __reduce_ex__(self, proto):
        raise TypeError('cannot copy Bad')
try:
    copy.copy(Bad())
except TypeError as e:
    print('TypeError', e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))

def fn(): pass
print(copy.deepcopy(fn) is fn, copy.deepcopy(Point) is Point, copy.deepcopy(range(3)))
class M:
    def meth(self): return self
m = M()
bm = copy.deepcopy(m.meth)
print(bm.__self__ is not m, type(bm.__self__).__name__)
