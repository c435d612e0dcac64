# Uncaught exception inside a with block: __exit__ runs (and prints) before the traceback
class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("rollback" if exc_type else "commit", self.name, exc_type.__name__ if exc_type else "")
        return False


with Transaction("t1"):
    print("work 1")
with Transaction("t2") as t:
    balance = {"ann": 10}
    balance["ann"] -= 5
    balance["bob"] -= 5
    print("unreachable")
