"""micro_string_building: building strings by +=, by join of a list, by
%-formatting, str.format and f-strings, and str() of ints."""
import sys

DEFAULT_SIZE = 2000000
SMOKE_SIZE = 2000


def work(n):
    s = ""
    parts = []
    total = 0
    for i in range(n):
        s += str(i % 10)
        if len(s) > 100:
            total += len(s)
            s = ""
        parts.append("%d:%s" % (i, "x"))
        total += len("{}-{}".format(i, i + 1)) + len(f"<{i}>")
        if len(parts) >= 100:
            total += len(",".join(parts))
            parts = []
    return total + len(s)


def main(n):
    return "micro_string_building %d: %d" % (n, work(n))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
