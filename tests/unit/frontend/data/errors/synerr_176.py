print x y
