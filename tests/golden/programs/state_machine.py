# A vending machine state machine driven by events, with invalid transitions raising errors.
class InvalidTransition(Exception):
    pass
class Vending:
    PRICES = {"cola": 150, "chips": 100, "gum": 50}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.log = []
    def event(self, name, arg=None):
        handler = getattr(self, f"on_{self.state}_{name}", None)
        if handler is None:
            raise InvalidTransition(f"cannot {name} while {self.state}")
        before = self.state
        result = handler(arg)
        self.log.append(f"{before} --{name}--> {self.state}")
        return result
    def on_idle_coin(self, amount):
        self.credit += amount
        self.state = "paying"
    def on_paying_coin(self, amount):
        self.credit += amount
    def on_paying_select(self, item):
        price = self.PRICES[item]
        if self.credit < price:
            return f"need {price - self.credit} more for {item}"
        self.credit -= price
        self.state = "vending"
        return f"vending {item}"
    def on_vending_take(self, _):
        change, self.credit = self.credit, 0
        self.state = "idle"
        return f"change {change}"
    def on_paying_cancel(self, _):
        refund, self.credit = self.credit, 0
        self.state = "idle"
        return f"refund {refund}"
vm = Vending()
script = [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 5),
          ("take", None), ("coin", 25), ("cancel", None), ("take", None), ("coin", 50), ("select", "tea")]
for name, arg in script:
    try:
        print(f"{name:<7}{arg!s:<6} -> {vm.event(name, arg)}  [{vm.state}, credit {vm.credit}]")
    except InvalidTransition as e:
        print(f"{name:<7}{arg!s:<6} -> InvalidTransition: {e}")
    except KeyError as e:
        print(f"{name:<7}{arg!s:<6} -> unknown item {e}")
print("\n".join(vm.log))
