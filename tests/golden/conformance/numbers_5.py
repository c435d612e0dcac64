# Money and rounding: floats vs integer cents, banker's rounding, formatting currency, interest tables
prices = [19.99, 5.01, 0.1, 0.2, 3.3333]
print(sum(prices), round(sum(prices), 2), f"{sum(prices):.2f}")
cents = [round(p * 100) for p in prices]
print(cents, sum(cents), f"${sum(cents) / 100:,.2f}", divmod(sum(cents), 100))
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2), f"{v:.2f}", f"{v:.0f}", int(v), int(v + 0.5) if v >= 0 else -int(-v + 0.5))


def round_half_up(x, digits=0):
    m = 10 ** digits
    return int(x * m + (0.5 if x >= 0 else -0.5)) / m


print([round_half_up(v, 1) for v in [0.25, 0.35, -0.25, 2.45]])
principal, rate = 1000.0, 0.05
print(f"{'year':>4} {'balance':>12} {'interest':>10}")
balance = principal
for year in range(1, 11):
    interest = balance * rate
    balance += interest
    if year in (1, 2, 5, 10):
        print(f"{year:>4} {balance:>12,.2f} {interest:>10.4f}")
print(f"compound formula: {principal * (1 + rate) ** 10:,.6f}")
monthly = 200000 * (0.04 / 12) / (1 - (1 + 0.04 / 12) ** -360)
print(f"mortgage payment: {monthly:.2f}, total paid {monthly * 360:,.0f}")


def split_bill(total_cents, people):
    base, extra = divmod(total_cents, people)
    return [base + (1 if i < extra else 0) for i in range(people)]


parts = split_bill(10000, 3)
print(parts, sum(parts), [f"{p / 100:.2f}" for p in parts])
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9, (0.1 + 0.2).as_integer_ratio())
print(1.1 * 3, 3.3 / 1.1, 2.2 * 3 == 6.6, 100 * 1.15, int(100 * 1.15), round(100 * 1.15))
print(float.__repr__(0.3), str(0.30000000000000004), repr(1 / 3), 2 / 3, 1e-10 * 3)
