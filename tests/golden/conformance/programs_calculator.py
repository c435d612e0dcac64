# Recursive-descent expression evaluator with a tokenizer and error reporting
class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f"{self.kind}:{self.value!r}"


def tokenize(src):
    i, out = 0, []
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(Token("NUM", float(text) if "." in text else int(text), i))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            out.append(Token("NAME", src[i:j], i))
            i = j
        elif ch in "+-*/^()%,":
            out.append(Token("OP", ch, i))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    out.append(Token("END", None, len(src)))
    return out


class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok.value != value:
            raise SyntaxError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")
        self.i += 1
        return tok

    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            v = v + self.term() if self.take().value == "+" else v - self.term()
        return v

    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v

    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return tok.value
        if tok.kind == "NAME":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[tok.value](*args)
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError(f"unexpected {tok.value!r} at {tok.pos}")


def evaluate(src, **env):
    p = Parser(tokenize(src), env)
    v = p.expr()
    if p.peek().kind != "END":
        raise SyntaxError(f"trailing input at {p.peek().pos}")
    return v


print(tokenize("3 + 4.5*x"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + x", "max(1, x, 3) * 2",
            "abs(-7) + min(4, 2)", "1 +", "2 * (3", "4 $ 4", "y + 1", "1 / 0", "3 4", "unknown(1)"]:
    try:
        print(f"{src!r:>22} = {evaluate(src, x=5)}")
    except (SyntaxError, KeyError, ZeroDivisionError) as e:
        print(f"{src!r:>22} ! {type(e).__name__}: {e}")
