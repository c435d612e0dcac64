"""A module for dis.dis(module) and `python -m dis` style runs."""

LIMIT = 10


def first(items):
    return items[0] if items else None


class Holder:
    def get(self):
        return self.value

    def set(self, value):
        self.value = value


def counter(n):
    for i in range(n):
        yield i * LIMIT
