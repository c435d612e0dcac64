a[i + 1 : j - 1 : -1]
a[f(x):]
a[:, None]
