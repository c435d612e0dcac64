# Uncaught AttributeError with a "did you mean" suggestion on an instance
class Student:
    def __init__(self, name, grades):
        self.name = name
        self.grades = grades

    def average(self):
        return sum(self.grades) / len(self.grades)


s = Student("ann", [90, 85, 77])
print(s.name, round(s.average(), 2))
print(s.grade)
