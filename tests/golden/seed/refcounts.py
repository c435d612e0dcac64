# Seed lesson: reference counting observed with sys.getrefcount (which adds one temporary reference).
import sys
data = [10, 20, 30]
print(sys.getrefcount(data))
alias = data
print(sys.getrefcount(data))
container = [data, data, data]
print(sys.getrefcount(data))
del container
print(sys.getrefcount(data))
del alias
print(sys.getrefcount(data))
def borrow(obj):
    return sys.getrefcount(obj)
print(borrow(data))
d = {"key": data}
print(sys.getrefcount(data))
d.clear()
print(sys.getrefcount(data))
class Holder:
    def __init__(self, obj):
        self.obj = obj
h = Holder(data)
print(sys.getrefcount(data))
del h
print(sys.getrefcount(data))
fresh = object()
print(sys.getrefcount(fresh))
