# collections: defaultdict, OrderedDict, ChainMap.
from collections import defaultdict, OrderedDict, ChainMap

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['missing'], len(dd), dd.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items()))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(lambda: 'x', a=1)['b'] if False else defaultdict(str, a='1'))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']), 'x' in nested, nested.get('q'), 'q' in nested)
cp = dd.copy(); cp['c'].append(9); print(type(cp).__name__, cp, 'c' in dd)
print(dd | {'z': [0]}, type(dd | {}).__name__, {'y': 1} | defaultdict(int, x=2))
nd = defaultdict(None)
try:
    nd['k']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
print(defaultdict(set).__missing__('new'), defaultdict(list, [(1, [2])]))

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
od['z'] = 26; od['y'] = 25; od.setdefault('x', 24); print(od, od.pop('z'), od)
print(list(od.keys()), list(od.values()), list(od.items()), list(reversed(od)))
print(od.keys(), od.values(), od.items(), OrderedDict(), OrderedDict([('k', [1])]))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=1))
print(OrderedDict.fromkeys('abc', 0), OrderedDict(a=1) | {'b': 2}, od.copy(), type(od.copy()).__name__)
o2 = OrderedDict.fromkeys('abcde')
o2.move_to_end('b'); o2.move_to_end('d', False); del o2['c']; o2['c'] = 1
print(list(o2), list(o2.items())[0])
for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('q'), lambda: OrderedDict().pop('x')]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
lru = OrderedDict()
for key in ['a', 'b', 'c', 'a', 'd', 'b', 'e']:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['color'], cm['user'], len(cm), list(cm), sorted(cm.items()), 'color' in cm, cm.get('nope', 0))
cm['new'] = 1; print(cli, cm.maps[0] is cli)
child = cm.new_child({'user': 'child'})
print(child['user'], child.parents['user'], len(child.maps), child)
print(ChainMap(), ChainMap({'a': 1}, {'b': 2}), ChainMap({'a': 1}).new_child())
del cm['new']
for bad in [lambda: cm.__delitem__('color'), lambda: cm.pop('color'), lambda: ChainMap({}).popitem(), lambda: cm['missing']]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
print(dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})), ChainMap({'a': 1}) | {'b': 2}, bool(ChainMap({})), bool(ChainMap({}, {'x': 0})))
