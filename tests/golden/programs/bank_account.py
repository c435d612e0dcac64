# Bank account simulation with custom exceptions, transfers and an audit log.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.shortfall = amount - account.balance
class AccountFrozen(BankError):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} ({self.owner}) is frozen")
        if not isinstance(amount, int) or amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"
def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)
        raise
alice, bob, carol = Account("alice", 100), Account("bob", 50), Account("carol")
operations = [
    lambda: alice.deposit(25),
    lambda: bob.withdraw(80),
    lambda: transfer(alice, carol, 60),
    lambda: alice.withdraw(-5),
    lambda: alice.deposit(2.5),
    lambda: setattr(carol, "frozen", True),
    lambda: transfer(bob, carol, 10),
    lambda: carol.withdraw(1),
    lambda: transfer(alice, bob, 1000),
]
for i, op in enumerate(operations):
    try:
        op()
        print(i, "ok", alice, bob, carol)
    except InsufficientFunds as e:
        print(i, "InsufficientFunds:", e, "| shortfall", e.shortfall)
    except BankError as e:
        print(i, type(e).__name__ + ":", e)
    except ValueError as e:
        print(i, "ValueError:", e)
for acct in (alice, bob, carol):
    print(acct.owner, acct.history, acct.balance)
print("total money:", sum(a.balance for a in (alice, bob, carol)))
