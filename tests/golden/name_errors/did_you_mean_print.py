# NameError with a suggestion for a misspelled builtin: traceback on stderr, exit 1.
def f(x):
    return x * 2
prnt(f(2))
