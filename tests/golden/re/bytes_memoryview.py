# re: memoryview subjects and templates (buffers other than bytes/bytearray).
import re

m = re.search(rb'b+', memoryview(b'abbbc'))
print(m.span(), m.group(), type(m.group()).__name__, type(m.string).__name__)
print(re.findall(rb'\w+', memoryview(b'ab cd')), re.split(rb',', memoryview(b'a,b')))
print(re.sub(rb'a', memoryview(b'<\\g<0>>'), b'bab'), re.sub(rb'a', b'x', memoryview(b'bab')))
try:
    re.search('a', memoryview(b'a'))
except TypeError as e:
    print('TypeError', e)
print([m.span() for m in re.finditer(rb'a', memoryview(b'aba'))])
