a = -x, +y, ~z, not w
b = -(-1)
c = --x
