# An uncaught exception: traceback on stderr, exit status 1, stdout kept.
print("before the error")
data = {"a": 1}
print(data["b"])
print("never printed")
