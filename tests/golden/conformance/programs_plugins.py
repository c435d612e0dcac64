# A plugin/command system that validates handlers with hasattr(__call__) and introspects them
class Command:
    def __init__(self, name, handler, help_text=""):
        if not hasattr(handler, "__call__"):
            raise TypeError(f"handler for {name!r} is not callable: {handler!r}")
        self.name = name
        self.handler = handler
        self.help = help_text or (handler.__doc__ or "").strip() or "no help"

    def run(self, *args):
        return self.handler(*args)


class Upper:
    """Uppercase the arguments."""

    def __call__(self, *words):
        return " ".join(w.upper() for w in words)


def add(*nums):
    """Add numbers."""
    return sum(map(float, nums))


registry = {}
for name, handler in [("add", add), ("upper", Upper()), ("len", len), ("max", max), ("bad", 42), ("rev", lambda *a: a[::-1])]:
    try:
        registry[name] = Command(name, handler)
        print("registered", name)
    except TypeError as e:
        print("TypeError:", e)
for name in sorted(registry):
    print(f"{name:>6}: {registry[name].help.splitlines()[0]}")
print(registry["add"].run("1", "2.5"), registry["upper"].run("a", "b"), registry["rev"].run(1, 2, 3))
print(registry["len"].run("hello"), registry["max"].run(3, 9, 4))
print([n for n, c in registry.items() if type(c.handler).__name__ == "function"])
