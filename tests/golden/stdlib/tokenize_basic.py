# tokenize and token: TokenInfo reprs for many constructs, exact types,
# generate_tokens on str, untokenize (full and compat), detect_encoding and
# the errors.
import io
import token
import tokenize

SOURCE = '''\
# -*- coding: utf-8 -*-
"""Module docstring
spanning lines."""
import os  # comment
def f(a, *, b=0x1F, **kw) -> 'str':
    if a >= 1.5e-3 and b != 0o17:
        return f"{a!r:>10}" + r'raw\\n' + b'bytes'
    x = [1, 2,
         3]  # inside brackets
    y = 1_000j + .5 + 1. + 0b1010
    z = a @ b; a **= 2; a //= 3; a >>= 1; c := 5
    s = 'cont\\
inued'
    return x \\
        if x else ...

\tpass
@decorator
class C: pass
'''

for tok in tokenize.tokenize(io.BytesIO(SOURCE.encode()).readline):
    print(tok)
    if tok.type == token.OP:
        print('   exact', token.tok_name[tok.exact_type])

print(list(tokenize.generate_tokens(io.StringIO("x = 1").readline)))
print(list(tokenize.generate_tokens(io.StringIO("if x:\n  y\n# end").readline)))
print(list(tokenize.generate_tokens(io.StringIO("$ ?").readline)))
print(list(tokenize.generate_tokens(io.StringIO("'abc\n").readline)))

toks = list(tokenize.tokenize(io.BytesIO(SOURCE.encode()).readline))
print(tokenize.untokenize(toks) == SOURCE.encode())
print(repr(tokenize.untokenize((t.type, t.string) for t in toks)))
print(repr(tokenize.untokenize([(token.NAME, 'x'), (token.OP, '='), (token.NUMBER, '1'),
                                (token.STRING, "'a'"), (token.STRING, "'b'")])))
try:
    tokenize.untokenize([(token.NAME, 'x', (2, 0), (2, 1), ''), (token.NAME, 'y', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)

for src in [b"# coding: latin-1\nx = '\xe9'\n", b'\xef\xbb\xbfx = 1\n', b"\n# vim: set fileencoding=ascii :\n",
            b"x = 1\n# coding: latin-1\n", b""]:
    print(tokenize.detect_encoding(io.BytesIO(src).readline))
for src in [b"# coding: nope\n", b'\xef\xbb\xbf# coding: latin-1\n', b"# coding: utf-8\n\xff\n"]:
    try:
        print(tokenize.detect_encoding(io.BytesIO(src).readline))
    except SyntaxError as e:
        print('SyntaxError', e)
print([t.string for t in tokenize.tokenize(io.BytesIO(b"# coding: latin-1\nx = '\xe9'\n").readline)])

for src in ['"""never closed\n', "x = (1,\n", "if x:\n    a\n  b\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(src).readline))
    except tokenize.TokenError as e:
        print('TokenError', e.args)
    except IndentationError as e:
        print('IndentationError', e.args)

print(token.tok_name[token.NAME], token.NT_OFFSET, token.N_TOKENS, token.ISTERMINAL(5),
      token.ISNONTERMINAL(300), token.ISEOF(0), token.EXACT_TOKEN_TYPES['**='])
print(len(token.tok_name), sorted(token.tok_name.items())[-6:])
print(tokenize.TokenInfo(1, 'x', (1, 0), (1, 1), 'x\n').exact_type, tokenize.tabsize)
print('tokenize' in tokenize.__all__, 'TokenInfo' in tokenize.__all__, 'NAME' in tokenize.__all__)
