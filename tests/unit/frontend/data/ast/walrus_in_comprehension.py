[y for x in data if (y := f(x))]
print(total := 0)
