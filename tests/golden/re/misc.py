# re: escape, purge and cache, anchors, word boundaries, long inputs and deep nesting.
import re

print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o'), re.escape(' \t\n\r\v\f#&~-'))
print(re.escape('abc_123'), re.escape(''), re.escape('!"%\',/:;<=>@`'))
print(re.match(re.escape('1+1=2?'), '1+1=2?').group())
re.purge()
p1 = re.compile('abc')
print(re.compile('abc') is p1, re.compile('abc', re.I) is p1)
re.purge()
print(re.compile('abc') is p1)

for p in [r'^a', r'a$', r'\Aa', r'a\Z', r'\ba', r'a\b', r'\Ba', r'a\B']:
    print(p, re.findall(p, 'a ab ba a'), re.findall(p, 'a\na', re.M))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'^$', ''), re.search(r'$', 'a\n').span())
print(re.findall(r'$', 'a\nb\n'), re.findall(r'$', 'a\nb\n', re.M), re.findall(r'^', 'a\nb\n', re.M))

n = 100000
print(re.match(r'(?:a|b)*c', 'ab' * n + 'c').span())
print(re.match(r'(a|b)*c', 'ab' * n + 'c').span(1))
print(re.match(r'(?:(a)|b)*?c', 'ab' * n + 'c').span())
print(re.search(r'x', 'y' * n + 'x').span(), len(re.findall(r'y', 'y' * n)))
print(re.match(r'.*x', 'y' * n), re.match(r'(?:.)*x', 'y' * 1000))
print(re.match(r'\w+\s*' * 30, 'word ' * 30).span())
deep = '(' * 200 + 'a' + ')' * 200
m = re.match(deep, 'a')
print(m.span(), len(m.groups()), m.lastindex)
deep2 = '(?:' * 100 + 'a' + ')*' * 100
print(re.match(deep2, 'aaa').span())
print(re.match('(?:a|b|c|d|e|f|g)+', 'abcdefg' * 1000).span())
alts = '|'.join('w%d' % i for i in range(500))
print(re.search('(?:' + alts + ')$', 'x w499').span())
print(re.match('(a+)+b', 'a' * 18 + 'c'))
