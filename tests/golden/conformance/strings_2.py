# f-strings and format specs
pi = 3.141592653589793
n = 1234567
name = "Ada"
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.3f}| {pi:^10.1f}| {pi:+.3e}")
print(f"{n:,} {n:_} {n:>12,} {n:012d} {n:x} {n:X} {n:#x} {n:o} {n:#o} {n:b}")
print(f"{255:#010b} {-42:05d} {42:+d} {42: d} {-42: d}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {name:>8} {name:*^9} {name:.2}")
print(f"{0.000123:.2e} {123456789.0:g} {0.0001:g} {1e20:g} {1.5e-7:g} {100.0:g}")
print(f"{0.5:%} {0.125:.1%} {1/3:.5} {2/3:.3g} {10/3!r}")
print(f"{1e16:.0f} {2.5:.0f} {3.5:.0f} {-0.0:.1f} {float('inf'):f} {float('nan'):F}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:{'>'}{width}}]")
d = {"a": 1, "b": [1, 2]}
print(f"{d['a']} {d['b'][1]} {len(d)} {d!r}")
print(f"{'nested ' + f'{n:,}'}")
x = 5
print(f"{x=} {x * 2=} {pi=:.2f} {name=!s}")
print(f"{{literal braces}} {{{x}}}")
print(f"{'left':<6}|{'right':>6}|{'mid':^7}|")
print(f"{True} {None} {[1, 2]} {(1,)} {3+4j}")
print(f"{-1.5:=+8.2f} {1234.5:=10,.1f} {12:=^7}")
print(format(1234.5678, ",.2f"), format(0.1, ".20f"), format(12, "c"), format(65, "c"))
print("{:>{w}}|{:<{w}}|".format("a", "b", w=4), "{0}{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=3), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{.real} {.__class__.__name__}".format(3, "s"), "{!r:>6}".format("q"))
for bad in ["{:d}", "{:.2f}", "{:x}"]:
    try:
        print(bad.format("text"))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print("{:,s}".format("a"))
except ValueError as e:
    print("ValueError:", e)
print(f"{12345.6789:,.2f}", f"{-0.5:.0f}", f"{0.5:.0f}", f"{1.25:.1f}", f"{1.35:.1f}")
