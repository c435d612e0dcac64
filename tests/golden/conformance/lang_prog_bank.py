class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1
    interest = 0.01
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def apply_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self._balance:.2f})"
    def __lt__(self, other):
        return self._balance < other._balance

class Savings(Account):
    interest = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("withdrawal limit reached")
        return super().withdraw(amount)

accts = [Account("ann", 100), Savings("bob", 250), Account("cy")]
accts[0].deposit(50).withdraw(30)
accts[1].withdraw(10).withdraw(20)
for op in (lambda: accts[1].withdraw(5), lambda: accts[2].withdraw(1), lambda: accts[2].deposit(-1)):
    try:
        op()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed, e.available)
    except (PermissionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for a in accts:
    a.apply_interest()
print(accts)
print(sorted(accts), max(accts).owner, [a.history for a in accts])
print({type(a).__name__ for a in accts}, sum(a.balance for a in accts))
try:
    accts[0].balance = 5
except AttributeError as e:
    print(e)
report = "\n".join(f"{a.owner:<5}|{a.balance:>10,.2f}|{type(a).__name__:^9}|" for a in accts)
print(report)
