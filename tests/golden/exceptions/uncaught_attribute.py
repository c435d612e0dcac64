# Uncaught AttributeError with a suggestion, and a TypeError from a binary operation.
class Account:
    def __init__(self):
        self.balance = 10

acct = Account()
print(acct.balance)
try:
    print(acct.balance + "5")
except TypeError as e:
    print("TypeError:", e)
print(acct.balanse)
