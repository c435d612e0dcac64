# Bank system: accounts, transactions log, custom exceptions, class hierarchy, reports
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    pass


class Account:
    _next_id = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def _log(self, kind, amount):
        self.history.append((kind, round(amount, 2), round(self.balance, 2)))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
        self.balance += amount
        self._log("dep", amount)
        return self

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._log("wd", amount)
        return self

    def apply_interest(self):
        gained = self.balance * self.interest_rate
        self.balance += gained
        self._log("int", gained)

    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner} {self.balance:,.2f}>"


class Savings(Account):
    interest_rate = 0.025


class Checking(Account):
    overdraft = 100

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._log("wd", amount)
        return self


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except BankError as e:
        print("transfer failed:", e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"transfer {src.id}->{dst.id} {amount} attempted")


accounts = [Savings("ann", 1000), Checking("bob", 50), Account("cy")]
print(accounts)
accounts[0].deposit(250.5).withdraw(100)
print(transfer(accounts[1], accounts[2], 120))
print(transfer(accounts[1], accounts[2], 100))
accounts[2].frozen = True
print(transfer(accounts[0], accounts[2], 10))
for acct in accounts:
    acct.apply_interest()
    print(acct, acct.history)
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    accounts[2].withdraw(1)
except BankError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
try:
    Savings("dan", 10).withdraw(25.75)
except InsufficientFunds as e:
    print(e, f"short by {e.shortfall:.2f}")
total = sum(a.balance for a in accounts)
print(f"total holdings: {total:>12,.2f}")
print(sorted(accounts, key=lambda a: a.balance, reverse=True)[0].owner)
