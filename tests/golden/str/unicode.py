# Unicode strings: BMP and non-BMP code points, lengths, ord/chr, case mapping.
s = "naïve café ☕ 🐍 中文"
print(s, len(s), s[::-1], s[6:10], s[-4], s[-3:])
for ch in "aé中🐍\u0000\u200b":
    print(repr(ch), ord(ch), hex(ord(ch)), len(ch), ch.encode("utf-8"))
print(chr(65), chr(0x1F600), chr(0x10FFFF) == "\U0010ffff", repr(chr(0xD800)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
print("ß".upper(), "ǅ".lower(), "ǆ".title(), "İ".lower(), len("İ".lower()), "ﬁ".upper())
print("Straße".casefold(), "STRASSE".casefold() == "straße".casefold())
print("ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("中文".isalpha(), "١٢٣".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "½".isdigit())
print("🐍" in s, s.find("🐍"), s.index("中"), s.count("é"))
print(sorted("bäaz🐍A"), max("abc🐍"), min("🐍a"))
print("é" == "e\u0301", len("e\u0301"), "e\u0301")
print("a🐍b".encode("utf-8"), "a🐍b".encode("utf-16-le"), b"\xf0\x9f\x90\x8d".decode())
print("x".join("🐍🐍🐍"), "🐍".center(5, "*"), "🐍" * 3)
print(ascii("naïve 🐍"), repr("naïve 🐍"), str("🐍"))
