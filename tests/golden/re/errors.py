# re: bad patterns raise re.error with CPython's message, position, line and column.
import re

patterns = [
    '(', ')', 'a)', '(a', '(?', '(?P', '(?P<', '(?P<>a)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
    '(?P=', '(?P=a)', '(?P<a>(?P=a))', '(?Px)', '(?<', '(?<x)', '(?#abc', '(?z)', '(?i',
    '(?i-', '(?-', '(?-i', '(?i-i:a)', '(?a-u:x)', '(?-a:x)', '(?au)', '(?L)', '(?u)', '(?t:a)',
    '(?i-t:a)', '(?i-q:a)', '(?i:a', 'a(?i)', '(?i)(?m)x', '(?x)(?s)x', '*', '+a', 'a**', 'a*+*', 'a{2}{3}',
    '^*', r'\b+', 'a{3,2}', 'a{', 'a{1', 'a{,', 'a{x}', '[', '[a', '[]', '[^]', '[a-',
    '[z-a]', r'[\d-z]', r'[a-\d]', r'[\w-]', r'\\', '\\', 'a\\', r'\q', r'\8', r'\1', r'(a)\2',
    r'(a\1)', r'\x', r'\x1', r'\xzz', r'\u12', r'\U0011ffff', r'\U1234', r'\N', r'\N{', r'\N{}',
    r'[\8]', r'[\q]', r'\777', r'[\777]', r'\0777', '(?(', '(?()a)', '(?(1', '(?(1)a|b|c)',
    '(?(0)a)', '(?(-1)a)', '(?(x)a)', '(?(1a)a)', '(a)(?(2)a)', '(?(3)a)(b)', '(?<=a*)b', '(?<=a|bc)d', '(?<!a+)b',
    r'(a)(?<=\1)', r'(?<=(a)\1)', '(?<=(?P<x>a)(?P=x))b', '(?P<a>a)(?<=(?P=a))', 'a|(', '(?x)a #c\n(',
    'abc\n(', 'x\ny\n[z', '(?>', '(?>a', '(?i', 'a{99999999999}', 'a{1,99999999999}',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), '->', type(e).__name__, e)

for p in [b'(', b'\\u1234', b'[\\u12]', b'(?u)x', b'\\x4']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except re.error as e:
        print(p, '->', e, '|', e.msg, e.pos)

for flags, p in [(re.L, 'x'), (re.A | re.U, 'x'), (re.U, b'x'), (re.A | re.L, b'x')]:
    try:
        re.compile(p, flags)
    except ValueError as e:
        print('ValueError', e)

e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, re.error.__module__, re.error.__name__)
e = re.error('bad', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
e = re.error('bad', b'ab\ncd', 1)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__mro__[1].__name__)
try:
    re.compile('(?P<a>x')
except re.error as err:
    print(type(err).__name__, isinstance(err, Exception), err.args)
