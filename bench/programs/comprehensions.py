"""comprehensions: list, set and dict comprehensions and generator
expressions: nested loops, conditions, comprehensions over the results of
others, and a small "query" over a table of records built with them.
Prints checksums of what they built.
"""
import sys

DEFAULT_SIZE = 800
SMOKE_SIZE = 1
ROWS = 2000


def make_table(rows):
    return [{"id": i, "group": i % 17, "score": (i * 7919) % 1000, "name": "item%d" % i}
            for i in range(rows)]


def one_round(table):
    high = [r["id"] for r in table if r["score"] > 500]
    groups = {r["group"] for r in table}
    by_group = {g: [r["score"] for r in table if r["group"] == g] for g in sorted(groups)}
    best = {g: max(scores) for g, scores in by_group.items()}
    pairs = [(a, b) for a in range(40) for b in range(a, 40) if (a * b) % 7 == 3]
    matrix = [[i * j for j in range(30)] for i in range(30)]
    transposed = [[row[i] for row in matrix] for i in range(30)]
    diagonal = sum(transposed[i][i] for i in range(30))
    names = {r["name"]: r["score"] for r in table if r["id"] % 3 == 0}
    lengths = sorted({len(name) for name in names})
    flat = [x for row in matrix for x in row if x % 2 == 0]
    return (len(high) + sum(high) % 1000 + sum(best.values()) + len(pairs) + diagonal
            + sum(names.values()) + sum(lengths) + len(flat))


def main(n):
    table = make_table(ROWS)
    total = 0
    for _ in range(n):
        total += one_round(table)
    return "comprehensions %d: checksum %d" % (n, total)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
