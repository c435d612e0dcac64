obj = object()
obj()()
