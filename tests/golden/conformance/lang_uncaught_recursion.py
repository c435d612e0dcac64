def countdown(n):
    if n == 0:
        return {}["missing"]
    return countdown(n - 1)

def mutual_a(n):
    return mutual_b(n - 1) if n else [][0]

def mutual_b(n):
    return mutual_a(n)

try:
    mutual_a(40)
except IndexError:
    import traceback
    traceback.print_exc()
countdown(30)
