# NameError and UnboundLocalError messages when caught (suggestions only appear in tracebacks).
def attempt(code, env=None):
    try:
        exec(code, env if env is not None else {})
    except NameError as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", getattr(e, "name", None))
attempt("undefined_thing")
attempt("prnt('x')")
attempt("def f():\n    x += 1\nx = 0\nf()")
attempt("def f():\n    print(v)\n    v = 2\nf()")
attempt("del never_defined")
attempt("class C:\n    def m(self):\n        return attr\nC().m()")
attempt("lambda_result = (lambda: missing)()")
attempt("[unknown_in_comp for _ in range(1)]")
x = 10
def shadowed():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x
print(shadowed())
def uses_global():
    global not_yet
    try:
        return not_yet
    except NameError as e:
        return f"NameError: {e}"
print(uses_global())
