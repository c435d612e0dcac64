# round, divmod, pow, chr/ord, bin/oct/hex, int/float/complex conversions, bool().
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2**70, 3))
print(pow(2, 8), pow(2, -1), pow(5, 3, 7), pow(2.5, 2))
print(chr(97), chr(8364), chr(128013), ord("a"), ord("€"), ord("🐍"), [ord(c) for c in "AZaz09"])
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-256), hex(2**64), bin(0), hex(0))
print(round(3.14159, 2), round(2.5), round(-2.5), round(17, -1), round(0.5 + 1e-9))
print(complex(1, 2), complex("3+4j"), complex(2), (1 + 2j).conjugate(), abs(-4 + 3j))
class Num:
    def __index__(self):
        return 6
print(bin(Num()), hex(Num()), oct(Num()), [0, 1, 2, 3, 4, 5, 6][Num()], range(Num()))
for bad in [lambda: bin(1.5), lambda: hex("a"), lambda: chr("a"), lambda: ord(5), lambda: divmod("a", 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(int("11", 2), int("z", 36), float("  1.5 "), str(12), repr(1.10), ascii("é"), format(0.5, ".1%"))
