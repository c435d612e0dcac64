# re: findall (0, 1 and many groups), finditer, pos/endpos, scanner and Scanner.
import re

print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\w)(\d+)', 'a1 b22 c333'))
print(re.findall(r'(\w)\d+', 'a1 b22 c333'))
print(re.findall(r'(a)|(b)', 'ab'))
print(re.findall(r'(a)?b', 'b ab'))
print(re.findall(r'', 'abc'), re.findall(r'x*', 'axxb'), re.findall(r'\b', 'ab cd'))
print(re.findall(r'(?:a|(b))+', 'abab'))
print(re.findall(b'[a-z]+', b'ab 12 cd'), re.findall(b'(.)(.)', bytearray(b'abcd')))
p = re.compile(r'\w')
print(p.findall('abcdef', 2), p.findall('abcdef', 2, 4), p.findall('abcdef', 4, 2), p.findall('abcdef', -5, 100))
print(p.findall('abcdef', endpos=3), re.compile('^a').findall('aaa', 1), re.compile(r'$').findall('abc', 0, 2))
for m in re.finditer(r'(\w+)=(\d+)', 'a=1, bb=22, c=x, d=4'):
    print(m.span(), m.groups(), m.pos, m.endpos)
print([m.span() for m in re.finditer('', 'ab')], [m.group() for m in re.finditer('a*', 'baac')])
it = re.finditer('a', 'aa')
print(type(it).__name__, next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('StopIteration')
print([m.span() for m in p.finditer('abcd', 1, 3)], [m.pos for m in p.finditer('abcd', 1, 3)])
s = p.scanner('ab cd')
print(s.pattern is p, s.match().group(), s.match().group(), s.match(), s.match())
s = p.scanner('ab cd')
print(s.search().group(), s.search().group(), s.search().group(), s.search().group(), s.search())
s = re.compile('').scanner('ab')
print([s.search().span() for _ in range(3)], s.search())

def ident(scanner, token): return ('ID', token)
def num(scanner, token): return ('NUM', int(token))
sc = re.Scanner([
    (r'[a-zA-Z_]\w*', ident),
    (r'\d+', num),
    (r'=|\+', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(sc.scan('x = y + 42 ?rest'))
print(sc.scan(''))
