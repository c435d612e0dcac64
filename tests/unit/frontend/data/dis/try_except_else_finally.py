try:
    a = 1
except Exception as e:
    b = 2
else:
    c = 3
finally:
    d = 4
