class A:
  x = 1
	def f(self): pass
