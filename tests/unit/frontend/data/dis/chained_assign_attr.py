a.x = b[0] = c = d.e.f = 1
