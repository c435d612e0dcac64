# Uncaught RecursionError: the repeated-frame summary in the traceback.
def down(n):
    return down(n + 1)

print("start")
down(0)
