# String building and formatting reports: tables, alignment, number formatting, text boxes
rows = [("Widget", 4, 3.5), ("Gadget, large", 12, 12.25), ("Doohickey", 1, 99.999), ("Thingamajig", 250, 0.04)]
w = max(len(r[0]) for r in rows)
print(f"{'Item':<{w}} {'Qty':>5} {'Price':>8} {'Total':>10}")
print(f"{'':-<{w}} {'':->5} {'':->8} {'':->10}")
for name, qty, price in rows:
    print(f"{name:<{w}} {qty:>5d} {price:>8.2f} {qty * price:>10,.2f}")
grand = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':>{w + 15}} {grand:>10,.2f}")
print("=" * (w + 26))


def box(lines, pad=1):
    width = max(map(len, lines)) + 2 * pad
    out = ["+" + "-" * width + "+"]
    out += ["|" + " " * pad + line.ljust(width - 2 * pad) + " " * pad + "|" for line in lines]
    out.append(out[0])
    return "\n".join(out)


print(box(["Hello", "boxed world", ""]))
print(box(["x"], pad=3))
for n in [0, 7, -7, 1234567.891, 0.000123, 1e10, -0.5]:
    print(f"|{n:^14}|{n:<+12.3g}|{n:>12.2e}|{n!s:>14}|")
print("%-10s|%10s|" % ("left", "right"), "%08.3f" % -3.14159, "%+5d" % 42, "%x-%X-%o" % (255, 255, 8))
print("{:^20}".format("centered"), "{:*<10}".format("pad"), "{:#>10}".format(7), "{:0=+8}".format(-12))
template = "{name} scored {score:.1f}% ({rank:>3}/{total})"
for rank, (name, score) in enumerate(sorted({"ann": 91.25, "bob": 78.5, "cy": 91.3}.items(), key=lambda kv: -kv[1]), 1):
    print(template.format(name=name.title(), score=score, rank=rank, total=3))
progress = [0, 0.25, 0.5, 0.999, 1]
for p in progress:
    bar = "#" * int(p * 20)
    print(f"[{bar:<20}] {p:6.1%}")
print(", ".join(f"{k}={v!r}" for k, v in {"a": 1, "b": "two", "c": [3]}.items()))
print("\t".join(["col1", "col2", "col3"]).expandtabs(8) + "|")
