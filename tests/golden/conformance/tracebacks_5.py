# Uncaught assertion with message, and assert without message caught
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2


try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError caught:", repr(e), e.args)
print(check(21))
print(check("21"))
