w = 10
x = 3.14159
s = f"{x:{w}.{2}f} {x!a} {'nested' + f'{w}'}"
t = f"{x=}"
