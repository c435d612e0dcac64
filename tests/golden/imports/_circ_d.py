from _circ_c import C
D = 4
