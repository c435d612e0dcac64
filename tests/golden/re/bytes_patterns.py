# re: bytes patterns on bytes, bytearray and memoryview; ASCII classes; type mixing errors.
import re

print(re.match(b'ab+', b'abbbc'), re.search(rb'\d+', b'x123y').group())
m = re.search(rb'(?P<k>\w+)=(?P<v>\w*)', bytearray(b'  key=val '))
print(m.group(), m.groups(), m.groupdict(), type(m.group()).__name__, type(m.string).__name__)
print(re.findall(rb'\w', b'a\xe9b_1'), re.findall(rb'\s', b' \t\n\r\f\v\x1c\x85'))
print(re.findall(rb'\d', b'1\xb2'), re.findall(rb'[\x80-\xff]', b'a\x80\xff'))
print(re.findall(rb'(?i)\xe9', b'\xc9\xe9'), re.findall(rb'(?i)[a-c]', b'ABCabc'))
print(re.sub(rb'(\w+)', rb'[\1]', b'ab cd'), re.split(rb'\s*,\s*', b'a , b,c'))
print(re.fullmatch(rb'[^\x00]*', b'abc\x00'), re.escape(b'a.b*c\x00'))
print(re.compile(rb'\x41\101\n').match(b'AA\n'))
print(re.compile(b'a', re.I).flags, re.compile(b'(?L)a').flags, re.compile(b'(?a)a').flags)
for p, s in [('a', b'a'), (b'a', 'a'), ('a', bytearray(b'a')), (b'a', 1)]:
    try:
        re.search(p, s)
        print('no error')
    except TypeError as e:
        print('TypeError', e)
for p in [rb'\u0041', rb'\U00000041', rb'\N{LATIN SMALL LETTER A}', b'(?u)a']:
    try:
        re.compile(p)
    except re.error as e:
        print('error', e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', b'x', 'a')
except TypeError as e:
    print('TypeError', e)
ba = bytearray(b'hello world')
print([m.group() for m in re.finditer(rb'o', ba)], re.findall(rb'l+', ba))
