"""Helper module for the import tests."""
__all__ = ["area", "Square", "PI"]

PI = 3.14159
_hidden = "private"
loaded_count = 0
print("loading _shapes as", __name__)


def area(shape):
    return shape.area()


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def __repr__(self):
        return f"Square({self.side})"


def not_exported():
    return "still importable by name"


if __name__ == "__main__":
    print("never printed when imported")
