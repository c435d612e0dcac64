# A tokenizer for a small language using str methods only, with line/column tracking and errors
KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}
SYMBOLS = ["==", "!=", "<=", ">=", "&&", "||", "=", "+", "-", "*", "/", "<", ">", "(", ")", "{", "}", ";", ","]


class LexError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at {line}:{col}")
        self.line, self.col = line, col


def tokenize(src):
    tokens, i, line, col = [], 0, 1, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            i, line, col = i + 1, line + 1, 1
            continue
        if ch.isspace():
            i, col = i + 1, col + 1
            continue
        if src.startswith("//", i):
            end = src.find("\n", i)
            end = len(src) if end == -1 else end
            col += end - i
            i = end
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("NUM", int(src[i:j]), line, start_col))
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "ID", word, line, start_col))
        elif ch == '"':
            j = src.find('"', i + 1)
            if j == -1:
                raise LexError("unterminated string", line, col)
            j += 1
            tokens.append(("STR", src[i + 1:j - 1], line, start_col))
        else:
            sym = next((s for s in SYMBOLS if src.startswith(s, i)), None)
            if sym is None:
                raise LexError(f"unexpected {ch!r}", line, col)
            j = i + len(sym)
            tokens.append(("SYM", sym, line, start_col))
        col += j - i
        i = j
    return tokens


program = '''let x = 42;  // the answer
fn add(a, b) { return a + b; }
if (x >= 10 && x != 13) {
    print("big", add(x, 1));
} else { print("small"); }
'''
toks = tokenize(program)
for t in toks[:12]:
    print(t)
print(len(toks), sorted({t[0] for t in toks}), [t[1] for t in toks if t[0] == "KW"])
counts = {}
for kind, *_ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
for bad in ['let s = "open', "let y = 3 # 4;", "x = 1;\n  y = @;"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e, (e.line, e.col))
