# heapq: push/pop/heapify/replace/pushpop, identical layouts to CPython.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(4)], h)
d = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(d)
print(d)
print(heapq.heapreplace(d, 10), d)
print(heapq.heappushpop(d, 0), d)
print(heapq.heappushpop(d, 5), d)
print(heapq.heappushpop([], 3))
tasks = []
for prio, name in [(2, 'write'), (1, 'plan'), (3, 'test'), (1, 'coffee'), (2, 'review')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])

def heapsort(it):
    h = list(it)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]), heapsort('heapsort'))

class Item:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        print('  compare', self.tag, other.tag)
        return self.v < other.v
    def __repr__(self):
        return self.tag
items = [Item(4, 'd'), Item(1, 'a'), Item(3, 'c'), Item(2, 'b'), Item(1, 'a2')]
heapq.heapify(items)
print(items)
print(heapq.heappop(items), items)

for f in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop(()), lambda: heapq.heapify(1), lambda: heapq.heappop([]),
          lambda: heapq.heapreplace([], 1), lambda: heapq.heapreplace((1,), 1), lambda: heapq.heappushpop(1, 2),
          lambda: heapq.heappush([]), lambda: heapq.heappush([1], 'a'), lambda: heapq.heappop(), lambda: heapq.heapify([], 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
