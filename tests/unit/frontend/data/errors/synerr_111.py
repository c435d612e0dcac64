def f(a, /*):
  pass
