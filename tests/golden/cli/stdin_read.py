# Reading sys.stdin directly: iteration and read().
import sys
first = sys.stdin.readline()
print(repr(first))
rest = [line.rstrip("\n") for line in sys.stdin]
print(rest)
print(len(rest), sum(int(x) for x in rest if x.strip().isdigit()))
