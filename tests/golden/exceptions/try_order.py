# Order of execution through try/except/else/finally in every combination.
def run(raise_in_try, catch=True):
    log = []
    try:
        log.append("try")
        if raise_in_try:
            raise ValueError("boom")
        log.append("try-end")
    except (ValueError if catch else KeyError) as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(False))
print(run(True))
try:
    run(True, catch=False)
except ValueError as e:
    print("propagated:", e)
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()
for exc in [ValueError, TypeError, ZeroDivisionError, IndexError, Exception]:
    try:
        raise exc("x")
    except (TypeError, ZeroDivisionError) as e:
        print("tuple clause", type(e).__name__)
    except ValueError:
        print("value clause")
    except LookupError as e:
        print("base class clause", type(e).__name__)
    except Exception as e:
        print("catch-all", type(e).__name__)
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
def cleanup_var():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return f"NameError: {e}"
print(cleanup_var())
