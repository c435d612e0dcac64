# Destructors of objects still referenced by globals run at interpreter shutdown
class Car:
    fleet = 0

    def __init__(self, name):
        self.name = name
        Car.fleet += 1
        print(f"built {name} (fleet {Car.fleet})")

    def __del__(self):
        Car.fleet -= 1
        print(f"scrapped {self.name}")


class Garage:
    def __init__(self, *cars):
        self.cars = list(cars)

    def __del__(self):
        print("garage demolished with", len(self.cars), "cars")


first = Car("first")
second = Car("second")
_private = Car("private")
temp = Car("temp")
del temp
garage = Garage(Car("in garage 1"), Car("in garage 2"))
cars = [Car(f"listed {i}") for i in range(2)]
last = Car("last")
print("fleet size at end:", Car.fleet)
