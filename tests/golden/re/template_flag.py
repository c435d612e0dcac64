# re: the deprecated TEMPLATE flag (no repeats allowed) and re.template().
import re

for p in ['a*', 'a*?', 'a*+', 'a{2}', '(?:ab)+', 'ab', '(a)|b', '[ab]c']:
    try:
        print(repr(p), re.compile(p, re.T).match('aabc'))
    except re.error as e:
        print(repr(p), 'error:', e)
print(re.template('a|b'), re.template('a|b').flags, re.T, re.TEMPLATE)
try:
    re.template('x+')
except re.error as e:
    print('error:', e)
print(repr(re.compile('(?t)a')), re.compile('(?t)a').flags)
