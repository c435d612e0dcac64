# else/finally with loops, exceptions in except, and error inside finally
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i


print(find([1, 2, 3], 2), find([1, 2, 3], 9))


def while_else(n):
    while n > 0:
        n -= 1
        if n == 10:
            break
    else:
        return "exhausted"
    return "broke"


print(while_else(5), while_else(20))


def error_in_except():
    try:
        {}["a"]
    except KeyError:
        [].pop()


try:
    error_in_except()
except IndexError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))


def error_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")


try:
    error_in_finally()
except TypeError as e:
    print("got", repr(e), "context", repr(e.__context__))


def nested_handlers():
    results = []
    for exc in (ValueError, TypeError, KeyError):
        try:
            try:
                raise exc("x")
            except ValueError:
                results.append("inner-V")
            except TypeError:
                results.append("inner-T")
                raise
        except TypeError:
            results.append("outer-T")
        except KeyError:
            results.append("outer-K")
    return results


print(nested_handlers())


def exc_info_demo():
    import sys
    print(sys.exc_info()[0])
    try:
        raise ValueError("now")
    except ValueError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None)
        print(repr(sys.exception()) if hasattr(sys, "exception") else "no sys.exception")
    print(sys.exc_info())


exc_info_demo()
