class A:
    global B
    B = 1
