# Uncaught exception whose __str__ itself fails, and exception with no args
class Broken(Exception):
    def __str__(self):
        return 1 / 0


try:
    raise Broken()
except Broken as e:
    print("caught Broken; repr:", repr(e))
print("now uncaught")
raise Broken("message")
