name = "x"
print(f"{!r}")
