# f-string '=' debugging specifier and nested f-strings/format specs.
x = 10
name = "coil"
vals = [3, 1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>5}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x + 1=}")
print(f"{sorted(vals)=}")
print(f"{3.5=:.2f}")
print(f"{f'{x}'}")
print(f"{f'{name:>{x}}'}|")
print(f"{'-'.join(f'{v:02}' for v in vals)}")
print(f"{x!r:>{x}}|")
print(f"{ x }|{ x *2 }")
print(f"{'a':{'^'}{x}}|")
for w in range(1, 4):
    print(f"{w:{w}}|{'#' * w:>{w + 2}}|")
