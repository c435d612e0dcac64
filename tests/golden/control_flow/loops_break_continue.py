# while/for with break, continue and else clauses; nested loops.
for i in range(5):
    if i == 3:
        break
    print("for", i)
else:
    print("not printed")
for i in range(3):
    print("for-else", i)
else:
    print("for completed")
for i in []:
    print("never")
else:
    print("empty loop else runs")
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("while", n)
else:
    print("not printed")
print("after while n =", n)
k = 3
while k:
    k -= 1
else:
    print("while else k =", k)
for i in range(1, 4):
    for j in range(1, 4):
        if j == i:
            continue
        if i + j == 5:
            print("break inner at", i, j)
            break
        print(i, j)
    else:
        print("inner completed for i =", i)
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
m = [[1, 2], [3, 4], [5, 6]]
print(find(m, 4), find(m, 9))
for ch in "abc":
    for _ in range(2):
        continue
    print(ch, end="")
print()
count = 0
while True:
    count += 1
    if count >= 5:
        break
print("count", count)
for i in range(3):
    try:
        if i == 1:
            continue
        print("try body", i)
    finally:
        print("finally", i)
