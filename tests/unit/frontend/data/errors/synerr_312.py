f(a]
