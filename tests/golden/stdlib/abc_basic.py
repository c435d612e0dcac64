# abc: ABCMeta, abstractmethod, ABC, register, __subclasshook__, instantiation errors.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token, update_abstractmethods

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2

class RealSquare(Square):
    def perimeter(self): return 4 * self.s

for cls in [Shape, Square, RealSquare]:
    try:
        obj = cls(2) if cls is not Shape else cls()
        print('made', type(obj).__name__, obj.describe())
    except TypeError as e:
        print('TypeError', e)
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), RealSquare.__abstractmethods__)
print(type(Shape), isinstance(Shape, ABCMeta), Shape.area.__isabstractmethod__)

class One(ABC):
    @property
    @abstractmethod
    def value(self): ...
try:
    One()
except TypeError as e:
    print('TypeError', e)
class Impl(One):
    @property
    def value(self): return 42
print(Impl().value)

class Plugin(metaclass=ABCMeta):
    pass
class Foreign:
    pass
print(issubclass(Foreign, Plugin), Plugin.register(Foreign) is Foreign, issubclass(Foreign, Plugin), isinstance(Foreign(), Plugin))
class SubForeign(Foreign):
    pass
print(issubclass(SubForeign, Plugin), Plugin in SubForeign.__mro__)
Plugin.register(int)
print(isinstance(3, Plugin), isinstance(True, Plugin), isinstance('3', Plugin))
try:
    Plugin.register(5)
except TypeError as e:
    print('TypeError', e)
class Sub(Plugin):
    pass
try:
    Sub.register(Plugin)
except RuntimeError as e:
    print('RuntimeError', e)

class Quacker(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacker:
            return any('quack' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): return 'quack'
class Robot:
    pass
print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), issubclass(bool, Quacker))

class Multi(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def c(self): ...
try:
    Multi()
except TypeError as e:
    print('TypeError', e)
tok = get_cache_token()
class Fresh(ABC): pass
Fresh.register(float)
print(get_cache_token() != tok)

class Later(ABC):
    @abstractmethod
    def run(self): ...
Later.run = lambda self: 'ran'
update_abstractmethods(Later)
print(Later().run(), Later.__abstractmethods__)
print(ABC.__slots__, type(ABC).__name__, abstractproperty.__isabstractmethod__)
