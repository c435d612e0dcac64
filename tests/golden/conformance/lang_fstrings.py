import datetime
width, prec = 10, 3
val = 3.14159265
name = "Coil"
print(f"{val:{width}.{prec}f}|{val:<{width}}|{name:^{width}}|{name!r:>10}|")
print(f"{val=}", f"{val = :.2f}", f"{name=!s}", f"{name=!r:>8}", f"{ 1 + 2 = }")
print(f"{'nested ' + f'{name:*^9}'}")
print(f"{{literal}} {{{name}}}")
print(f"{3.0:g} {1e20:g} {1.5e-7:g} {123456789:,} {123456789:_} {0xdeadbeef:_x} {255:#x} {255:#o} {255:#b} {255:08b}")
print(f"{-42:+05d} {42:+} {42: } {-42: } {3.5:+.0f} {2.5:.0f} {0.125:.2f} {1/3:.3%} {12345.678:,.2f}")
print(f"{'abc':.2} {'abc':>5.1} {12:x<5} {12:^7} {-12:=8} {'x':=>3}")
print(f"{1e-5:e} {1234.5:E} {0.0001:.3g} {123456:.3g} {1e16:.17g} {float('inf'):f} {float('nan'):F}")
print(f"{True} {True:d} {None!r} {[1,2]!s} {'é'!a} {b'x'!r}")
d = datetime.date(2024, 3, 5)
print(f"{d:%Y/%m/%d} {d!r} {d}")
class Fmt:
    def __format__(self, spec):
        return f"Fmt<{spec}>"
print(f"{Fmt():abc} {Fmt()} {Fmt():{width}}")
print(format(Fmt(), "xyz"), "{:q}".format(Fmt()))
try:
    f"{5:q}"
except ValueError as e:
    print(e)
try:
    f"{'s':d}"
except ValueError as e:
    print(e)
try:
    format(object(), "x")
except TypeError as e:
    print(e)
try:
    f"{3.5:d}"
except ValueError as e:
    print(e)
try:
    f"{5:,s}"
except ValueError as e:
    print(e)
try:
    "{:,,}".format(1)
except ValueError as e:
    print(e)
items = {"a": 1}
print(f"{items['a']} {items!r}")
print(f"""{
    name
}""")
print(f"{name:{'>' if True else '<'}{width}}")
n = 5
print(f"{n:0{n}d}", f"{'a'*n:.{n-2}}")
print(f"{3:{''}}|{'x':{''}>3}|")
print(f"{12.0:n} {1234567:n} {0.000012:n}")
print(f"{1:c}{65:c}" == "\x01A", f"{0x1F600:c}")
print(f"{-0.0:.1f} {-0.0} {0.0:+} {-1e-10:.2f}")
print(f"{10**20:e} {2**64:,} {-(2**70):_x}")
