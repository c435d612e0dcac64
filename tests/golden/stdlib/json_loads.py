# json.loads / load: values, hooks, parse_* callbacks, round trips.
import json

docs = ['{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '[1, -2, 3.5, -0.0, 1e3, 2E-2, 12345678901234567890]',
        '"\\u00e9\\n\\t\\"\\\\\\/"', '"\\ud83d\\ude00"', '"\\ud800"', '"\\ud800\\u0041"', '  \n\t 42 \r\n',
        '[]', '{}', '[[[]]]', 'NaN', '[Infinity, -Infinity]', '"plain"', '{"a":1,"a":2}', '-0', '0.5', '[1e400]',
        '{"k": [1, {"k2": [2, 3]}]}', '"\\b\\f\\r"', '"é ☃"']
for d in docs:
    print(repr(d), '->', repr(json.loads(d)))
print(json.loads(b'[1, "bytes"]'), json.loads(bytearray(b'{"x": 1}')), json.loads('\ufeff'.encode('utf-8-sig') + b'[2]') if False else json.loads(b'[2]'))
print(json.loads('{"utf16": 1}'.encode('utf-16')), json.loads('[3]'.encode('utf-32-le')))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str), json.loads('[1, 2.0]', parse_int=float), json.loads('[NaN]', parse_constant=lambda s: 'const:' + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('["a\x01"]', strict=False), json.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder().raw_decode('  {"a": 1}', 2))

def as_point(d):
    if set(d) == {'x', 'y'}:
        return ('Point', d['x'], d['y'])
    return d
print(json.loads('[{"x": 1, "y": 2}, {"z": 3}]', object_hook=as_point))
class R:
    def read(self): return '{"r": [1, 2]}'
print(json.load(R()), json.load(R(), object_pairs_hook=dict))
sample = {'s': 'ü\n"', 'n': [1, 2.5, None, True], 'd': {'k': []}}
for kw in [{}, {'indent': 2}, {'ensure_ascii': False}, {'separators': (',', ':')}]:
    print(json.loads(json.dumps(sample, **kw)) == sample)
class MyDecoder(json.JSONDecoder):
    def decode(self, s):
        return ('decoded', super().decode(s))
print(json.loads('[1]', cls=MyDecoder))
