# Generator pipelines
def read_lines():
    text = """alpha 3
beta 5
# comment
gamma x
delta 7

epsilon 11"""
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        name, _, num = line.partition(" ")
        try:
            yield name, int(num)
        except ValueError as e:
            print("skip:", e)


def running_total(pairs):
    total = 0
    for name, n in pairs:
        total += n
        yield name, n, total


pipeline = running_total(parse(strip_comments(read_lines())))
print(type(pipeline).__name__)
for row in pipeline:
    print(row)
print(list(pipeline))


def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "finished"


g = countdown(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(g, "exhausted"))
squares = (x * x for x in range(10) if x % 3)
print(squares.__class__.__name__, sum(squares), sum(squares))
evens = (n for n in range(20) if n % 2 == 0)
print([next(evens) for _ in range(3)], list(evens))
