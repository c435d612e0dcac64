# Inventory management: parsing CSV-like text, grouping, aggregates, validation errors.
RAW = """sku,category,qty,unit_price
A100,tools,5,12.50
A101,tools,0,8.00
B200,garden,12,3.25
B201,garden,x,4.00
C300,kitchen,7,21.10
C301,kitchen,3,-1
D400,tools,2,99.99
"""
class RecordError(ValueError):
    pass
def parse(line, lineno):
    sku, cat, qty, price = line.split(",")
    try:
        qty = int(qty)
    except ValueError:
        raise RecordError(f"line {lineno}: bad quantity {qty!r}") from None
    price = float(price)
    if price < 0:
        raise RecordError(f"line {lineno}: negative price {price}")
    return {"sku": sku, "category": cat, "qty": qty, "price": price}
lines = RAW.strip().splitlines()
items, problems = [], []
for n, line in enumerate(lines[1:], start=2):
    try:
        items.append(parse(line, n))
    except RecordError as e:
        problems.append(str(e))
print("parsed", len(items), "items;", len(problems), "problems")
for p in problems:
    print("  ", p)
by_cat = {}
for it in items:
    by_cat.setdefault(it["category"], []).append(it)
for cat in sorted(by_cat):
    group = by_cat[cat]
    value = sum(i["qty"] * i["price"] for i in group)
    print(f"{cat:<8} skus={len(group)} units={sum(i['qty'] for i in group):>3} value={value:>8.2f}")
out_of_stock = [i["sku"] for i in items if i["qty"] == 0]
print("out of stock:", out_of_stock)
print("priciest:", max(items, key=lambda i: i["price"])["sku"], "cheapest:", min(items, key=lambda i: i["price"])["sku"])
