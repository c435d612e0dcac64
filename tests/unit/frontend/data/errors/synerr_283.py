x = 1 if True 2
