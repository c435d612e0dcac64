[1 if 2 for x in y]
