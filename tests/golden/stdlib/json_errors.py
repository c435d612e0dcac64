# json: JSONDecodeError messages and positions, encoder errors.
import json

for s in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\x01"', '"\\q"', '"\\u12"', '"\\uzzzz"',
          'nul', '[', '{', '{"a":', '1 2', '-', '01', '1.', '1e', '.5', '+1', '\ufeff1', '[1,\n2,\n x]', '"\\', '{"a"',
          '{"a":1', '[1', 'tru', 'True', "'single'", '  \n  {"x": [1, 2', '[1]]', '{"a":1 "b":2}', '[-]', 'Infinity1']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'ERR', e, '|', e.msg, e.pos, e.lineno, e.colno)
e = json.JSONDecodeError('Custom', 'line1\nline2', 8)
print(e, e.lineno, e.colno, isinstance(e, ValueError), json.JSONDecodeError.__mro__[1].__name__, e.doc)
for bad in [5, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as err:
        print('TypeError', err)
for kw in [{}, {'indent': 2}]:
    for bad in [[float('nan')], {'x': float('inf')}, {(1, 2): 1}, object(), {'k': {1, 2}}]:
        try:
            print(json.dumps(bad, allow_nan=False, **kw))
        except (ValueError, TypeError) as err:
            print(type(err).__name__, err)
    l = []
    l.append(l)
    d = {}
    d['self'] = d
    for circ in [l, d]:
        try:
            json.dumps(circ, **kw)
        except ValueError as err:
            print('ValueError', err)
class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as err:
    print('ValueError', err)
try:
    json.dumps(Loop(), default=lambda o: [o])
except ValueError as err:
    print('ValueError', err)
print(json.dumps([float('nan')], check_circular=False))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
try:
    json.dump([1, 2, float('nan')], w, allow_nan=False)
except ValueError as err:
    print('ValueError', err, w.parts)
