# graphlib.TopologicalSorter: static orders, the get_ready/done protocol,
# cycles and every error message.
import graphlib

graphs = [
    {},
    {'a': []},
    {'d': {'b', 'c'}, 'c': {'a'}, 'b': {'a'}},
    {2: {11}, 9: {11, 8, 10}, 10: {11, 3}, 11: {7, 5}, 8: {7, 3}},
    {'x': ['y', 'y'], 'y': []},
]
for g in graphs:
    print(list(graphlib.TopologicalSorter(g).static_order()))

ts = graphlib.TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('link', 'compile')
ts.add('test', 'build')
ts.add('docs')
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print(step, ready, bool(ts))
    ts.done(*ready)
    step += 1
print(ts.get_ready(), ts.is_active())

for g in [{'a': {'b'}, 'b': {'a'}}, {1: [2], 2: [3], 3: [1], 4: [1]}, {'s': ['s']}]:
    try:
        graphlib.TopologicalSorter(g).prepare()
    except graphlib.CycleError as e:
        print('CycleError', e.args, isinstance(e, ValueError))

ts = graphlib.TopologicalSorter({'b': ['a']})
for call in [ts.get_ready, ts.is_active, lambda: ts.done('a')]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
ts.prepare()
for call in [ts.prepare, lambda: ts.add('c'), lambda: ts.done('zz'), lambda: ts.done('b')]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
print(ts.get_ready())
ts.done('a')
try:
    ts.done('a')
except ValueError as e:
    print('ValueError', e)
print(graphlib.TopologicalSorter[str], graphlib.__all__)
