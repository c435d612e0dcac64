# Seed lesson: the bytecode of a small function, shown by dis.
import dis


def multiply(a, b):
    return a * b


dis.dis(multiply)
print("Done")
print(multiply(6, 7))
