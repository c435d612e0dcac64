# dis of exception handling: try/except (typed, bare, "as" names),
# try/finally, try/except/else/finally, with and nested with, except*,
# and the ExceptionTable section that follows each listing.
from _dishelp import show


def simple_try(f):
    try:
        f()
    except ValueError:
        return 1
    return 0


def try_as(f):
    try:
        return f()
    except (KeyError, IndexError) as error:
        print(error)
    except Exception:
        pass
    except:
        raise


def try_finally(f, log):
    try:
        return f()
    finally:
        log.append('done')


def try_else_finally(f):
    try:
        value = f()
    except OSError as e:
        value = e
    else:
        value = value * 2
    finally:
        print('cleanup')
    return value


def with_statement(path, make):
    with make(path) as handle:
        handle.write('x')
    with make(1) as a, make(2) as b:
        return a, b


def nested_try(f, g):
    try:
        try:
            f()
        finally:
            g()
    except RuntimeError:
        pass


def loop_with_try(items):
    for item in items:
        try:
            item()
        except StopIteration:
            break
        except Exception:
            continue
        finally:
            print(item)


def star_except(f):
    try:
        f()
    except* ValueError as group:
        print(group)
    except* TypeError:
        pass


for function in (simple_try, try_as, try_finally, try_else_finally,
                 with_statement, nested_try, loop_with_try, star_except):
    print(function.__name__)
    show(function)
