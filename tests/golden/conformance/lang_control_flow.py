def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while else ran, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
print("n is", n)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
else:
    print("for else after continue")
def early(x):
    for i in range(5):
        if i == x:
            return f"returned {i}"
    else:
        return "exhausted"
print(early(2), early(9))
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print("pair", outer, inner)
print(0 or "" or [] or "last", 1 and 2 and 3, 0 and 1/0, None or 0, "a" and "", not [], not [0])
def loud(v):
    print("eval", v)
    return v
print(loud(0) or loud(2) or loud(3))
print(loud(1) and loud(0) and loud(5))
x = loud(5) if loud(False) else loud(6)
print(x, [y for y in range(10) if y % 3 == 0 if y > 0], [(a, b) for a in range(3) for b in range(a)])
print(1 if True else 2 if False else 3, (lambda: 0 if 0 else -1)())
data = [3, 8, 1, 9, 4]
if (m := max(data)) > 5:
    print("max is", m)
print([(v, sq) for v in data if (sq := v * v) > 10], sq)
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]
i = 0
while i < 10:
    i += 3
    if i % 2:
        continue
    print("even i", i)
try:
    pass
except Exception:
    print("no")
else:
    print("else of try")
finally:
    print("finally of try")
def ret_in_loop_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                print("finally with pending return")
print(ret_in_loop_finally())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            continue
    return out
print(continue_in_finally())
match_count = 0
for ch in "hello world":
    match ch:
        case "l" | "o":
            match_count += 1
        case " ":
            break
print("matched", match_count)
pass; print("semicolons"); x = 1; print(x)
if x: print("one-line if")
for q in range(2): print("one-line for", q)
class Empty: ...
def stub(): ...
print(Empty, stub(), ...)
