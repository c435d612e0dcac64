# operator: the function forms of the operators, in-place forms, sequence helpers.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(256, 3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_({1, 2}, {2, 3}), op.or_({1}, {2}))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'b'), op.ge(1, 2), op.gt('b', 'a'))
print(op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.concat('ab', 'cd'), op.contains([1, 2], 2), op.contains('abc', 'z'))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('hello', 'l'))
d = {'a': 1}
op.setitem(d, 'b', 2); print(d, op.getitem(d, 'b'))
op.delitem(d, 'a'); print(d)
lst = [0, 1, 2, 3, 4]
print(op.getitem(lst, slice(1, 3)))
op.setitem(lst, slice(0, 2), ['x']); print(lst)
print(op.index(7), op.index(True), op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(object(), 42))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))

class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __repr__(self): return 'Vec%r' % (tuple(self.xs),)
    def __matmul__(self, other): return sum(a * b for a, b in zip(self.xs, other.xs))
    def __iadd__(self, other): self.xs += other.xs; return self
    def __index__(self): return len(self.xs)
print(op.matmul(Vec(1, 2), Vec(3, 4)), op.index(Vec(1, 2, 3)))
v = Vec(1); w = op.iadd(v, Vec(2)); print(v, w is v)

# In-place forms return the result; immutable operands are not changed.
a = [1]; b = op.iadd(a, [2]); print(a, b, a is b)
t = (1,); u = op.iadd(t, (2,)); print(t, u)
print(op.isub(5, 3), op.imul('ab', 3), op.itruediv(1, 4), op.ifloordiv(9, 4), op.imod(9, 4), op.ipow(3, 3))
print(op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], (2,)))
s = {1, 2}; op.ior(s, {3}); print(sorted(s))

class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
print(op.length_hint(Hint(5)), op.length_hint(Hint(NotImplemented), 7))

for f in [lambda: op.concat(1, 2), lambda: op.iconcat({}, {}), lambda: op.index(1.5), lambda: op.index('3'),
          lambda: op.indexOf([1, 2], 3), lambda: op.length_hint(1, 'a'), lambda: op.length_hint(Hint('x')),
          lambda: op.length_hint(Hint(-1)), lambda: op.truediv(1, 0), lambda: op.add(1, 'a'),
          lambda: op.getitem([], 0), lambda: op.delitem({}, 'k'), lambda: op.lt(1, 'a'), lambda: op.neg('s')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(op.__add__ is op.add, op.__lt__ is op.lt, op.__not__ is op.not_, op.__concat__ is op.concat, op.__inv__ is op.inv)
print(sorted(n for n in op.__all__ if not n.startswith('i'))[:12])
