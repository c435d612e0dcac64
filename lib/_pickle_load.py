"""pickle's Unpickler: runs the opcodes of a pickle on a stack machine.

Errors follow CPython 3.11's C unpickler: EOFError "Ran out of input" when
an opcode is missing, UnpicklingError "pickle data was truncated" when an
argument is cut short, "invalid load key, 'c'." for unknown opcodes.
"""
import sys
from struct import unpack

import _compat_pickle
import pickle as _p
from copyreg import _extension_registry, _inverted_registry, _extension_cache

UnpicklingError = _p.UnpicklingError


class _Input:
    """The file, read through the current frame when there is one."""

    def __init__(self, file):
        self.file_read = file.read
        self.file_readline = file.readline
        self.frame = None
        self.frame_pos = 0

    def read(self, n):
        if self.frame is not None:
            data = self.frame[self.frame_pos:self.frame_pos + n]
            if len(data) == n or self.frame_pos < len(self.frame):
                self.frame_pos += len(data)
                if self.frame_pos >= len(self.frame):
                    self.frame = None
                if len(data) < n:
                    raise UnpicklingError("pickle data was truncated")
                return data
            self.frame = None
        data = self.file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def opcode(self):
        if self.frame is not None:
            if self.frame_pos < len(self.frame):
                c = self.frame[self.frame_pos:self.frame_pos + 1]
                self.frame_pos += 1
                if self.frame_pos >= len(self.frame):
                    self.frame = None
                return c
            self.frame = None
        c = self.file_read(1)
        if not c:
            raise EOFError("Ran out of input")
        return c

    def readline(self):
        if self.frame is not None:
            end = self.frame.find(b'\n', self.frame_pos)
            if end >= 0:
                line = self.frame[self.frame_pos:end + 1]
                self.frame_pos = end + 1
                if self.frame_pos >= len(self.frame):
                    self.frame = None
                return line
            raise UnpicklingError("pickle exhausted before end of frame")
        line = self.file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load_frame(self, size):
        if self.frame is not None and self.frame_pos < len(self.frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self.file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self.frame = data
        self.frame_pos = 0


class Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        """Read pickles from the binary file `file` (read and readline
        methods). encoding/errors decode protocol 0-2 8-bit strings
        ('bytes' keeps them as bytes)."""
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            file.read
            file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file = file
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read a pickled object from the file and return it."""
        if not hasattr(self, "_file"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self._in = _Input(self._file)
        self.read = self._in.read
        self.readline = self._in.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self.dispatch
        try:
            while True:
                key = self._in.opcode()
                handler = dispatch.get(key[0])
                if handler is None:
                    c = key[0]
                    if 0x20 <= c < 0x7f:
                        raise UnpicklingError("invalid load key, '%s'." % chr(c))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % c)
                handler(self)
        except _p._Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """The global `name` of `module` (imported as needed)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        if (module, name) == ('_codecs', 'encode'):
            try:
                __import__(module, level=0)
            except ImportError:
                return _p._codecs_encode
        __import__(module, level=0)
        if self.proto >= 4:
            return _p._getattribute(sys.modules[module], name)[0]
        try:
            return getattr(sys.modules[module], name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(
                name, sys.modules[module])) from None

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    # ------------------------------------------------------------ opcodes
    dispatch = {}

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= _p.HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[_p.PROTO[0]] = load_proto

    def load_frame(self):
        frame_size, = unpack('<Q', self.read(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._in.load_frame(frame_size)
    dispatch[_p.FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[_p.PERSID[0]] = load_persid

    def load_binpersid(self):
        if ('persistent_load' not in vars(self)
                and type(self).persistent_load is Unpickler.persistent_load):
            self.persistent_load(None)
        pid = self._pop()
        self.append(self.persistent_load(pid))
    dispatch[_p.BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[_p.NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[_p.NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[_p.NEWTRUE[0]] = load_true

    def load_int(self):
        data = self.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data, 0)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(val)
    dispatch[_p.INT[0]] = load_int

    def load_binint(self):
        self.append(unpack('<i', self.read(4))[0])
    dispatch[_p.BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self.read(1)[0])
    dispatch[_p.BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self.read(2))[0])
    dispatch[_p.BININT2[0]] = load_binint2

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))
    dispatch[_p.LONG[0]] = load_long

    def load_long1(self):
        n = self.read(1)[0]
        self.append(_p.decode_long(self.read(n)))
    dispatch[_p.LONG1[0]] = load_long1

    def load_long4(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_p.decode_long(self.read(n)))
    dispatch[_p.LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    dispatch[_p.FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self.read(8))[0])
    dispatch[_p.BINFLOAT[0]] = load_binfloat

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_unescape_bytes(data)))
    dispatch[_p.STRING[0]] = load_string

    def load_binstring(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))
    dispatch[_p.BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n, = unpack('<I', self.read(4))
        self.append(self.read(n))
    dispatch[_p.BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_p._decode_raw_unicode_escape(self.readline()[:-1]))
    dispatch[_p.UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n, = unpack('<I', self.read(4))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[_p.BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = unpack('<Q', self.read(8))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[_p.BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n, = unpack('<Q', self.read(8))
        self.append(self.read(n))
    dispatch[_p.BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n, = unpack('<Q', self.read(8))
        self.append(bytearray(self.read(n)))
    dispatch[_p.BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    dispatch[_p.NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        buf = self._top()
        with memoryview(buf) as m:
            if not m.readonly:
                self.stack[-1] = m.toreadonly()
    dispatch[_p.READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))
    dispatch[_p.SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))
    dispatch[_p.SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[_p.SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[_p.TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[_p.EMPTY_TUPLE[0]] = load_empty_tuple

    def _load_tuple_n(self, n):
        if len(self.stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(self.stack[len(self.stack) - n:])
        del self.stack[len(self.stack) - n:]
        self.append(items)

    def load_tuple1(self):
        self._load_tuple_n(1)
    dispatch[_p.TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self._load_tuple_n(2)
    dispatch[_p.TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self._load_tuple_n(3)
    dispatch[_p.TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[_p.EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[_p.EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[_p.EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[_p.FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[_p.LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    dispatch[_p.DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)), sys.exc_info()[2])
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[_p.INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[_p.OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))
    dispatch[_p.NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[_p.NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[_p.GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[_p.STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self.read(1)[0])
    dispatch[_p.EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(unpack('<H', self.read(2))[0])
    dispatch[_p.EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(unpack('<i', self.read(4))[0])
    dispatch[_p.EXT4[0]] = load_ext4

    def get_extension(self, code):
        nil = []
        obj = _extension_cache.get(code, nil)
        if obj is not nil:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))
    dispatch[_p.REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")
    dispatch[_p.POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[_p.POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self._top())
    dispatch[_p.DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))
    dispatch[_p.GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self.read(1)[0])
    dispatch[_p.BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(unpack('<I', self.read(4))[0])
    dispatch[_p.LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()
    dispatch[_p.PUT[0]] = load_put

    def load_binput(self):
        self.memo[self.read(1)[0]] = self._top()
    dispatch[_p.BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = unpack('<I', self.read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()
    dispatch[_p.LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()
    dispatch[_p.MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        self._top().append(value)
    dispatch[_p.APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[_p.APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value
    dispatch[_p.SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[_p.SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[_p.ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[_p.BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[_p.MARK[0]] = load_mark

    def load_stop(self):
        value = self._pop()
        raise _p._Stop(value)
    dispatch[_p.STOP[0]] = load_stop


def _unescape_bytes(data):
    # The body of a protocol 0 STRING: Python 2 string escapes.
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39,
              ord('"'): 34, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}
    while i < n:
        b = data[i]
        if b != 0x5c or i + 1 >= n:
            out.append(b)
            i += 1
            continue
        c = data[i + 1]
        if c in simple:
            out.append(simple[c])
            i += 2
        elif c == ord('x') and i + 3 < n + 1:
            out.append(int(data[i + 2:i + 4], 16))
            i += 4
        elif ord('0') <= c <= ord('7'):
            j = i + 1
            while j < n and j < i + 4 and ord('0') <= data[j] <= ord('7'):
                j += 1
            out.append(int(data[i + 1:j], 8) & 0xff)
            i = j
        else:
            out.append(b)
            i += 1
    return bytes(out)
