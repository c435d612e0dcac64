# f-string format specs: fill, align, sign, width, grouping, precision, types.
x = 1234567.891
n = 255
neg = -42
print(f"{x:,}|{x:_}|{x:,.2f}|{x:.3e}|{x:.3E}|{x:g}|{x:.10g}|")
print(f"{n:x}|{n:X}|{n:#x}|{n:#X}|{n:o}|{n:#o}|{n:b}|{n:#b}|{n:c}|")
print(f"{n:08b}|{n:#010b}|{n:_b}|{2**20:_x}|{10**9:,d}|")
print(f"{neg:+d}|{n:+d}|{n: d}|{neg: d}|{neg:=8}|{neg:08}|")
print(f"{'s':*<6}|{'s':*>6}|{'s':*^6}|{'s':*^7}|")
print(f"{0.5:%}|{0.125:.1%}|{1/3:.4}|{2/3:.0f}|")
print(f"{1e20:f}|{1e-7:f}|{1e-7}|{1e16:.0f}|")
print(f"{float('inf'):f}|{float('nan'):F}|{float('-inf'):+}|")
print(f"{12.0:n}|{12:n}|{-0.0}|{-0.0:.1f}|{0.0:+}|")
print(f"{'trunc':.3}|{'pad':10}|{'right':>10}|")
print(f"{3:{n % 10}}|{x:{'>'}{12}.{2}f}|")
width, prec = 12, 3
print(f"{x:{width}.{prec}f}|{x:>{width}}|")
print(f"{True:d}|{True}|{False:>6}|")
print(f"{1234:>+10,}|{-1234.5:<12,.1f}|")
print(f"{0:#x}|{-255:#x}|{-255:x}|")
print(f"{10**20:e}|{123:e}|{0.000123:g}|{1234567:g}|")
