class Resource:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise OSError("close failed")

with Resource():
    raise ValueError("work failed")
