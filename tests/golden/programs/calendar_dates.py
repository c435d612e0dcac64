# Date arithmetic without the datetime module: leap years, day of week (Zeller), month calendars.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7  # 0 = Monday
NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
print([y for y in [1900, 2000, 2004, 2023, 2024, 2100] if is_leap(y)])
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (2038, 1, 19), (1900, 3, 1)]:
    print(date, NAMES[weekday(*date)])
def month_calendar(y, m):
    print(f"{y}-{m:02d}".center(20))
    print(" ".join(n[:2] for n in NAMES))
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))
month_calendar(2024, 2)
month_calendar(2023, 10)
def day_of_year(y, m, d):
    return sum(days_in_month(y, mm) for mm in range(1, m)) + d
print(day_of_year(2024, 12, 31), day_of_year(2023, 12, 31), day_of_year(2024, 3, 1))
