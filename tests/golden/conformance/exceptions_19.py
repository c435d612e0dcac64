# Retry logic with exceptions: attempts, backoff schedule, exception attributes and chaining
class TransientError(Exception):
    def __init__(self, attempt):
        super().__init__(f"transient failure on attempt {attempt}")
        self.attempt = attempt


class PermanentError(Exception):
    pass


def flaky(fail_times, permanent_at=None):
    state = {"calls": 0}

    def call(x):
        state["calls"] += 1
        n = state["calls"]
        if permanent_at is not None and n == permanent_at:
            raise PermanentError(f"gave up at call {n}")
        if n <= fail_times:
            raise TransientError(n)
        return x * 10
    return call


def retry(fn, arg, attempts=4, base=0.1):
    delays, errors = [], []
    for i in range(attempts):
        try:
            return fn(arg), delays, errors
        except TransientError as e:
            errors.append(e.attempt)
            delays.append(round(base * 2 ** i, 3))
        except PermanentError as e:
            raise RuntimeError("operation aborted") from e
    raise TimeoutError(f"no success after {attempts} attempts (errors at {errors})")


print(retry(flaky(0), 1))
print(retry(flaky(3), 2))
try:
    retry(flaky(10), 3)
except TimeoutError as e:
    print("TimeoutError:", e, isinstance(e, OSError))
try:
    retry(flaky(1, permanent_at=2), 4)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)


def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  division by zero, returning inf")
        return float("inf")
    except TypeError as e:
        print("  bad types:", e)
        raise ValueError(f"cannot divide {a!r} by {b!r}") from None
    else:
        print("  ok")
        return result
    finally:
        print("  done", a, b)


for args in [(1, 2), (1, 0), ("x", 2)]:
    try:
        print(safe_div(*args))
    except ValueError as e:
        print("ValueError:", e, e.__cause__, e.__suppress_context__)
