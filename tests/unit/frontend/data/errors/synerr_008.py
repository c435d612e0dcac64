if 1 = 1:
    pass
