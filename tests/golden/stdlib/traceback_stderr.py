# traceback: default output goes to sys.stderr; an uncaught exception after it
import traceback


def f(x):
    return x["key"]


try:
    f({})
except KeyError:
    traceback.print_exc()
    print("printed")


def g():
    traceback.print_stack()


g()
traceback.print_exception(ValueError("no traceback"))
traceback.print_tb(None)
raise SystemExit(traceback.format_exception_only(ValueError, ValueError("end"))[0].strip())
