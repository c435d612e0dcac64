match x:
    case Point(0, 0):
        pass
    case Point(x=0, y=yy):
        pass
    case a.b.C(1, z=2):
        pass
    case int():
        pass
