# Uncaught TypeError from an unsupported operation deep in a class method chain
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


wallet = [Money(5, "EUR"), Money(7, "EUR")]
print(sum(wallet, Money(0, "EUR")))
print(sum(wallet))
