"""micro_list_ops: list append, indexing (load and store, negative
indices), len, pop, and slicing of small lists."""
import sys

DEFAULT_SIZE = 3000000
SMOKE_SIZE = 5000


def work(n):
    items = []
    total = 0
    for i in range(n):
        items.append(i)
        total += items[i] + items[-1] + items[i >> 1]
        items[i >> 1] = i & 255
    window = []
    for i in range(n):
        window.append(i)
        if len(window) > 8:
            window.pop(0)
        total += window[0] + len(window[2:5])
    return total, len(items)


def main(n):
    total, size = work(n)
    return "micro_list_ops %d: %d, length %d" % (n, total, size)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
