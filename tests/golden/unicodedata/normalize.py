# unicodedata.normalize / is_normalized in the four forms, with composition,
# reordering, Hangul, compatibility mappings, surrogates and errors.
import unicodedata as u

texts = ["", "abc", "\u00e9", "e\u0301", "\u1e9b\u0323", "\ufb01", "\u00bd", "\u2460x\u2075",
         "\uac00\ud7a3", "\u1100\u1161\u11a8", "a\u0328\u0301\u0323", "\u212b", "\u2126\u00c5",
         "\u0958", "\U0001d400\U0001d7ce", "\u0041\u030a\u0301", "\ud800e\u0301\udc00",
         "\u1e0b\u0323", "q\u0307\u0323", "\u3300", "\uff76\uff9e", "\U0001e030", "\u0cf3",
         "\u00c5\u0327", "Stra\u00dfe \u2167"]
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    for t in texts:
        r = u.normalize(form, t)
        print(form, ascii(t), ascii(r), u.is_normalized(form, t), u.is_normalized(form, r))

s = "already"
print(u.normalize("NFC", s) is s)
for args in [("NFX", "a"), ("nfc", "a"), (1, "a"), ("NFC", 1), ("NFC",), ("NFC", "a", "b"), ("NFC", b"a")]:
    for f in (u.normalize, u.is_normalized):
        try:
            print(ascii(f(*args)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
