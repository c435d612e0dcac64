class A:
    class B:
        def f(self):
            def g():
                return lambda: self
            return g
