# unicodedata: per-character properties over a spread of code points,
# including unassigned ones and characters added after Unicode 14.0.
import unicodedata as u

print(u.unidata_version)
samples = [0x0, 0x20, 0x41, 0x61, 0xBD, 0xC5, 0x300, 0x345, 0x378, 0x5D0, 0x627, 0x661, 0x6F1,
           0x966, 0xB3, 0x2155, 0x216B, 0x2460, 0x3007, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0xD800,
           0xE000, 0xF900, 0xFB01, 0xFDD0, 0xFF21, 0xFFFD, 0x1D400, 0x1F600, 0x1FAE8, 0x20000,
           0x2A6DF, 0x17000, 0x18B00, 0x1B170, 0xE0001, 0xF0000, 0x10FFFF, 0x0CF3, 0x10FC, 0x28,
           0x29, 0x2028, 0x1E030, 0x11F50]
for cp in samples:
    c = chr(cp)
    print(f"U+{cp:04X}", u.category(c), repr(u.bidirectional(c)), u.combining(c),
          u.east_asian_width(c), u.mirrored(c), repr(u.decomposition(c)),
          u.name(c, None), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))

# str methods agree with the database
for cp in [0x10FC, 0xA7F2, 0x0CF3, 0x1E030, 0x345, 0x3A3, 0x1C5, 0xDF, 0x130]:
    c = chr(cp)
    print(f"U+{cp:04X}", c.isalpha(), c.islower(), c.isupper(), c.istitle(), c.isprintable(),
          c.isidentifier(), ascii(c.upper()), ascii(c.lower()), ascii(c.title()), ascii(c.casefold()))

# defaults and errors
print(u.name("\x00", "no name"), u.decimal("x", -1), u.digit("\u00b2"), u.numeric("\u00bc"))
for f, args in [(u.name, ("\x00",)), (u.decimal, ("\u00b2",)), (u.digit, ("x",)), (u.numeric, ("x",)),
                (u.name, (65,)), (u.name, ("ab",)), (u.category, ("",)), (u.combining, (b"a",)),
                (u.name, ()), (u.name, ("a", 1, 2)), (u.decimal, ("ab", 0)), (u.mirrored, (None,))]:
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)
