# Seed lesson: disassembling functions with locals, constants, a loop and a call.
import dis


def add(a, b):
    return a + b


def scale(x):
    y = x * 2
    return y - 1


dis.dis(add)
print("---")
dis.dis(scale)
print(add(2, 3), scale(5))
print([ins.opname for ins in dis.get_instructions(add)])
