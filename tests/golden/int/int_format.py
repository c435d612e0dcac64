# str/repr/format of ints; bin/oct/hex; format() builtin.
for n in [0, 7, -7, 10**20, -(10**20)]:
    print(str(n), repr(n), format(n), format(n, "d"), format(n, ","), format(n, "_"))
print(format(255, "x"), format(255, "#X"), format(-255, "o"), format(5, "b"), format(65, "c"))
print(format(42, "08d"), format(-42, "08d"), format(42, "+"), format(42, " "), format(42, "^9"))
print(format(1234, ".2f"), format(1234, "e"), format(1234, "%"), format(10**20, "g"))
print(format(12345678, "_x"), format(12345678, ",o") if False else format(12345678, "_o"))
for spec in ["s", ".2", ",x"]:
    try:
        print(format(10, spec))
    except ValueError as e:
        print("ValueError:", e)
print("%d %i %5d %-5d| %05d %x %X %o %#x %#o %+d" % (1, 2, 3, 4, 5, 255, 255, 8, 255, 8, 9))
print("{:d} {:>6} {:<6}| {:^6}| {:,}".format(1, 2, 3, 4, 1234567))
