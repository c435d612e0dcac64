# pickle: Pickler/Unpickler classes, persistent ids, dispatch_table,
# reducer_override, copyreg, __getnewargs_ex__, and the error messages.
import copyreg
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class KwNew:
    def __new__(cls, *, size):
        self = object.__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {'size': self.size}

    def __repr__(self):
        return f'KwNew(size={self.size})'


buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dump([1, 2])
p.dump('second')
p.clear_memo()
p.dump(Point(1, 2))
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load(), u.load())
try:
    u.load()
except EOFError as e:
    print('EOFError', e)

for proto in (2, 4, 5):
    data = pickle.dumps(KwNew(size=3), proto)
    print(proto, data, pickle.loads(data))


class PersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return 'point:%d:%d' % (obj.x, obj.y)
        return None


class PersistentUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, x, y = pid.split(':')
        x, y = int(x), int(y)
        return Point(x * 10, y * 10)


for proto in (0, 1, 4):
    buf = io.BytesIO()
    PersistentPickler(buf, proto).dump({'p': Point(1, 2)})
    print(buf.getvalue())
    buf.seek(0)
    print(PersistentUnpickler(buf).load())
    buf.seek(0)
    try:
        pickle.Unpickler(buf).load()
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)


class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Point] = lambda p: (Point, (p.y, p.x))


buf = io.BytesIO()
TablePickler(buf, 3).dump(Point(1, 2))
print(buf.getvalue(), pickle.loads(buf.getvalue()))


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, int) and not isinstance(obj, bool) and obj > 100:
            return (int, (str(obj),))
        return NotImplemented


buf = io.BytesIO()
OverridePickler(buf, 4).dump([5, 500, True])
print(buf.getvalue(), pickle.loads(buf.getvalue()))

copyreg.pickle(Point, lambda p: (Point, (p.x + 100, p.y)))
print(pickle.loads(pickle.dumps(Point(1, 2))))
del copyreg.dispatch_table[Point]

with open('_pickle_tmp.bin', 'wb') as f:
    pickle.dump({'k': [1.5, None]}, f, protocol=1)
with open('_pickle_tmp.bin', 'rb') as f:
    print(pickle.load(f))
import os
os.remove('_pickle_tmp.bin')

# Errors.
def local_func():
    def inner():
        pass
    return inner


class Unreducible:
    def __reduce__(self):
        return 42


class BadTuple:
    def __reduce__(self):
        return (Point,)


for obj in [local_func(), (x for x in []), Unreducible(), BadTuple()]:
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
for proto in (6, 100):
    try:
        pickle.dumps(1, proto)
    except ValueError as e:
        print('ValueError', e)
print(len(pickle.dumps(1, -1)), pickle.dumps(1, -1)[:2])
try:
    pickle.Pickler(io.BytesIO(), 4, buffer_callback=print)
except ValueError as e:
    print('ValueError', e)
try:
    pickle.Pickler(42)
except TypeError as e:
    print('TypeError', e)
for data in [b'', b'z', b'\xff', b'\x80\x04K', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01',
             b'(K\x01', b'K\x01', b'0', b'g5\n.', b'\x80\x06N.', b'cnosuchmod\nx\n.',
             b'cbuiltins\nnosuch\n.', b'Q.', b"S'a'\n.", b'\x93.', b"S'\\x41\\n'\n.", b'U\x03abc.']:
    try:
        print(repr(pickle.loads(data)))
    except (pickle.UnpicklingError, EOFError, ValueError, ImportError, AttributeError) as e:
        print(type(e).__name__, str(e).split(' on <module')[0])
try:
    pickle.loads('text')
except TypeError as e:
    print('TypeError', e)
print(pickle.loads(b'U\x03abc.', encoding='bytes'), pickle.loads(b'U\x02\xe9a.', encoding='latin1'))
print(pickle.PicklingError.__mro__)
print(issubclass(pickle.UnpicklingError, pickle.PickleError), pickle.PickleError.__module__)
print([pickle.PROTO, pickle.STOP, pickle.FRAME, pickle.MEMOIZE, pickle.HIGHEST_PROTOCOL,
       pickle.DEFAULT_PROTOCOL, pickle.format_version])
print(pickle.encode_long(255), pickle.encode_long(-256), pickle.decode_long(b'\xff\x00'))
