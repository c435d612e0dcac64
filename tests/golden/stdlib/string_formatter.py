# string: constants, capwords, Template, Formatter (parsing and errors).
import string
from string import Template, Formatter
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords('  hello   world  foo '), string.capwords('a-b-c', '-'))
t = Template('$who likes ${what}; cost: $$5 $x')
print(t.substitute(who='tim', what='kung pao', x=1), t.safe_substitute(who='tim'), t.get_identifiers(), t.is_valid())
print(t.substitute({'who': 'a', 'what': 'b', 'x': 'c'}, x='kw'))
try: t.substitute(who='tim')
except KeyError as e: print('KeyError', e)
for bad in ['abc $', 'line1\nfoo $1 bar', '${ab', '$ x']:
    try: Template(bad).substitute()
    except ValueError as e: print(e)
    print(repr(Template(bad).safe_substitute()), Template(bad).is_valid())
class P(Template): delimiter = '%'
print(P('%who %% %{x}').substitute(who='me', x=2))
f = Formatter()
print(f.format('{0} {1!r} {name:>5} {obj.real} {lst[1]} {{x}}', 'a', 'b', name='n', obj=3, lst=[7, 8]))
print(f.format('{} {}', 1, 2), f.format('{:{}}|', 'ab', 5), list(f.parse('a{{b}}c{0!r:>3}d{}')))
for bad in ['{', '}', '{0!}', '{0!x}', '{} {0}', '{0} {}', '{0!rx}', 'a{b', '{a.}', '{a[}']:
    try: print(f.format(bad, 1, a=1))
    except (ValueError, KeyError, IndexError) as e: print(type(e).__name__, e)
class Up(Formatter):
    def format_field(self, v, spec): return super().format_field(v, spec).upper()
print(Up().format('{} and {x}', 'abc', x='def'))
for s in ['{0!}', '{0!}x', '{a[}', '{a[}]', '{0!r', '{!}', '{0:{1!}}', '{a[x}', '{0!rx}', '{0!r:}', '{0[}', '{0:x{}', '{0!', '{abc', 'x}}y{{', '{0:{1}}']:
  for fn in [lambda: list(Formatter().parse(s)), lambda: Formatter().format(s, 1, 2, a=1)]:
    try: print(repr(s), fn())
    except Exception as e: print(repr(s), type(e).__name__, e)
