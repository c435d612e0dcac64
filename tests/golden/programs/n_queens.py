# N-queens by backtracking: counts for n = 1..8 and the first board for n = 6 and 8.
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    board, solutions = [], []
    def place(row):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c); board.append(c)
            place(row + 1)
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c); board.pop()
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
for n in (6, 8):
    first = solve(n)[0]
    print(first)
    for c in first:
        print(" ".join("Q" if i == c else "." for i in range(n)))
