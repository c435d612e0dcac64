import _circ_a
print("_circ_b sees a partially initialised _circ_a:", hasattr(_circ_a, "X"))
Y = 2
