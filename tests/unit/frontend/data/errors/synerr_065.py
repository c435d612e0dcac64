with a:
x
