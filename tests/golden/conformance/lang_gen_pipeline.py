import itertools
LOG = """2024-01-01 INFO start
2024-01-01 WARN disk low
2024-01-02 ERROR failed write
2024-01-02 INFO retry
2024-01-03 ERROR failed again
2024-01-03 INFO done"""
def read_lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        date, level, msg = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}
def only(level, records):
    return (r for r in records if r["level"] == level)
errors = list(only("ERROR", parse(read_lines(LOG))))
print(errors)
by_date = itertools.groupby(parse(read_lines(LOG)), key=lambda r: r["date"])
print({d: [r["level"] for r in rs] for d, rs in by_date})
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total(range(1, 6))))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window("abcde", 3)))
def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, (x * x for x in itertools.count(1))))
def chunked(seq, size):
    it = iter(seq)
    while chunk := list(itertools.islice(it, size)):
        yield chunk
print(list(chunked(range(10), 4)))
def coroutine_averager():
    total, n = 0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
avg = coroutine_averager()
next(avg)
print([avg.send(v) for v in (10, 20, 30)])
def tee_demo():
    a, b = itertools.tee(x * 10 for x in range(3))
    return list(a), list(b)
print(tee_demo())
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), next(gen, "exhausted"))
def unique(iterable):
    seen = set()
    for x in iterable:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique("mississippi")), "".join(unique("abracadabra")))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
