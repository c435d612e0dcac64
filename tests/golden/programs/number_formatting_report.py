# Number formatting in a report: currencies, percentages, scientific values, padding.
data = [("alpha", 1234567.891, 0.1234), ("beta", -42.5, -0.05), ("gamma", 0.000123, 1.0), ("delta", 1e9, 0.99999)]
for name, value, ratio in data:
    print(f"{name:>6} | {value:>16,.2f} | {value:>12.4e} | {ratio:>8.2%} | {value:>+12.3g} | {int(value):>#12x}")
print(f"{'sum':>6} | {sum(v for _, v, _ in data):>16,.2f}")
for n in [0, 7, 42, 255, 1000, 65535, 10**6]:
    print(f"{n:>8d} {n:>#10b} {n:>8o} {n:>6X} {n:>10,} {n:>10.1e}")
print("%-10s|%10s|%-6.2f|%6d|%x" % ("left", "right", 3.14159, 42, 48879))
print("{:*^30}".format(" REPORT "), "{:=<10}".format(""), "{0:>{1}}".format("dyn", 6))
