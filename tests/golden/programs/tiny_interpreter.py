# A tiny stack-based calculator language: tokenizer, parser to RPN, evaluator with errors.
import operator
OPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul), "/": (2, operator.truediv),
       "%": (2, operator.mod), "^": (3, operator.pow)}
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(src[i:j])
            i = j
        elif ch in OPS or ch in "()=":
            tokens.append(ch)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens
def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if isinstance(t, (int, float)) or (isinstance(t, str) and t.isalpha()):
            out.append(t)
        elif t in OPS:
            prec, _ = OPS[t]
            while stack and stack[-1] in OPS and (OPS[stack[-1]][0] > prec or (OPS[stack[-1]][0] == prec and t != "^")):
                out.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
    while stack:
        op = stack.pop()
        if op == "(":
            raise SyntaxError("unbalanced '('")
        out.append(op)
    return out
def evaluate(rpn, env):
    stack = []
    for t in rpn:
        if isinstance(t, str) and t in OPS:
            if len(stack) < 2:
                raise SyntaxError("missing operand")
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[t][1](a, b))
        elif isinstance(t, str):
            if t not in env:
                raise NameError(f"undefined variable {t!r}")
            stack.append(env[t])
        else:
            stack.append(t)
    if len(stack) != 1:
        raise SyntaxError("malformed expression")
    return stack[0]
def run(line, env):
    tokens = tokenize(line)
    if len(tokens) >= 2 and tokens[1] == "=":
        env[tokens[0]] = evaluate(to_rpn(tokens[2:]), env)
        return f"{tokens[0]} = {env[tokens[0]]}"
    return evaluate(to_rpn(tokens), env)
env = {}
program = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x = 10", "y = x * 2 + 1", "y % 7", "x / 4",
           "1.5 * 4", "z + 1", "1 / 0", "(1 + 2", "1 + 2)", "3 $ 4", "2 ^ 100", "* 3", "10 - 4 - 3"]
for line in program:
    try:
        print(f"{line:<16} => {run(line, env)}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:<16} => {type(e).__name__}: {e}")
print(sorted(env.items()))
