# Custom exception hierarchy with attributes
class AppError(Exception):
    """Base error."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(AppError):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        return f"missing {self.key}"


def validate(user):
    if "name" not in user:
        raise NotFound("name")
    if not user["name"]:
        raise ValidationError("name", "empty")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "negative")
    return True


for u in [{"name": "ann"}, {}, {"name": ""}, {"name": "b", "age": -1}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("ValidationError", e.field, e.message, e, e.args)
    except AppError as e:
        print(type(e).__name__, e, e.args, repr(e))

print(issubclass(ValidationError, Exception), ValidationError.__mro__[1:])
e = ValidationError("f", "m")
print(repr(e), str(e))
print(repr(NotFound("k")))
print(repr(AppError()), str(AppError()), repr(AppError(1, 2)), str(AppError(1, 2)))
print(str(AppError("single")), repr(AppError("single")))
try:
    raise AppError
except AppError as e:
    print("caught class raise", repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("a") from 5
except TypeError as e:
    print("TypeError:", e)


class Weird(Exception):
    def __init__(self):
        pass


w = Weird()
print(repr(w), w.args, str(w) == "")
print(AppError.__doc__)
