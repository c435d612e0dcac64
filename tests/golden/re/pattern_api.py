# re: Pattern attributes, repr, equality, hashing, cache, copy and pickle.
import re, copy, copyreg

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(x)?')
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print('TypeError', e)
print(repr(p))
print(repr(re.compile('a', re.I)), repr(re.compile('a', re.I | re.M | re.S | re.X)))
print(repr(re.compile('a', re.A)), repr(re.compile(b'a')), repr(re.compile(b'a', re.L | re.I)))
print(repr(re.compile('a', re.U)), repr(re.compile('(?i)a')), repr(re.compile('(?x) a')))
print(repr(re.compile('x' * 250)))
print(repr(re.compile("it's")), repr(re.compile('\n\t')))
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?s)a').flags, re.compile('a', re.A).flags)

print(re.compile('abc') == re.compile('abc'), re.compile('abc') == re.compile('abd'))
print(re.compile('abc') == re.compile('abc', re.I), re.compile('abc') == re.compile(b'abc'))
print(hash(re.compile('abc')) == hash(re.compile('abc')), re.compile('a') != re.compile('a'))
print(re.compile('abc') is re.compile('abc'), re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
for bad in [1, None, ['a']]:
    try:
        re.compile(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        re.search(bad, 'a')
    except TypeError as e:
        print('TypeError', e)
for bad in [1, None, ['a'], 2.5]:
    try:
        p.search(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile('a').match('a', 'x')
except TypeError as e:
    print('TypeError', type(e).__name__)

print(copy.copy(p) is p, copy.deepcopy(p) is p)
func, args = copyreg.dispatch_table[re.Pattern](p)
q = func(*args)
print(q == p, q is p, args, q.groupindex)
re.purge()
print(re.compile('abc') == re.compile('abc'))
print(re.search('b', 'abc', flags=re.I).span(), re.compile(pattern='a+').match(string='aa').span())
print(p.match('John Smith').groupdict(), p.search('x John Smithx').group(0, 3))
