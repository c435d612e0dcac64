f(a, b=1, c for c in d)
