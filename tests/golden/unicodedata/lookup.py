# unicodedata.lookup: names, algorithmic names, aliases (all kinds), named
# sequences, case-insensitivity, and its errors.
import unicodedata as u

names = ["LATIN SMALL LETTER A", "latin capital letter a with ring above", "SNOWMAN",
         "CJK UNIFIED IDEOGRAPH-4E00", "cjk unified ideograph-2a6df", "HANGUL SYLLABLE GAG",
         "CJK COMPATIBILITY IDEOGRAPH-F900", "NUSHU CHARACTER-1B170", "KHITAN SMALL SCRIPT CHARACTER-18B00",
         "NULL", "NUL", "BEL", "LINE FEED", "LF", "BYTE ORDER MARK", "BOM", "ZWNJ", "NBSP",
         "LATIN CAPITAL LETTER GHA", "PADDING CHARACTER", "VS1", "VS256",
         "LATIN SMALL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "TAMIL SYLLABLE KSSA",
         "GEORGIAN LETTER U-BRJGU", b"LATIN SMALL LETTER B", "BELL", "EURO SIGN"]
for n in names:
    r = u.lookup(n)
    print(repr(n), ascii(r), len(r), [u.name(c, "?") for c in r])

for cp in [0x41, 0xE9, 0x4E00, 0xAC00, 0xD7A3, 0x1F600, 0xF900, 0x1B170, 0x10FFFD]:
    print(u.name(chr(cp), "-"))

for n in ["NOT A CHARACTER NAME", "TANGUT IDEOGRAPH-17000", "CJK UNIFIED IDEOGRAPH-0041",
          "HANGUL SYLLABLE XYZ", "", "x" * 300, "LATIN SMALL LETTER A ", "\u00e9", 5, None]:
    try:
        print(ascii(u.lookup(n)))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))
try:
    u.lookup("nope")
except KeyError as e:
    print(e.args)
