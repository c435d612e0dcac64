# Uncaught ZeroDivisionError inside a generator consumed by sum(), float division message
def averages(groups):
    for name, values in groups:
        yield name, sum(values) / len(values)


groups = [("a", [1.0, 2.0]), ("b", [3.5]), ("c", [])]
for name, avg in averages(groups):
    print(f"{name}: {avg:.2f}")
