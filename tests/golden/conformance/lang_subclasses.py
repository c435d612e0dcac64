import gc
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A, B): pass
print([k.__name__ for k in Base.__subclasses__()], [k.__name__ for k in A.__subclasses__()], B.__subclasses__() == [C])
def make():
    class Temp(Base):
        pass
    return Temp
t = make()
print([k.__name__ for k in Base.__subclasses__()])
del t
gc.collect()
print([k.__name__ for k in Base.__subclasses__()])
class D(Base): pass
print([k.__name__ for k in Base.__subclasses__()])
def names(cls):
    return [k.__name__ for k in cls.__subclasses__() if k.__module__ in ('builtins', '__main__')]
print(bool in int.__subclasses__(), names(ArithmeticError))
print(names(LookupError), names(OSError))
print(names(ConnectionError), names(Warning))
print(names(ValueError), names(RuntimeError))
print(names(BaseException))
print(names(Exception))
class MyErr(LookupError): pass
print(names(LookupError))
try:
    type.__subclasses__()
except TypeError as e:
    print(e)
print(type.__subclasses__(type) == [] or all(isinstance(k, type) for k in type.__subclasses__(type)))
print(Base.__subclasses__.__name__, type(Base).__name__)
X = type("X", (Base,), {})
print([k.__name__ for k in Base.__subclasses__()])
X.__bases__ = (A,)
print([k.__name__ for k in Base.__subclasses__()], [k.__name__ for k in A.__subclasses__()])
