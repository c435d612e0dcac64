# collections: UserDict, UserList, UserString.
from collections import UserDict, UserList, UserString

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, d['a'], 'c' in d, len(d), list(d), d.get('zz', 'dflt'), sorted(d.items()))
print(d | {'D': 4}, type(d.copy()).__name__, d.copy() == d, UserDict.fromkeys('ab', 0))
class Missing(UserDict):
    def __missing__(self, key):
        return 'missing:' + key
print(Missing()['x'])
try:
    UserDict()['x']
except KeyError as e:
    print('KeyError', e)
del d['a']; print(d, d.pop('b'), d)

ul = UserList([3, 1, 2])
ul.sort(); ul.append(4); ul.extend(UserList([5])); ul.insert(0, 0)
print(ul, ul[1:3], type(ul[1:3]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), 3 in ul, ul.index(3), ul.count(1))
ul.reverse(); print(ul, ul.pop(), ul.pop(0), ul)
ul.remove(3); ul += (7,); print(ul, ul == [2, 1, 7], ul < [3], ul.copy(), type(ul.copy()).__name__)
ul[0] = 'x'; del ul[1]; print(ul, ul.data)

us = UserString('Hello World')
print(us.upper(), us.lower(), us[0:5], us + '!', '>' + us, us * 2, len(us), 'World' in us, us.split(), us.find('o'), us.replace('l', 'L', 2))
print(us.startswith('He'), us.center(15, '*'), us.count('l'), us == 'Hello World', us < 'Z', hash(us) == hash('Hello World'), str(us), repr(us))
print(type(us.strip()).__name__, us.title(), us.zfill(13), us.partition(' '), us.join(['a', 'b']), int(UserString('42')) + 1)
