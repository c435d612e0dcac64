class A:
    def m(self):
        class X:
            x = __class__

            def f():
                __class__

        return X
