# finally semantics: return in finally, break/continue, ordering
def f1():
    try:
        return "try"
    finally:
        print("finally f1")


def f2():
    try:
        return "try"
    finally:
        return "finally"


def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by finally"


def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i


def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)


def f6():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("no else")
    finally:
        print("outer finally")


def f7():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else runs")
        return "from else"
    finally:
        print("finally after else")


print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
f6()
print(f7())


def f8():
    log = []
    for i in range(3):
        try:
            try:
                if i == 2:
                    raise RuntimeError(i)
                log.append(("ok", i))
            finally:
                log.append(("fin", i))
        except RuntimeError as e:
            log.append(("err", e.args[0]))
    return log


print(f8())


def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        finally:
            print("finally during reraise")


try:
    f9()
except ZeroDivisionError as e:
    print("reraised:", e)
