def f(
  a,
  b
