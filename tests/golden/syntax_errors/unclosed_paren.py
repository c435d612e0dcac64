print("before")
print("hi"
