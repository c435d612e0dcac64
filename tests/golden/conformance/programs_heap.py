# Binary heap priority queue implemented by hand; task scheduler; k-way merge
class MinHeap:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self.a = []
        for it in items:
            self.push(it)

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i and self.key(a[(i - 1) // 2]) > self.key(a[i]):
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2

    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and self.key(a[l]) < self.key(a[m]):
                    m = l
                if r < len(a) and self.key(a[r]) < self.key(a[m]):
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __len__(self):
        return len(self.a)

    def __bool__(self):
        return bool(self.a)


h = MinHeap([5, 3, 8, 1, 9, 2, 7])
print(h.a)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
tasks = MinHeap(key=lambda t: (t[0], t[1]))
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    tasks.push((prio, name))
while tasks:
    print("do", tasks.pop())
lists = [[1, 4, 9], [2, 3, 10, 11], [0, 5], []]
merge = MinHeap(((lst[0], i, 0) for i, lst in enumerate(lists) if lst))
out = []
while merge:
    v, i, j = merge.pop()
    out.append(v)
    if j + 1 < len(lists[i]):
        merge.push((lists[i][j + 1], i, j + 1))
print(out)


def kth_largest(nums, k):
    hp = MinHeap()
    for n in nums:
        hp.push(n)
        if len(hp) > k:
            hp.pop()
    return hp.pop()


print(kth_largest([3, 2, 1, 5, 6, 4], 2), kth_largest([3, 2, 3, 1, 2, 4, 5, 5, 6], 4))
