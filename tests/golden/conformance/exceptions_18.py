# Print the built-in exception hierarchy with __subclasses__ (a classic exercise)
def show(cls, depth=0, seen=None):
    if seen is None:
        seen = set()
    if cls in seen:
        return
    seen.add(cls)
    print("    " * depth + ("+-- " if depth else "") + cls.__name__)
    for sub in cls.__subclasses__():
        if sub.__module__ == "builtins":
            show(sub, depth + 1, seen)


show(BaseException)


class AppError(Exception):
    pass


class DbError(AppError):
    pass


class NetError(AppError):
    pass


class TimeoutNetError(NetError, TimeoutError):
    pass


print([c.__name__ for c in AppError.__subclasses__()])
print([c.__name__ for c in NetError.__subclasses__()], TimeoutNetError.__mro__[1:4])
print(len(AppError.__subclasses__()), DbError.__subclasses__())
