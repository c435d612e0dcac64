class A(object):
    """Doc."""
    attr = [i for i in range(3)]
    f = lambda self: __class__
    def m(self):
        def inner():
            return __class__
        return inner
    @staticmethod
    def s(*args, **kwargs):
        return super()
