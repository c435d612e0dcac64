# -*- comment only first line
x = [i for i in range(3) if]
