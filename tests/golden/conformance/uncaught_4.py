# Uncaught TypeError: wrong argument count in a method call
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def scale(self, fx, fy):
        return Rect(self.w * fx, self.h * fy)


r = Rect(2, 3)
print(r.scale(2, 2).w)
r.scale(3)
