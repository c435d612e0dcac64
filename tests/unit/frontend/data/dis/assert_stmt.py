def f(x):
    assert x
    assert x > 0, "positive"
