# string.Template: substitute, safe_substitute, delimiters, errors.
from string import Template

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'a', 'what': 'b'}, who='kw wins'))
print(Template('${noun}ification and $$ and $$$x').substitute(noun='ident', x=5))
print(Template('$a$b ${a}b $a_b').safe_substitute(a=1, b=2))
print(Template('Price: $$10 $amount').safe_substitute())
print(Template('no placeholders').substitute(), Template('').substitute())
print(Template('$x').substitute(x=[1, 2]), Template('$x').substitute(x=None))
d = {'name': 'World'}
print(Template('Hello, $name! ${name}s').substitute(d), Template('$first $second').safe_substitute(first='only'))
t2 = Template('$a ${b} $c $a $$ $1')
print(t2.get_identifiers(), t2.is_valid(), Template('$a ${b}').is_valid())
print(Template('éé $ü ${x}').safe_substitute(x='X'))
try:
    Template('$who likes $what').substitute(who='tim')
except KeyError as e:
    print('KeyError', e)
for bad in ['abc $', 'line1\nfoo $1 bar', 'x ${ab', '$ x', 'a\nb\nc $}']:
    try:
        Template(bad).substitute(ab=1)
    except ValueError as e:
        print('ValueError', e)
    print(repr(Template(bad).safe_substitute()))

class Percent(Template):
    delimiter = '%'
print(Percent('%who owes %amount (100%%)').substitute(who='Bob', amount='$5'), Percent('%{x}y').substitute(x=1))
class Double(Template):
    delimiter = '##'
print(Double('##a and #### and ##{b}').substitute(a=1, b=2))
print(t.template, Template.delimiter)
