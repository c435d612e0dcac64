f(*y, x=1, z)
