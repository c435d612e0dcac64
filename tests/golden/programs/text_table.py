# Rendering a table of records with computed columns, alignment and totals.
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Doohickey", 1, 199.99), ("Thingamajig", 25, 0.4)]
headers = ("Item", "Qty", "Price", "Total")
data = [(name, qty, price, qty * price) for name, qty, price in rows]
widths = [max(len(headers[0]), *(len(r[0]) for r in data)), 5, 9, 10]
def line(ch="-"):
    return "+" + "+".join(ch * (w + 2) for w in widths) + "+"
print(line("="))
print("| " + " | ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths))) + " |")
print(line("="))
for name, qty, price, total in data:
    print(f"| {name:<{widths[0]}} | {qty:>{widths[1]}} | {price:>{widths[2]},.2f} | {total:>{widths[3]},.2f} |")
print(line())
grand = sum(r[3] for r in data)
print(f"| {'TOTAL':<{widths[0]}} | {sum(r[1] for r in data):>{widths[1]}} | {'':>{widths[2]}} | {grand:>{widths[3]},.2f} |")
print(line("="))
print(f"average price {sum(r[2] for r in data) / len(data):.3f}, most expensive: {max(data, key=lambda r: r[2])[0]}")
