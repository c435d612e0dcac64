# re: sub/subn with templates and callables, split with groups and maxsplit, empty matches.
import re

print(re.sub(r'\d+', '#', 'a1b22c333'))
print(re.sub(r'\d+', '#', 'a1b22c333', count=2), re.sub(r'\d+', '#', 'a1b22c333', 1))
print(re.subn(r'\d+', '#', 'a1b22c333'), re.subn(r'x', '#', 'abc'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<user>\w+)@(?P<host>\w+)', r'\g<host>/\g<user>/\g<0>/\g<1>', 'joe@home'))
print(re.sub(r'(a)', r'\1\n\t\\\x', 'a') if False else repr(re.sub(r'(a)', r'[\1\n\t\\]', 'a')))
print(repr(re.sub('a', r'\0\01\012\101', 'a')))
print(re.sub(r'(a)(b)?', r'[\2]', 'a ab'))
print(re.sub('(a)|b', lambda m: m.group(1) or 'B', 'ab'))
print(re.sub(r'\w+', lambda m: m.group().upper(), 'hello big world'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub('x', lambda m: '', 'axbxc'), re.sub('x', '', 'axbxc'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('a|', '-', 'bab'))
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'(?=b)', '^', 'abab'), re.sub('$', '!', 'a\n'))
print(re.subn('', '-', ''), re.subn('^', '>', 'a\nb', flags=re.M))
print(re.sub('a', 'b', 'aaa', count=-1), re.sub('a', 'b', 'aaa', count=0))
print(re.sub(b'a+', b'<\\g<0>>', b'baaac'), re.sub(b'a', lambda m: b'X', bytearray(b'aba')))
print(re.sub('a', 'x\\', 'a') if False else 'skip')
counter = []
def repl(m):
    counter.append(m.span())
    return '%d' % len(counter)
print(re.sub(r'o', repl, 'foo boo'), counter)
p = re.compile(r'(\d)')
print(p.sub(r'<\1>', 'a1b2'), p.subn(lambda m: m[1] * 3, 'a1b2', 1))

for tmpl in [r'\3', r'\g<3>', r'\g<x>', r'\g<-1>', r'\g<1x>', r'\g', r'\g<', r'\g<1', r'\q', r'\400', 'x\\', r'\g<>', r'\g<0000000000000000001>']:
    try:
        print(repr(tmpl), repr(re.sub(r'(a)(b)?', tmpl, 'ab')))
    except (re.error, IndexError) as e:
        print(repr(tmpl), type(e).__name__, e)
for bad in [1, None, b'x']:
    try:
        re.sub('a', bad, 'a')
    except TypeError as e:
        print('TypeError', e)
for bad in [lambda m: 1, lambda m: b'x']:
    try:
        re.sub('a', bad, 'xax')
    except TypeError as e:
        print('TypeError', e)
print(re.sub('a', lambda m: None, 'bab') if False else 'none-repl skipped')
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.I))
print(re.split(r'(\W+)?', 'a b'), re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'a b'), re.split('', 'abc'), re.split('^', 'a\nb', flags=re.M))
print(re.split(',', ''), re.split('', ''), re.split('x', 'x'), re.split(',', 'a,b', -1))
print(re.split(b',', b'a,b,,c'), re.split(r'(?<=,)', 'a,b,c'), re.split('(,)', 'a,b', 1))
print(re.compile(r'\s+').split('  a  b  '), re.compile(r'(\s)+').split(' a b '))
for bad in ['1', 1.5, 2**64]:
    for f in (lambda: re.split('a', 'bab', bad), lambda: re.sub('a', 'x', 'bab', bad)):
        try:
            f()
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
print(re.split('a', 'bab', True), re.sub('a', 'x', 'aaa', True))
