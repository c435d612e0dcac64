a, b = b, a
(c, d), [e, *f] = g
