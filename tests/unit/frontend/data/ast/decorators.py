@dec
@dec.attr(1)
@(lambda f: f)
def f(): pass
@a[0]
class C: pass
@d
async def g(): pass
