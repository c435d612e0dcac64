"""micro_dict_str: a dict with string keys: insertion, lookup of present
and missing keys (get, in), update in place and deletion."""
import sys

DEFAULT_SIZE = 6000000
SMOKE_SIZE = 3000
KEYS = 1000


def work(n):
    keys = ["key%d" % i for i in range(KEYS)]
    missing = ["absent%d" % i for i in range(KEYS)]
    table = {}
    total = 0
    for i in range(n):
        k = keys[i % KEYS]
        table[k] = table.get(k, 0) + i
        if missing[i % KEYS] in table:
            total -= 1
        total += table[k] & 255
        if i % 5 == 0:
            del table[k]
    return total, len(table)


def main(n):
    total, size = work(n)
    return "micro_dict_str %d: %d, %d keys left" % (n, total, size)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
