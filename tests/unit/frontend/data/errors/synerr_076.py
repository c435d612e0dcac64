def f():
  x
   y
