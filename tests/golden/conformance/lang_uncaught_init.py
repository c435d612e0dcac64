class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = self.validate(balance)

    @staticmethod
    def validate(v):
        if v < 0:
            raise ValueError(f"negative balance: {v}")
        return v

accounts = [Account("a", 10), Account("b", -5)]
