# re: pos/endpos handling: clamping, huge and negative values, index objects, pos > endpos.
import re

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

p = re.compile(r'\w')
for pos, endpos in [(0, 3), (-5, 2), (2, 100), (True, 2), (Idx(1), Idx(3)), (3, 1)]:
    m = p.search('abcd', pos, endpos)
    print(pos if not isinstance(pos, Idx) else 'Idx', m, None if m is None else (m.pos, m.endpos))
    print(' ', p.findall('abcd', pos, endpos), [x.span() for x in p.finditer('abcd', pos, endpos)])
for pat in ['', '$', 'a', '(?=c)', r'\Z', 'c?', '()']:
    c = re.compile(pat)
    print(repr(pat), c.match('abc', 2, 1), c.search('abc', 2, 1), c.fullmatch('abc', 2, 1),
          c.findall('abc', 2, 1), c.match('abc', 3, 0))
print(re.compile('^b').match('ab', 1), re.compile('^b').search('ab', 1), re.compile(r'\Ab').search('ab', 1))
print(re.compile('(?<=a)b').match('ab', 1), re.compile(r'\bb').match('ab', 1), re.compile(r'\Bb').match('ab', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'a\Z').search('ab', 0, 1), re.compile('a(?!b)').match('ab', 0, 1))
print(re.compile('b').fullmatch('abc', 1, 2), re.compile('b+').fullmatch('abbc', 1, 3))
for bad in ['1', 1.5, None]:
    try:
        p.match('abc', bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        p.search(b'abc' if False else 'abc', 0, bad)
    except TypeError as e:
        print('TypeError', e)
for big in [10**30, -10**30, 2**63, -2**63 - 1]:
    try:
        print(p.search('abc', big), p.search('abc', 0, big))
    except OverflowError as e:
        print('OverflowError', e)
    try:
        print(p.findall('abc', big))
    except OverflowError as e:
        print('OverflowError', e)
print(p.search('abc', 2**63 - 1), p.search('abc', -2**63))
m = p.match('abc', -3, 99)
print(m.pos, m.endpos, m.string, m.re.pattern)
b = re.compile(rb'\w')
print(b.match(b'abc', 1), b.search(bytearray(b'a c'), 1, 3), b.findall(b'abc', -1, 2))
