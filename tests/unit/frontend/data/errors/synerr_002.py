elif_ = 0
if a:
    pass
elif b = 2:
    pass
