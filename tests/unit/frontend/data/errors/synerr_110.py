def f(a=):
  pass
