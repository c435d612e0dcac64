# Exception objects: args, str, repr, custom subclasses, attributes, hierarchy.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError(),
          KeyError("a", "b"), OSError(2, "No such file"), IndexError(5), StopIteration(7), SystemExit(3)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class DetailError(AppError):
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise DetailError(404, "not found")
except AppError as e:
    print(type(e).__name__, e.code, e.args, str(e), repr(e), isinstance(e, Exception))
print(DetailError.__mro__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError),
      issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError),
      issubclass(ModuleNotFoundError, ImportError), issubclass(KeyboardInterrupt, Exception),
      issubclass(StopIteration, Exception), issubclass(BaseException, object))
e = ValueError("msg")
e.extra = "attached"
print(e.extra, e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, caught.__traceback__.tb_lineno)
err = OSError(2, "No such file or directory", "f.txt")
print(err.errno, err.strerror, err.filename, str(err), type(err).__name__)
print(FileNotFoundError.__mro__[1].__name__, type(OSError(2, "x")).__name__)
ex = StopIteration(5)
print(ex.value, SystemExit(4).code, KeyboardInterrupt.__base__.__name__)
class NoArgs(Exception):
    pass
print(repr(NoArgs()), str(NoArgs()), NoArgs("x", "y"))
