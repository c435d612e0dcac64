# copyright, credits, license: the site._Printer objects in builtins.
import builtins
import sys

for name in ("copyright", "credits", "license", "help"):
    obj = getattr(builtins, name)
    print(name, type(obj).__name__, type(obj).__module__, callable(obj))
print(repr(credits))
credits()
print(repr(copyright) == sys.copyright, str(copyright) == sys.copyright)
try:
    credits(1)
except TypeError as e:
    print(e)
try:
    type(credits)()
except TypeError as e:
    print(type(e).__name__)
