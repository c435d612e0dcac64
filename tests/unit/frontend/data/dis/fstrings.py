x = 1
y = "a"
s = f"{x} and {y!r} and {x:>10} and {y!s:{x}}"
t = f"plain"
