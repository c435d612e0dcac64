# Generator pipelines: lazy stages, interleaved prints proving laziness.
def read_lines():
    for line in ["10", "x", "20", "", "30", "-5"]:
        print("  read", repr(line))
        yield line
def parse(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            print("  skip", repr(line))
def positive(nums):
    for n in nums:
        if n > 0:
            yield n
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
pipeline = running_total(positive(parse(read_lines())))
for t in pipeline:
    print("total", t)
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
import itertools
print(list(itertools.islice(itertools.count(5, 5), 4)), list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.takewhile(lambda x: x < 3, range(10))))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdddd")])
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations(range(3), 2))[:4], list(itertools.combinations("abcd", 2)))
