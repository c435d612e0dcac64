{1: 2 for x in y, 1}
