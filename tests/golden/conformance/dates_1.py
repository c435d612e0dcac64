# Calendar arithmetic by hand: leap years, day of week (Zeller), days between dates, month calendars
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]


def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + sum(days_in_month(y, i) for i in range(1, m)) + d


def validate(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError(f"month {m} out of range")
    if not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"day {d} out of range for {y}-{m:02d}")


for date in [(2024, 2, 29), (2000, 1, 1), (1969, 7, 20), (2023, 12, 25), (1900, 3, 1)]:
    print(f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d} is a {NAMES[day_of_week(*date)]}")
print(ordinal(2024, 12, 31) - ordinal(2024, 1, 1) + 1, ordinal(2025, 1, 1) - ordinal(2024, 1, 1))
print("days from moon landing to 2000:", ordinal(2000, 1, 1) - ordinal(1969, 7, 20))
print([y for y in range(1896, 1920) if is_leap(y)])
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        validate(*bad)
    except ValueError as e:
        print("ValueError:", e)


def month_calendar(y, m):
    lines = [f"{['January','February','March','April','May','June','July','August','September','October','November','December'][m - 1]} {y}".center(20),
             "Mo Tu We Th Fr Sa Su"]
    first = day_of_week(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
