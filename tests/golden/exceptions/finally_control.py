# finally interacting with return, break, continue and exceptions.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def finally_runs():
    try:
        return "value"
    finally:
        print("finally runs before return completes")
print(finally_runs())
def mutation():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutation())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return "broke out, exception discarded"
print(break_in_finally())
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("while finally", n)
print(count())
def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    exc_in_finally()
except TypeError as e:
    print("got", repr(e), "context:", repr(e.__context__))
