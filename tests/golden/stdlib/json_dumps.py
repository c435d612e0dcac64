# json.dumps / dump: formatting options, escapes, float reprs, keys.
import json

data = {'name': 'Ünïcode ☃ 𝄞', 'list': [1, 2.5, -0.0, 1e16, 1e-7, 3.14159, 0.1 + 0.2, 1e22, True, None],
        'nested': {'empty_list': [], 'empty': {}, 't': (1, 2)}, 'esc': 'q"b\\s/\n\t\r\b\f\x00\x1f\x7f\u2028',
        5: 'int key', 2.5: 'float key', None: 'none', True: 'bool', False: 'f'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', separators=(',', ':')))
print(json.dumps([1, [2, [3, {}]], {'k': []}], indent=0))
print(json.dumps({'b': 1, 'a': [3, 2], 'c': {'z': 0, 'y': 1}}, sort_keys=True, indent=1))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, separators=(',', ':')))
print(json.dumps([float('nan'), float('inf'), -float('inf')]), json.dumps('x'), json.dumps(None), json.dumps(True))
print(json.dumps(12345678901234567890), json.dumps(-0.0), json.dumps(1.0), json.dumps(100.0), json.dumps(1e100), json.dumps(2 ** 0.5))
print(json.dumps('\ud800'), json.dumps('\U0001f600'), json.dumps('\U0001f600', ensure_ascii=False), json.dumps(''))
print(json.dumps([]), json.dumps({}), json.dumps([[]], indent=4), json.dumps({'a': {}}, indent=4))
print(json.dumps({(1, 2): 1, 'a': 2, 3.0: 'x'}, skipkeys=True))
print(json.dumps({'a': 1}, indent=-1), json.dumps([1, 2], indent=''))

class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__), json.dumps([Pt(0, [1])], default=vars, indent=1))

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder), SetEncoder(indent=1).encode([frozenset('ba')]))
print(SetEncoder().item_separator, repr(SetEncoder(indent=2).item_separator), SetEncoder().key_separator)
print(list(json.JSONEncoder().iterencode({'a': [1, 'x']})), list(json.JSONEncoder(indent=1).iterencode([1])))

class IntLike(int):
    def __repr__(self): return 'IntLike!'
class FloatLike(float):
    def __repr__(self): return 'FloatLike!'
print(json.dumps([IntLike(5), FloatLike(2.5), {IntLike(1): FloatLike(0.5)}]))

class Writer:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = Writer()
json.dump({'a': [1, 2], 'b': None}, w)
print(w.parts, ''.join(w.parts))
w2 = Writer()
json.dump([1, {'x': 2}], w2, indent=2)
print(''.join(w2.parts))
