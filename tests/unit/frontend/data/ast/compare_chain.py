a < b <= c > d >= e == f != g
x is not y is z
p in q not in r
