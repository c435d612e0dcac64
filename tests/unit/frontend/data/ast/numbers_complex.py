a = 1j
b = 1.5J
c = 1e10j
d = 0j
e = 3 + 4j
f = 1_0j
