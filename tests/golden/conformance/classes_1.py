# Basic class hierarchy with super(), __repr__ and __str__
class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __str__(self):
        return f"<{self.name}>"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name, "woof")
        self.breed = breed

    def speak(self):
        base = super().speak()
        return base + "!"


class Puppy(Dog):
    def speak(self):
        return super().speak().upper()


animals = [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]
for a in animals:
    print(a.speak())
    print(repr(a), str(a), a)
print(animals)
print(Animal.count, Dog.count, animals[1].count)
print(Puppy.__mro__)
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(animals[2], Animal), issubclass(Puppy, Dog), issubclass(Animal, Dog))
print(Dog.kingdom, animals[1].kingdom)
animals[1].kingdom = "custom"
print(Dog.kingdom, animals[1].kingdom, animals[2].kingdom)
print(sorted(vars(animals[1]).items()))
print(Puppy.__bases__, Puppy.__name__, Puppy.__qualname__)
print(type(animals[2]) is Puppy, type(animals[2]) == Dog)
print(hasattr(animals[0], "breed"), getattr(animals[0], "breed", "none"))
try:
    animals[0].breed
except AttributeError as e:
    print("AttributeError:", e)
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)
try:
    Dog("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Animal("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)
