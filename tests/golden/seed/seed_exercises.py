# Seed lesson: the tutorial's five exercises, answered our own way.
import dis
import sys


def multiply(a, b):
    return a * b


dis.dis(multiply)
print("Done")

a = 100
b = 100
print(a is b)
x = [1, 2]
y = [1, 2]
print(x is y)

data = [10, 20, 30]
print(sys.getrefcount(data))
alias = data
print(sys.getrefcount(data))
del alias
print(sys.getrefcount(data))


class PersonDict:
    def __init__(self, name, age):
        self.name = name
        self.age = age


class PersonSlots:
    __slots__ = ["name", "age"]

    def __init__(self, name, age):
        self.name = name
        self.age = age


print(f"PersonDict has __dict__: {hasattr(PersonDict('Ann', 30), '__dict__')}")
print(f"PersonSlots has __dict__: {hasattr(PersonSlots('Bob', 40), '__dict__')}")

big1 = 1000
big2 = int("1000")
s1 = "hello world!"
s2 = "".join(["hello ", "world!"])
l1 = [1, 2, 3]
l2 = [1, 2, 3]
print(big1 == big2)
print(s1 == s2)
print(l1 == l2)
