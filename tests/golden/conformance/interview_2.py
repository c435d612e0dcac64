# Interview classics: spiral matrix, rotate image, pascal triangle, generate parentheses, word break
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out


print(spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]), spiral([]))


def rotate(m):
    n = len(m)
    for i in range(n):
        for j in range(i + 1, n):
            m[i][j], m[j][i] = m[j][i], m[i][j]
    for row in m:
        row.reverse()
    return m


for row in rotate([[1, 2, 3], [4, 5, 6], [7, 8, 9]]):
    print(row)


def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows


for r in pascal(7):
    print(" ".join(map(str, r)).center(30))


def parens(n):
    out = []

    def build(s, open_, close):
        if len(s) == 2 * n:
            out.append(s)
            return
        if open_ < n:
            build(s + "(", open_ + 1, close)
        if close < open_:
            build(s + ")", open_, close + 1)
    build("", 0, 0)
    return out


print(parens(3), len(parens(5)))


def word_break(s, words):
    words = set(words)
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in words for j in range(i))
    return ok[-1]


print(word_break("leetcode", ["leet", "code"]), word_break("applepenapple", ["apple", "pen"]),
      word_break("catsandog", ["cats", "dog", "sand", "and", "cat"]))


def climb(n, memo={}):
    if n <= 2:
        return n
    if n not in memo:
        memo[n] = climb(n - 1) + climb(n - 2)
    return memo[n]


print([climb(i) for i in range(1, 12)], climb(90))


def valid_sudoku_row(row):
    digits = [c for c in row if c != "."]
    return len(digits) == len(set(digits))


print(valid_sudoku_row("53..7...."), valid_sudoku_row("5.5......"))
