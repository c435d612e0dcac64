# re: verbose patterns and conditional groups in depth.
import re

phone = re.compile(r'''
    ^\(?            # optional open paren
    (?P<area>\d{3}) # area code
    (?(1)\)?)       # close paren only if the group matched
    [-.\ ]?         # separator, escaped space
    (\d{3})         # exchange
    [-. ]?          # separator (space kept inside a class)
    (\d{4})$        # number
''', re.VERBOSE)
for s in ['(555) 123-4567', '555.123.4567', '5551234567', '555-12-4567']:
    m = phone.match(s)
    print(s, None if m is None else m.groups())
print(re.findall(r'(?x) a  b # comment here', 'ab a b'))
print(re.findall(r'(?x)[# ]', 'a# b'), re.findall(r'(?x)\#', '#'), re.findall('(?x)a{ 2 }', 'aa a{ 2 }'))
print(re.findall('(?x)a  {2}', 'aa'), re.findall('(?x)(?# comment )a', 'a'))
print(re.match('(?x: a b ) c', 'ab c'), re.match('(?x)(?-x: a) b', ' ab'))
print(re.findall('(?x)\\ ', 'a b'), re.findall('(?x)a|\nb', 'ab'))
print(re.findall(r'(<)?(\w+)(?(1)>|$)', '<a> b <c d'))
print(re.findall(r'(?P<open>\()?\d+(?(open)\))', '(1) 2 (3 4)'))
print(re.fullmatch(r'(a)?(?(1)b|c)+', 'abbb'), re.fullmatch(r'(a)?(?(1)b|c)+', 'ccc'))
print(re.match(r'(?:(a)|x)(?(1)y)z', 'xz').groups(), re.match(r'(a)?(?(1)|b)', 'b').span())
print(re.sub(r'(\d)?x(?(1)y)', '#', '1xy x 2x'))
for p in ['(?(1)a|b|c)', '(?(a)x)', '(?(1x)a)', '(?(0)a)', '(a)(?(2)b)', '(?(1)', '(?<n>a)(?(n)b)']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, 'error:', e)
