# Tokenizing Python-like source text by hand and reporting token statistics.
SOURCE = '''
def area(r):
    # circle area
    return 3.14159 * r ** 2

names = ["a", 'b', "c d"]
total = sum(len(n) for n in names) + 0x1F - 1_000
'''
KEYWORDS = {"def", "return", "for", "in", "if", "else", "import"}
def tokens(src):
    i, line = 0, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch == "#":
            j = src.find("\n", i)
            yield ("COMMENT", src[i:j], line)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield ("KEYWORD" if word in KEYWORDS else "NAME", word, line)
            i = j
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] in "._"):
                j += 1
            yield ("NUMBER", src[i:j], line)
            i = j
        elif ch in "\"'":
            j = src.index(ch, i + 1)
            yield ("STRING", src[i:j + 1], line)
            i = j + 1
        else:
            two = src[i:i + 2]
            if two in ("**", "==", "<=", ">="):
                yield ("OP", two, line)
                i += 2
            else:
                yield ("OP", ch, line)
                i += 1
toks = list(tokens(SOURCE))
for kind, text, line in toks:
    print(f"{line:2d} {kind:<8} {text!r}")
counts = {}
for kind, _, _ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
numbers = [eval(t) for k, t, _ in toks if k == "NUMBER"]
print(numbers, sum(numbers))
