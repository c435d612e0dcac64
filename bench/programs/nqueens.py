"""nqueens: every way of placing N queens on an N x N board so that no two
attack each other, found by depth-first search over rows with sets of the
attacked columns and diagonals. Prints the number of solutions and the
lexicographically first and last ones.
"""
import sys

DEFAULT_SIZE = 12
SMOKE_SIZE = 6


def solutions(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for col in range(n):
            if col in cols or (row + col) in diag1 or (row - col) in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placed.append(col)
            yield from place(row + 1)
            placed.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    return place(0)


def main(n):
    found = list(solutions(n))
    if not found:
        return "nqueens %d: 0 solutions" % n
    return "nqueens %d: %d solutions, first %s, last %s" % (
        n, len(found), list(found[0]), list(found[-1]))


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE))
