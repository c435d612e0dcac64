class A:
    @property
    def p(self):
        return self._p
A().p
