print("_circ_a start")
import _circ_b
X = 1
print("_circ_a end, b.Y =", _circ_b.Y)
