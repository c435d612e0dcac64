# Iterator classes: __iter__/__next__, reusable iterables vs one-shot iterators
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c), sum(c), max(c))
it = iter(c)
print(next(it), list(it), list(it))


class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib(100)
print(list(f), list(f))
print([x for x in Fib(20) if x % 2 == 0], dict(enumerate(Fib(5))))


class Peekable:
    _END = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buf = self._END

    def peek(self, default=None):
        if self._buf is self._END:
            self._buf = next(self._it, self._END)
        return default if self._buf is self._END else self._buf

    def __iter__(self):
        return self

    def __next__(self):
        if self._buf is not self._END:
            v, self._buf = self._buf, self._END
            return v
        return next(self._it)


p = Peekable("abc")
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("done"))
try:
    next(p)
except StopIteration:
    print("StopIteration")


class Chunked:
    def __init__(self, seq, size):
        self.seq, self.size = seq, size

    def __iter__(self):
        for i in range(0, len(self.seq), self.size):
            yield self.seq[i:i + self.size]

    def __len__(self):
        return -(-len(self.seq) // self.size)


ch = Chunked(list(range(10)), 4)
print(list(ch), len(ch), list(Chunked("abcdefg", 3)))
a, b, c = Chunked("xyzuvw", 2)
print(a, b, c)
print(list(zip(Countdown(3), Fib(10), "ab")))
