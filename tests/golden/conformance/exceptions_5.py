# Uncaught exception during handling (implicit context) with nested calls
def level3(x):
    return {"a": 1}[x]


def level2(x):
    return level3(x) + 1


def level1(x):
    try:
        return level2(x)
    except KeyError:
        return undefined_name + 1


print("start")
print(level1("a"))
print(level1("b"))
