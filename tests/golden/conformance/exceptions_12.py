# Exit code from sys.exit(int) after output, with a finally block
import sys


def main():
    total = 0
    for i in range(5):
        total += i
        print("step", i, total)
    if total > 5:
        print("too big")
        return 2
    return 0


try:
    code = main()
finally:
    print("shutting down")
sys.exit(code)
