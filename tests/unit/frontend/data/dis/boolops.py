a = 1
b = 0
x = a and b
y = a or b
z = a and b or a
if a and not b:
    print(1)
