# A stranger's small program: a bank account model with errors and formatting.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed:.2f} more")
        self.needed = needed

class Account:
    count = 0
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
        Account.count += 1
    @property
    def balance(self):
        return round(self._balance, 2)
    def deposit(self, amount):
        if not isinstance(amount, (int, float)) or isinstance(amount, bool):
            raise TypeError(f"amount must be a number, not {type(amount).__name__}")
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount - self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
    def __lt__(self, other):
        return self.balance < other.balance
    def __eq__(self, other):
        return isinstance(other, Account) and self.balance == other.balance
    __hash__ = None

accts = [Account("ann", 100), Account("bob"), Account("cy", 50.5)]
accts[1].deposit(20).deposit(0.1).withdraw(5)
for a, amt in [(accts[0], 500), (accts[1], "x"), (accts[2], -1), (accts[1], True)]:
    try:
        if amt == 500:
            a.withdraw(amt)
        else:
            a.deposit(amt)
    except InsufficientFunds as e:
        print("InsufficientFunds", e, round(e.needed, 2), e.args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(accts), max(accts), min(accts, key=lambda a: a.owner))
print(Account.count, accts[1].history, accts[0] == Account("z", 100), accts[0] != accts[1])
try:
    hash(accts[0])
except TypeError as e:
    print(e)
print({a.owner: a.balance for a in accts}, sum(a.balance for a in accts))
print(f"{'owner':<6}|{'balance':>10}")
for a in accts:
    print(f"{a.owner:<6}|{a.balance:>10,.2f}")
print(vars(accts[2]), getattr(accts[2], "missing", "n/a"), hasattr(Account, "balance"))
print(isinstance(accts[0], Account), issubclass(InsufficientFunds, Exception), InsufficientFunds.__mro__[1].__name__)
