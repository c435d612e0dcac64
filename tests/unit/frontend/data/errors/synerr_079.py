class A:
  pass
    x
