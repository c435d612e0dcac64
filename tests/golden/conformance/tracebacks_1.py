# Uncaught exception through a decorator wrapper and a method
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


class Inventory:
    def __init__(self):
        self.items = {"apple": 3}

    @logged
    def take(self, name, n):
        have = self.items[name]
        if n > have:
            raise ValueError(f"only {have} {name}(s) left")
        self.items[name] = have - n
        return self.items[name]


inv = Inventory()
print(inv.take("apple", 2))
print(inv.take("apple", 5))
