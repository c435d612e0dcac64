import sys
n = int(input())
rows = [list(map(int, input().split())) for _ in range(n)]
print("rows:", rows)
print("row sums:", [sum(r) for r in rows])
print("col sums:", [sum(c) for c in zip(*rows)])
name, score = input().split(",")
print(f"{name.strip().title()} scored {float(score):.1f}")
remaining = [line.rstrip("\n") for line in sys.stdin]
print(len(remaining), remaining)
words = " ".join(remaining).split()
freq = {}
for w in words:
    freq[w.lower()] = freq.get(w.lower(), 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
    print(f"{w:>6}: {'#' * c}")
try:
    input()
except EOFError:
    print("EOF reached")
