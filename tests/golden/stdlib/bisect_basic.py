# bisect: searches with lo/hi/key and insort variants.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 2, hi=3), bisect.bisect_right(a, 8, 0, None))
print(bisect.bisect_right(a, 2, hi=-1), bisect.bisect_right(a, 2, hi=-5), bisect.bisect_left([], 1))

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

recs = [('a', 1), ('b', 3), ('c', 5), ('d', 5), ('e', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]), bisect.bisect(recs, 0, key=lambda r: r[1]))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 2.0)
bisect.insort(a, 0, 0, 0)
print(a)
bisect.insort_right(recs, ('x', 5), key=lambda r: r[1])
bisect.insort_left(recs, ('y', 5), key=lambda r: r[1])
print(recs)
names = []
for n in ['pear', 'apple', 'fig', 'apple']:
    bisect.insort(names, n)
print(names)

class Rec:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print('  lt', self.v, other.v)
        return self.v < other.v
    def __repr__(self): return 'R%d' % self.v
rs = [Rec(i) for i in range(0, 10, 2)]
print(bisect.bisect_left(rs, Rec(5)), bisect.bisect_right(rs, Rec(4)))

for f in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(1, 1), lambda: bisect.insort((), 1),
          lambda: bisect.bisect([1, 'a'], 2), lambda: bisect.bisect_left([1], 1, lo=-3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
