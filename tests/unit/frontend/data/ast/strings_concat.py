a = 'a' 'b' "c"
b = b'x' b'y'
c = u'a' 'b'
d = ('multi'
     'line')
