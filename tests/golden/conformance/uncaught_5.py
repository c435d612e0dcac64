# Uncaught ValueError from int() on user-like data
raw = ["12", "7", "  30 ", "4.5", "9"]
total = 0
for item in raw:
    total += int(item)
    print("running total", total)
