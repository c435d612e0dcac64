from _circ_d import D
C = 3
