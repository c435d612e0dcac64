def f(*, **k):
  pass
