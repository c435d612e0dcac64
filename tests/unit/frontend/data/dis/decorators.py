def deco(f):
    return f
@deco
def g():
    pass
@deco
class C:
    pass
