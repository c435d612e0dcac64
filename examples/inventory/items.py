from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    name: str
    price: float
    quantity: int = 0

    @property
    def value(self):
        return self.price * self.quantity
