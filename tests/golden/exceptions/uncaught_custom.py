# Uncaught custom exception with a multi-line message and a method frame.
class ValidationError(Exception):
    pass


class Form:
    def __init__(self, fields):
        self.fields = fields

    def validate(self):
        for name, value in self.fields.items():
            if not value:
                raise ValidationError(f"field {name!r} is empty\nplease fill it in")
        return True


print(Form({"a": "x"}).validate())
Form({"a": "x", "b": ""}).validate()
