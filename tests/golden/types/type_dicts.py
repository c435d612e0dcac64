# The type dicts of type, object, property, classmethod and super.
print(list(type.__dict__.keys()))
print(list(object.__dict__.keys()))
print(list(property.__dict__.keys()))
print(list(classmethod.__dict__.keys()))
print(list(super.__dict__.keys()))
