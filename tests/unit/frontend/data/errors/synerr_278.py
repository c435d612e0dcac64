if x:
	a
    b
