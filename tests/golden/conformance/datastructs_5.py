# LRU cache implemented with a dict (insertion order) and with a doubly linked list
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return -1
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print("evict", oldest)
            del self.data[oldest]
        self.data[key] = value

    def __repr__(self):
        return f"LRU({list(self.data.items())})"


c = LRU(3)
for k in "abc":
    c.put(k, ord(k))
print(c, c.get("a"), c)
c.put("d", 100)
print(c, c.get("b"), c.get("c"))
c.put("a", 1)
c.put("e", 5)
print(c, c.hits, c.misses)


class DNode:
    def __init__(self, k=None, v=None):
        self.k, self.v = k, v
        self.prev = self.next = None


class LRU2:
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head, self.tail = DNode(), DNode()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev

    def _push(self, n):
        n.prev, n.next = self.tail.prev, self.tail
        self.tail.prev.next = n
        self.tail.prev = n

    def get(self, k):
        n = self.map.get(k)
        if n is None:
            return None
        self._unlink(n)
        self._push(n)
        return n.v

    def put(self, k, v):
        if k in self.map:
            self._unlink(self.map.pop(k))
        elif len(self.map) == self.cap:
            old = self.head.next
            self._unlink(old)
            del self.map[old.k]
        n = DNode(k, v)
        self.map[k] = n
        self._push(n)

    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.k)
            n = n.next
        return out


c2 = LRU2(2)
c2.put(1, "one"); c2.put(2, "two")
print(c2.get(1), c2.keys())
c2.put(3, "three")
print(c2.get(2), c2.keys(), c2.get(3), c2.keys())
c2.put(1, "uno")
print(c2.keys(), c2.get(1))
