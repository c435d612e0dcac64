a = '\n\t\r\\\'\"\a\b\f\v'
b = '\x41\101\0\777'
c = '\u00e9\U0001F600'
d = '\N{BULLET}\N{LATIN SMALL LETTER A}'
e = '\d\w invalid escapes'
f = 'line\
continued'
