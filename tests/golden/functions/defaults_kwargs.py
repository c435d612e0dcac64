# Default values, keyword arguments, mutable default pitfalls, evaluation time of defaults.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
n = 10
def uses_default(v=n):
    return v
n = 20
print(uses_default(), uses_default(5))
print(greet.__defaults__, append_to.__defaults__, uses_default.__name__)
def many(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(many(1, c=3))
print(many(1, 5, 6, 7, c=8, e=9, d=0))
print(many(*[1, 2, 3], **{"c": 4, "z": 5}))
print(greet.__kwdefaults__, many.__kwdefaults__, many.__code__.co_argcount, many.__code__.co_kwonlyargcount)
