class C(A)
  pass
