if x:
	  a
        b
