# Monkey-patching with types.MethodType, building functions with types.FunctionType, SimpleNamespace
import types


class Robot:
    def __init__(self, name):
        self.name = name


def speak(self, words):
    return f"{self.name} says {words}"


r1, r2 = Robot("r1"), Robot("r2")
r1.speak = types.MethodType(speak, r1)
print(r1.speak("hi"))
print(hasattr(r2, "speak"), type(r1.speak).__name__, r1.speak.__self__ is r1, r1.speak.__func__ is speak)
Robot.speak = speak
print(r2.speak("hello"), r1.speak("shadowed by instance attribute"))
bound = types.MethodType(lambda self: self.name.upper(), r2)
print(bound())
clone = types.FunctionType(speak.__code__, globals(), "speak_clone", speak.__defaults__, speak.__closure__)
print(clone.__name__, clone(r1, "cloned"))
cfg = types.SimpleNamespace(host="localhost", port=8080)
cfg.debug = True
print(cfg, cfg.port, vars(cfg))
print(cfg == types.SimpleNamespace(host="localhost", port=8080, debug=True))
print(isinstance(speak, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(r1.speak, types.MethodType))
print(type(Robot.__dict__) is types.MappingProxyType, isinstance((x for x in []), types.GeneratorType))
try:
    types.MethodType(speak)
except TypeError as e:
    print("TypeError:", e)
