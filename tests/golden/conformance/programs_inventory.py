# Inventory management with dicts of dicts, reports and formatted tables
inventory = {
    "apple": {"price": 0.5, "qty": 120, "category": "fruit"},
    "banana": {"price": 0.25, "qty": 0, "category": "fruit"},
    "carrot": {"price": 0.1, "qty": 300, "category": "vegetable"},
    "detergent": {"price": 7.99, "qty": 12, "category": "household"},
    "eggplant": {"price": 1.2, "qty": 8, "category": "vegetable"},
}


def restock(item, amount):
    if item not in inventory:
        raise KeyError(f"unknown item: {item}")
    if not isinstance(amount, int) or amount <= 0:
        raise ValueError(f"bad amount {amount!r}")
    inventory[item]["qty"] += amount
    return inventory[item]["qty"]


def sell(item, amount):
    entry = inventory.get(item)
    if entry is None:
        return f"no such item {item!r}"
    if entry["qty"] < amount:
        return f"only {entry['qty']} {item} left"
    entry["qty"] -= amount
    return f"sold {amount} {item} for ${amount * entry['price']:.2f}"


print(sell("apple", 20), sell("banana", 1), sell("kiwi", 1), sep="\n")
print(restock("banana", 50))
for bad in [("kiwi", 5), ("apple", -1), ("apple", 2.5)]:
    try:
        restock(*bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
header = f"{'item':<10}|{'category':^11}|{'qty':>5}|{'price':>7}|{'value':>9}"
print(header)
print("-" * len(header))
for name, e in sorted(inventory.items(), key=lambda kv: -kv[1]["qty"] * kv[1]["price"]):
    print(f"{name:<10}|{e['category']:^11}|{e['qty']:>5}|{e['price']:>7.2f}|{e['qty'] * e['price']:>9.2f}")
by_cat = {}
for name, e in inventory.items():
    by_cat.setdefault(e["category"], []).append(name)
print(by_cat)
totals = {cat: round(sum(inventory[n]["qty"] * inventory[n]["price"] for n in names), 2) for cat, names in by_cat.items()}
print(totals, max(totals, key=totals.get))
low = [n for n, e in inventory.items() if e["qty"] < 20]
print("low stock:", ", ".join(low) or "none")
print(f"{sum(e['qty'] for e in inventory.values()):,} units, ${sum(e['qty'] * e['price'] for e in inventory.values()):,.2f}")
