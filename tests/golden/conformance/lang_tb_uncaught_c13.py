def outer():
    def inner():
        raise ValueError('deep')
    inner()
outer()
