# Case methods and predicates.
words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "123abc", "", "a1 b2", "they're bill's"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), sep=" | ")
preds = ["isalpha", "isdigit", "isalnum", "isspace", "islower", "isupper", "istitle",
         "isdecimal", "isnumeric", "isidentifier", "isprintable", "isascii"]
samples = ["abc", "ABC", "Abc", "Abc Def", "123", "abc123", " \t\n", "", "_id", "2x", "a b",
           "\x07", "é", "Ⅳ", "x\u200b"]
for s in samples:
    print(repr(s), "".join("T" if getattr(s, p)() else "." for p in preds))
