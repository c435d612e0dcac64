# Uncaught exception raised while handling another: "During handling..." message.
items = []
try:
    first = items[0]
except IndexError:
    print("handling IndexError")
    missing_function()
