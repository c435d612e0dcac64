def f(/, a):
  pass
