# shlex: split (posix and not, comments), quote/join, the shlex class with
# punctuation_chars, whitespace_split, escapes, get_token/push_token,
# error_leader, and the errors.
import shlex

CASES = [
    'ls -l "my file.txt" \'single q\' plain',
    'echo a\\ b "c\\"d" \'e\\f\' "g\\\\h" "i\\j"',
    'cmd --opt=value # a comment',
    'a"b"c \'d\'e""f',
    '  leading   and   trailing  ',
    '',
    'x=1 y=$HOME z=~/p *.py',
    'café naïve ß',
    "it's",
    'a&&b||c;d>e<f|g(h)',
    '"" \'\' x',
]
for text in CASES:
    for posix in (True, False):
        try:
            print(posix, shlex.split(text, posix=posix))
        except ValueError as e:
            print(posix, 'ValueError', e)
    try:
        print('  comments', shlex.split(text, comments=True))
    except ValueError as e:
        print('  comments ValueError', e)

for text in ['"open', "'open", 'trail\\', '"esc\\']:
    try:
        shlex.split(text)
    except ValueError as e:
        print(repr(text), 'ValueError', e)

for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'x@y%z+=:,./-', 'tab\there', 'é']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'hello world', "it's", '']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f'])))

lex = shlex.shlex('a && b || (c; d) > out.txt', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('ls -l|grep x>>log 2>&1', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a;b', punctuation_chars=';')
print(list(lex), lex.punctuation_chars)

lex = shlex.shlex('one two\nthree # c\nfour', infile='cfg')
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token())
print(lex.error_leader(), lex.get_token(), repr(lex.get_token()), lex.lineno, repr(lex.eof))
lex = shlex.shlex('k=v, x.y', posix=True)
print(list(lex))
lex = shlex.shlex('k=v, x.y')
lex.wordchars += '=.'
print(list(lex))
print(shlex.__all__)
