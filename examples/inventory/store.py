from . import items
from .report import format_table


class Store:
    def __init__(self, name):
        self.name = name
        self._stock = {}

    def add(self, name, price, quantity):
        old = self._stock.get(name)
        if old is not None:
            quantity += old.quantity
        self._stock[name] = items.Item(name, price, quantity)

    def remove(self, name, quantity):
        item = self._stock[name]
        if quantity > item.quantity:
            raise ValueError(f"only {item.quantity} {name} left")
        self._stock[name] = items.Item(name, item.price, item.quantity - quantity)

    def total(self):
        return sum(item.value for item in self._stock.values())

    def report(self):
        return format_table(self.name, sorted(self._stock.values(), key=lambda i: -i.value))
