# Uncaught exception raised several calls deep: every frame in the traceback.
def level3(x):
    return 10 // x

def level2(x):
    return level3(x - 1) + 1

def level1(x):
    print("level1 called with", x)
    return level2(x)

print(level1(5))
print(level1(1))
