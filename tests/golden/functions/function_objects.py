# Functions as objects: attributes, passing and returning functions, docstrings, annotations.
def documented(a: int, b: str = "x") -> bool:
    """Returns whether a is positive."""
    return a > 0
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__annotations__)
print(documented.__defaults__, documented.__module__, callable(documented), callable(5))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "abc"), apply(lambda: "nullary"))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(7))
documented.custom = "attribute"
print(documented.custom, "custom" in documented.__dict__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
def no_doc():
    pass
print(no_doc.__doc__, no_doc(), type(no_doc).__name__, type(lambda: 0).__name__)
def gen_like():
    return (yield)
print(type(gen_like()).__name__, gen_like.__code__.co_name)
print(repr(no_doc).startswith("<function no_doc at 0x"), str(print) == "<built-in function print>")
