# Inheritance, overriding, super(), multiple inheritance and the MRO.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"
for a in [Animal("generic"), Dog("Rex", "lab"), Puppy("Bit", "pug")]:
    print(a.describe(), isinstance(a, Animal), isinstance(a, Dog))
print(Puppy.__mro__)
print(issubclass(Puppy, Animal), Puppy.__bases__, Dog.__subclasses__())
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting
class Override(Base):
    greeting = "hi"
print(Base().greet(), Override().greet())
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Init:
    def __init__(self):
        print("Init.__init__")
class NoInit(Init):
    pass
NoInit()
print(super(D, D()).who())
