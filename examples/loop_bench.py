# A loop-heavy example for `coil bench`: integer arithmetic, a list, calls.
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def main():
    best, arg = 0, 0
    for i in range(1, 150000):
        s = collatz_len(i)
        if s > best:
            best, arg = s, i
    print(arg, best)

main()
