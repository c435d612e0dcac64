# A hash map implemented with separate chaining, resizing and iteration
class HashMap:
    _MISSING = object()

    def __init__(self, capacity=4):
        self.buckets = [[] for _ in range(capacity)]
        self.size = 0
        self.resizes = 0

    def _bucket(self, key):
        return self.buckets[hash(key) % len(self.buckets)]

    def __setitem__(self, key, value):
        b = self._bucket(key)
        for i, (k, _) in enumerate(b):
            if k == key:
                b[i] = (key, value)
                return
        b.append((key, value))
        self.size += 1
        if self.size > 0.75 * len(self.buckets):
            self._resize()

    def _resize(self):
        old = [kv for b in self.buckets for kv in b]
        self.buckets = [[] for _ in range(len(self.buckets) * 2)]
        self.size = 0
        self.resizes += 1
        for k, v in old:
            self[k] = v

    def __getitem__(self, key):
        for k, v in self._bucket(key):
            if k == key:
                return v
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __delitem__(self, key):
        b = self._bucket(key)
        for i, (k, _) in enumerate(b):
            if k == key:
                del b[i]
                self.size -= 1
                return
        raise KeyError(key)

    def __contains__(self, key):
        return self.get(key, self._MISSING) is not self._MISSING

    def __len__(self):
        return self.size

    def __iter__(self):
        for b in self.buckets:
            for k, _ in b:
                yield k

    def items(self):
        return [(k, self[k]) for k in self]

    def __repr__(self):
        return "{" + ", ".join(f"{k!r}: {v!r}" for k, v in sorted(self.items(), key=repr)) + "}"


m = HashMap()
for i, word in enumerate("one two three four five six seven eight nine ten".split()):
    m[word] = i + 1
print(m, len(m), m.resizes, len(m.buckets))
m["two"] = 22
del m["three"]
print(m["two"], m.get("three"), "three" in m, "ten" in m, len(m))
for key in [(1, 2), 3.5, -7, None, True]:
    m[key] = str(key)
print(m[(1, 2)], m[1], m[None], m[-7], len(m))
try:
    m["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del m["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    m[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in m if isinstance(k, str)))
