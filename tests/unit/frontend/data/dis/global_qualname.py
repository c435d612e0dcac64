def outer():
    global g
    def g():
        pass
    class K:
        def m(self):
            pass
    return K
