# A vending machine state machine with a transition table and an event log
class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    TRANSITIONS = {
        ("idle", "coin"): "has_money",
        ("has_money", "coin"): "has_money",
        ("has_money", "select"): "dispensing",
        ("has_money", "refund"): "idle",
        ("dispensing", "done"): "idle",
    }

    def __init__(self, stock):
        self.state = "idle"
        self.balance = 0
        self.stock = dict(stock)
        self.log = []

    def _go(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise RuntimeError(f"invalid event {event!r} in state {self.state!r}")
        old, self.state = self.state, self.TRANSITIONS[key]
        self.log.append(f"{old} --{event}--> {self.state}")

    def coin(self, cents):
        if cents not in (5, 10, 25, 100):
            raise ValueError(f"rejected coin {cents}")
        self._go("coin")
        self.balance += cents

    def select(self, item):
        price = self.PRICES[item]
        if self.stock.get(item, 0) == 0:
            return f"{item} sold out"
        if self.balance < price:
            return f"need {price - self.balance} more for {item}"
        self._go("select")
        self.stock[item] -= 1
        change, self.balance = self.balance - price, 0
        self._go("done")
        return f"dispensed {item}, change {change}: {self.make_change(change)}"

    def refund(self):
        amount, self.balance = self.balance, 0
        self._go("refund")
        return amount

    @staticmethod
    def make_change(amount):
        coins = {}
        for c in (100, 25, 10, 5):
            coins[c], amount = divmod(amount, c)
        return {k: v for k, v in coins.items() if v}


vm = VendingMachine({"cola": 1, "chips": 5, "candy": 0})
for action in [("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"), ("select", "candy"),
               ("coin", 3), ("select", "cola"), ("refund",), ("refund",), ("coin", 25), ("coin", 25),
               ("coin", 25), ("coin", 25), ("select", "chips"), ("select", "gum")]:
    name, *args = action
    try:
        result = getattr(vm, name)(*args)
        print(f"{name}{tuple(args)} -> {result} [{vm.state}, {vm.balance}]")
    except (RuntimeError, ValueError, KeyError) as e:
        print(f"{name}{tuple(args)} !! {type(e).__name__}: {e}")
print(*vm.log, sep="\n")
print(vm.stock)
