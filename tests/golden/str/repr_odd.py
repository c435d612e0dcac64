# repr() and str() of strings with quotes, control characters and non-printables.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\n", "cr\r",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é\u00e9", "\u200b\u2028\ufeff", "\ud800", "\U0001f600",
           "\U000e0001", "\u0378", "🐍\x00", "'", '"', "'\"", ""]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(str(["a'b", 'c"d']), repr(("x",)), {"k'": "v\n"})
print(repr(repr("x")), str(repr("x")), repr(str(5)))
