# re: string.Template subclasses that change pattern, idpattern, braceidpattern or flags.
import string, re

class Dotted(string.Template):
    idpattern = r'[_a-z][_a-z0-9.]*'

print(Dotted('$user.name is ${user.age}').substitute({'user.name': 'ann', 'user.age': 7}))

class Percent(string.Template):
    delimiter = '%'

print(Percent('%who likes %{what} 100%%').substitute(who='tim', what='pie'))

class Upper(string.Template):
    flags = 0
    idpattern = r'[A-Z]+'

print(Upper('$ABC $abc').safe_substitute(ABC='x', abc='y'))

class Custom(string.Template):
    pattern = r'''
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>[a-z]+)\]\] |
      (?P<invalid>)
    )
    '''

t = Custom('Hello [[name]], [[[[ literal [[x')
print(t.safe_substitute(name='world'))
try:
    t.substitute(name='world')
except ValueError as e:
    print('ValueError', e)
print(Custom('[[a]] and [[b]]').get_identifiers(), Custom('[[a]]').is_valid(), Custom('[[A').is_valid())

class Brace(string.Template):
    braceidpattern = r'[a-z]+:[a-z]+'

print(Brace('${ns:key} $plain').substitute({'ns:key': 1, 'plain': 2}))
try:
    Brace('${bad}').substitute({'bad': 1})
except ValueError as e:
    print('ValueError', e)
print(string.Template('$a $$ ${b}').substitute(a=1, b=2), type(Dotted.pattern).__name__, Dotted.pattern.flags)
