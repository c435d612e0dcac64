# re: match/search/fullmatch and the whole Match API.
import re

def show(m):
    if m is None:
        print('None')
        return
    print(repr(m), m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)

show(re.match('abc', 'abcdef'))
show(re.match('bcd', 'abcdef'))
show(re.search('bcd', 'abcdef'))
show(re.fullmatch('abc', 'abcdef'))
show(re.fullmatch('abc.*', 'abcdef'))
show(re.fullmatch('a|ab', 'ab'))
show(re.search('', 'abc'))
show(re.search('$', 'abc'))

m = re.search(r'(?P<key>\w+)=(?P<val>\d+)?(x)?', '  size=42 ')
print(m.group(0), m.group(1), m.group('key'), m.group(1, 2, 'val'))
print(m[0], m[1], m['val'], m[3])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('val'), m.span(3))
print(m.pos, m.endpos, m.re, m.string, m.regs)
print(m.lastindex, m.lastgroup)
print(m.expand(r'\g<val>:\1:\g<0>'), m.expand(r'[\3]'))
for bad in [4, -1, 'nope', 2.0, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', bad, e)
for meth in ('start', 'end', 'span'):
    try:
        getattr(m, meth)(7)
    except IndexError as e:
        print(meth, 'IndexError', e)
try:
    m['nope']
except IndexError as e:
    print('getitem IndexError', e)
print(m.group(True), m.start(False))

p = re.compile(r'(a)(b)?')
m = p.match('xxab', 2)
print(m, m.pos, m.endpos, m.regs, m.lastindex)
m = p.match('xxab', 2, 3)
print(m, m.pos, m.endpos, m.regs, m.lastindex)
print(p.match('xxab', -10, 100), p.search('xxab', -10, 100).pos, p.search('xxab', -10, 100).endpos)
print(p.match('xxab'), p.search('xxab', 3), p.fullmatch('ab'), p.fullmatch('abc'), p.fullmatch('xab', 1))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))

print(repr(re.match('a' * 60, 'a' * 60)))
print(repr(re.match('.*', 'quote\'s "here"\n', re.S)))
print(repr(re.match(b'.+', b'bytes\x00\xff')))
print(re.match('(a)|(b)', 'b').lastindex, re.match('(a)|(b)', 'b').groups())
print(re.match('((a)b)', 'ab').lastindex, re.match('(a)(b)', 'ab').lastindex)
print(re.match('(?P<outer>(?P<inner>x))', 'x').lastgroup)
print(re.match('(x)(?P<n>y)?', 'x').lastgroup)

print(type(m).__name__, type(m).__module__, isinstance(m, re.Match), re.Match, re.Pattern)
print(re.Match[str], re.Pattern[bytes])
for cls in (re.Match, re.Pattern):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
import copy
m = re.match('a', 'a')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
