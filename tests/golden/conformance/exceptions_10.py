# Uncaught custom exception raised from a method in a class: exit 1 and traceback
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.balance = balance
        self.amount = amount


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


acct = Account("ann", 100)
print(acct.withdraw(30))
print(acct.withdraw(50))
for amount in [10, 20]:
    print(acct.withdraw(amount))
