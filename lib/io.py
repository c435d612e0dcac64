"""The io module: stream classes and open() (Coil's own implementation).

open() and the classes of the objects it returns (TextIOWrapper over a file,
BufferedReader/Writer/Random) are native (the _io module). This module adds
the IOBase class hierarchy (the native classes are registered as virtual
subclasses), StringIO, BytesIO, FileIO and a TextIOWrapper that wraps any
binary buffer object (e.g. a BytesIO)."""

import abc
import builtins
import os as _os

import _io
from _io import DEFAULT_BUFFER_SIZE, UnsupportedOperation, BufferedReader, BufferedWriter, BufferedRandom

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = builtins.open
BlockingIOError = builtins.BlockingIOError


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """Return the encoding open() uses for `encoding` (None -> "locale")."""
    if encoding is None:
        return "locale"
    return encoding


def _place(cls, module):
    """Gives a class the module CPython shows for it."""
    cls.__module__ = module
    return cls


def _read_into(b, read):
    """readinto() over a read(n) function: fills the buffer b."""
    m = memoryview(b).cast("B")
    data = read(len(m))
    n = len(data)
    m[:n] = data
    return n


# ---------------------------------------------------------------- the hierarchy

class _IOBase(metaclass=abc.ABCMeta):
    """The abstract base class for all I/O classes."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return self.__closed

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _size_arg(size)
        out = bytearray()
        while size < 0 or len(out) < size:
            b = self.read(1)
            if not b:
                break
            out += b
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


_place(_IOBase, "_io")


class IOBase(_IOBase):
    __doc__ = _IOBase.__doc__


_place(IOBase, "io")


def _index(value):
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
    return index(value)


def _size_arg(size):
    if size is None:
        return -1
    try:
        index = size.__index__
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") from None
    return index()


class _RawIOBase(_IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


_place(_RawIOBase, "_io")


class RawIOBase(_RawIOBase, IOBase):
    __doc__ = _RawIOBase.__doc__


_place(RawIOBase, "io")


class _BufferedIOBase(_IOBase):
    """Base class for buffered IO objects."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        return _read_into(b, self.read)

    def readinto1(self, b):
        return _read_into(b, self.read1)

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


_place(_BufferedIOBase, "_io")


class BufferedIOBase(_BufferedIOBase, IOBase):
    __doc__ = _BufferedIOBase.__doc__


_place(BufferedIOBase, "io")


class _TextIOBase(_IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


_place(_TextIOBase, "_io")


class TextIOBase(_TextIOBase, IOBase):
    __doc__ = _TextIOBase.__doc__


_place(TextIOBase, "io")

for _klass in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
TextIOBase.register(_io.TextIOWrapper)


# ---------------------------------------------------------------- StringIO

_NEWLINES = (None, "", "\n", "\r", "\r\n")


def _check_newline(newline, quoted=True):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
    if newline not in _NEWLINES:
        raise ValueError(f"illegal newline value: {newline!r}" if quoted else f"illegal newline value: {newline}")


def _translate_universal(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        _check_newline(newline)
        self._newline = newline
        # The value is self._text + "".join(self._tail): appends at the end
        # go to _tail (cheap), anything else joins it into _text first.
        self._text = ""
        self._tail = []
        self._size = 0
        self._pos = 0
        self._closed = False
        self._seen = 0  # newline kinds seen when translating: 1 '\r', 2 '\n', 4 '\r\n'
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline:
            return None
        kinds = [k for bit, k in ((1, "\r"), (2, "\n"), (4, "\r\n")) if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def _record_newlines(self, s):
        crlf = s.count("\r\n")
        if crlf:
            self._seen |= 4
        if s.count("\r") > crlf:
            self._seen |= 1
        if s.count("\n") > crlf:
            self._seen |= 2

    def _value(self):
        if self._tail:
            self._text += "".join(self._tail)
            self._tail = []
        return self._text

    def getvalue(self):
        self._check()
        return self._value()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if not self._newline:
            self._record_newlines(s)
        if self._newline is None:
            s = _translate_universal(s)
        elif self._newline == "":
            pass
        elif self._newline != "\n":
            s = s.replace("\n", self._newline)
        if not s:
            return n
        pos = self._pos
        if pos == self._size:
            self._tail.append(s)
            self._size += len(s)
        else:
            text = self._value()
            if pos > self._size:
                text += "\0" * (pos - self._size)
            text = text[:pos] + s + text[pos + len(s):]
            self._text = text
            self._size = len(text)
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        if self._pos >= self._size:
            return ""
        text = self._value()
        end = self._size if size < 0 else min(self._size, self._pos + size)
        out = text[self._pos:end]
        self._pos = end
        return out

    def _line_end(self, start, limit):
        text = self._value()
        n = self._size if limit < 0 else min(self._size, start + limit)
        newline = self._newline
        if newline is None or newline == "\n":
            i = text.find("\n", start, n)
            return n if i < 0 else i + 1
        if newline == "":
            i = text.find("\n", start, n)
            j = text.find("\r", start, n if i < 0 else i)
            if j < 0:
                return n if i < 0 else i + 1
            return j + 2 if text[j + 1:j + 2] == "\n" and j + 1 < n else j + 1
        i = text.find(newline, start, n)
        return n if i < 0 else i + len(newline)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        if self._pos >= self._size:
            return ""
        end = self._line_end(self._pos, size)
        out = self._text[self._pos:end]
        self._pos = end
        return out

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._size
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        else:
            pos = _size_arg(pos)
            if pos < 0:
                raise ValueError(f"Negative size value {pos}")
        if pos < self._size:
            self._text = self._value()[:pos]
            self._size = pos
        return pos

    def detach(self):
        raise UnsupportedOperation("detach")

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


_place(StringIO, "_io")
TextIOBase.register(StringIO)


# ---------------------------------------------------------------- BytesIO

class BytesIO(_BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b""):
        self._buffer = bytearray()
        self._pos = 0
        self._closed = False
        self._views = []
        if isinstance(initial_bytes, str):
            raise TypeError(f"a bytes-like object is required, not '{type(initial_bytes).__name__}'")
        if initial_bytes is not None:
            self._buffer += memoryview(initial_bytes).cast("B") if not isinstance(
                initial_bytes, (bytes, bytearray)) else initial_bytes

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _check_exports(self):
        live = []
        for view in self._views:
            try:
                view.obj
            except ValueError:
                continue
            live.append(view)
        self._views = live
        if live:
            raise BufferError("Existing exports of data: object cannot be re-sized")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._check_exports()
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def getvalue(self):
        self._check()
        return bytes(self._buffer)

    def getbuffer(self):
        self._check()
        view = memoryview(self._buffer)
        self._views.append(view)
        return view

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buffer
        if self._pos >= len(buf):
            return b""
        end = len(buf) if size < 0 else min(len(buf), self._pos + size)
        out = bytes(buf[self._pos:end])
        self._pos = end
        return out

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buffer
        if self._pos >= len(buf):
            return b""
        nl = buf.find(b"\n", self._pos)
        end = len(buf) if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, self._pos + size)
        out = bytes(buf[self._pos:end])
        self._pos = end
        return out

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, b):
        self._check()
        return _read_into(b, self.read)

    readinto1 = readinto

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        data = memoryview(b).cast("B").tobytes() if not isinstance(b, (bytes, bytearray)) else b
        n = len(data)
        if n == 0:
            return 0
        self._check_exports()
        buf = self._buffer
        if self._pos > len(buf):
            buf.extend(bytes(self._pos - len(buf)))
        buf[self._pos:self._pos + n] = data
        self._pos += n
        return n

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError(f"negative size value {size}")
        if size < len(self._buffer):
            self._check_exports()
            del self._buffer[size:]
        return size

    def __getstate__(self):
        return (self.getvalue(), self._pos, None)


_place(BytesIO, "_io")
BufferedIOBase.register(BytesIO)


# ---------------------------------------------------------------- FileIO

class FileIO(_RawIOBase):
    """Raw file I/O over an OS file descriptor."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        if not set(mode) <= set("xrwab+") or len(set(mode)) != len(mode):
            raise ValueError(f"invalid mode: {mode}")
        kinds = sum(c in "rwax" for c in mode)
        if kinds != 1:
            raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
        self._readable = "r" in mode or "+" in mode
        self._writable = "r" not in mode or "+" in mode
        self._appending = "a" in mode
        self._created = "x" in mode
        if "+" in mode:
            flags = _os.O_RDWR
        elif "r" in mode:
            flags = _os.O_RDONLY
        else:
            flags = _os.O_WRONLY
        if "w" in mode:
            flags |= _os.O_CREAT | _os.O_TRUNC
        elif "a" in mode:
            flags |= _os.O_CREAT | _os.O_APPEND
        elif "x" in mode:
            flags |= _os.O_CREAT | _os.O_EXCL
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is None:
                fd = _os.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError(f"opener returned {fd}")
            import stat as _stat
            if _stat.S_ISDIR(_os.fstat(fd).st_mode):
                _os.close(fd)
                raise IsADirectoryError(21, "Is a directory", file)
        self._fd = fd
        self._closefd = closefd
        self.name = file
        if self._appending:
            _os.lseek(fd, 0, 2)

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    @property
    def closefd(self):
        return self._closefd

    @property
    def closed(self):
        return self._fd < 0

    def _check(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file")

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        try:
            _os.lseek(self._fd, 0, 1)
        except OSError:
            return False
        return True

    def isatty(self):
        self._check()
        return _os.isatty(self._fd)

    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        return _os.read(self._fd, size)

    def readall(self):
        self._check()
        chunks = []
        while True:
            data = _os.read(self._fd, DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        self._check()
        return _read_into(b, self.read)

    def write(self, b):
        self._check()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        return _os.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check()
        return _os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        _os.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                _os.close(fd)

    def __repr__(self):
        name = type(self).__module__ + "." + type(self).__qualname__
        if self._fd < 0:
            return f"<{name} [closed]>"
        return f"<{name} name={self.name!r} mode={self.mode!r} closefd={self._closefd!r}>"

    def __del__(self):
        if self._fd >= 0 and self._closefd:
            try:
                _os.close(self._fd)
            except OSError:
                pass
            self._fd = -1


_place(FileIO, "_io")
RawIOBase.register(FileIO)


# ---------------------------------------------------------------- TextIOWrapper

def _utf8_cut(data):
    """Length of the longest prefix of data that ends on a UTF-8 sequence
    boundary (the rest may be completed by the next chunk)."""
    n = len(data)
    i = n - 1
    # Look back at most 3 bytes for the lead byte of a truncated sequence.
    while i >= 0 and i >= n - 4:
        c = data[i]
        if c < 0x80:
            return n
        if c >= 0xC0:
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            return n if n - i >= need else i
        i -= 1
    return n


class TextIOWrapper(_TextIOBase):
    """Character and line based layer over a BufferedIOBase object, buffer."""

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline, quoted=False)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        "".encode(encoding)  # LookupError for unknown encodings
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._readtranslate = newline is None
        self._readuniversal = not newline
        self._writenl = newline if newline else _os.linesep
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        norm = encoding.lower().replace("_", "-")
        self._kind = ("utf8" if norm in ("utf-8", "utf8") else
                      "utf16" if norm.startswith("utf-16") else
                      "utf32" if norm.startswith("utf-32") else "single")
        self._decode_encoding = encoding
        self._reset_read()
        self._seen = 0

    def _reset_read(self):
        self._text = ""       # decoded text not yet returned (raw newlines)
        self._pending = b""   # bytes read but not decodable yet
        self._eof = False
        self._pending_cr = False  # a decoded '\r' not yet known to start '\r\n'

    def _record_newlines(self, text, final):
        """Notes the newline kinds of freshly decoded text (for `newlines`),
        as CPython's decoder does: a '\r' ending a chunk waits for the next."""
        if not self._readuniversal:
            return
        if self._pending_cr:
            self._pending_cr = False
            if text.startswith("\n"):
                self._seen |= 4
                text = text[1:]
            else:
                self._seen |= 1
        if text.endswith("\r") and not final:
            self._pending_cr = True
            text = text[:-1]
        crlf = text.count("\r\n")
        if crlf:
            self._seen |= 4
        if text.count("\r") > crlf:
            self._seen |= 1
        if text.count("\n") > crlf:
            self._seen |= 2

    # -- attributes

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        kinds = [k for bit, k in ((1, "\r"), (2, "\n"), (4, "\r\n")) if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    @property
    def name(self):
        return self._get_buffer().name

    @property
    def closed(self):
        return self._get_buffer().closed

    def _get_buffer(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self._buffer

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            name = self.name
        except (AttributeError, ValueError):
            pass
        else:
            parts.append(f" name={name!r}")
        mode = getattr(self, "mode", None)
        if mode is not None:
            parts.append(f" mode={mode!r}")
        parts.append(f" encoding={self._encoding!r}>")
        return "".join(parts)

    def _check_open(self):
        if self._get_buffer().closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        return self._get_buffer().fileno()

    def isatty(self):
        return self._get_buffer().isatty()

    def readable(self):
        return self._get_buffer().readable()

    def writable(self):
        return self._get_buffer().writable()

    def seekable(self):
        return self._get_buffer().seekable()

    def flush(self):
        self._get_buffer().flush()

    def close(self):
        buffer = self._get_buffer()
        if not buffer.closed:
            try:
                self.flush()
            finally:
                buffer.close()

    def detach(self):
        buffer = self._get_buffer()
        self.flush()
        self._buffer = None
        return buffer

    # -- writing

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        self._check_open()
        n = len(s)
        if self._newline != "" and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        if self._text or self._pending:
            self._rewind_read()
        self._get_buffer().write(s.encode(self._encoding, self._errors))
        if self._write_through or (self._line_buffering and ("\n" in s or "\r" in s)):
            self.flush()
        return n

    def _rewind_read(self):
        # Move the buffer back to the logical position before writing.
        unread = len(self._text.encode(self._decode_encoding, self._errors)) + len(self._pending)
        buffer = self._get_buffer()
        buffer.seek(buffer.tell() - unread)
        self._reset_read()

    # -- reading

    def _decode(self, data, final):
        if self._kind == "utf8":
            cut = len(data) if final else _utf8_cut(data)
        elif self._kind in ("utf16", "utf32"):
            unit = 2 if self._kind == "utf16" else 4
            if self._decode_encoding.lower().replace("_", "-") in ("utf-16", "utf-32") and len(data) >= unit:
                # Fix the byte order from the BOM once.
                if self._kind == "utf16":
                    le = data[:2] != b"\xfe\xff"
                    self._decode_encoding = "utf-16-le" if le else "utf-16-be"
                    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
                        data = data[2:]
                else:
                    le = data[:4] != b"\x00\x00\xfe\xff"
                    self._decode_encoding = "utf-32-le" if le else "utf-32-be"
                    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
                        data = data[4:]
            cut = len(data) if final else len(data) - len(data) % unit
        else:
            cut = len(data)
        self._pending = data[cut:]
        return data[:cut].decode(self._decode_encoding, self._errors)

    def _fill(self):
        """Reads one more chunk; False at end of file."""
        if self._eof:
            return False
        buffer = self._get_buffer()
        reader = getattr(buffer, "read1", buffer.read)
        chunk = reader(self._CHUNK_SIZE)
        if not chunk:
            self._eof = True
            text = self._decode(self._pending, True) if self._pending else ""
            self._record_newlines(text, True)
            self._text += text
            return False
        text = self._decode(self._pending + chunk, False)
        self._record_newlines(text, False)
        self._text += text
        return True

    def _out(self, text):
        if self._readtranslate:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._check_open()
        if not self.readable():
            raise UnsupportedOperation("not readable")
        size = _size_arg(size)
        if size < 0:
            while self._fill():
                pass
            text, self._text = self._text, ""
            return self._out(text)
        while True:
            end = self._raw_prefix(size)
            if end >= 0:
                break
            if not self._fill():
                end = len(self._text)
                break
        text = self._text[:end]
        self._text = self._text[end:]
        return self._out(text)

    def _raw_prefix(self, n):
        """Length of the prefix of self._text that reads as n characters
        (a translated \r\n is one), or -1 when more data is needed."""
        text = self._text
        if not self._readtranslate:
            return n if len(text) >= n else -1
        if len(text) > n and text.find("\r", 0, n + 1) < 0:
            return n
        count = 0
        i = 0
        length = len(text)
        while count < n:
            if i >= length:
                return -1
            if text[i] == "\r":
                if i + 1 < length:
                    i += 2 if text[i + 1] == "\n" else 1
                elif self._eof:
                    i += 1
                else:
                    return -1
            else:
                i += 1
            count += 1
        return i

    def _find_line_end(self, limit):
        """Index just past the first line ending in self._text, or -1; a
        trailing '\\r' counts only when no more data can follow."""
        text = self._text
        if self._readuniversal:
            i = 0
            n = len(text)
            while i < n:
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < n:
                        return i + 2 if text[i + 1] == "\n" else i + 1
                    return i + 1 if self._eof else -1
                i += 1
            return -1
        nl = self._newline
        j = text.find(nl)
        return -1 if j < 0 else j + len(nl)

    def readline(self, size=-1):
        self._check_open()
        if not self.readable():
            raise UnsupportedOperation("not readable")
        size = _size_arg(size)
        while True:
            end = self._find_line_end(size)
            if end >= 0 or (0 <= size <= len(self._text)):
                break
            if not self._fill():
                end = len(self._text)
                break
        if end < 0:
            end = len(self._text)
        if 0 <= size < end:
            end = size
        text = self._text[:end]
        self._text = self._text[end:]
        return self._out(text)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- positioning

    def tell(self):
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self.flush()
        pos = self._get_buffer().tell()
        if self._text or self._pending:
            pos -= len(self._text.encode(self._decode_encoding, self._errors)) + len(self._pending)
        return pos

    def seek(self, cookie, whence=0):
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            return self._get_buffer().seek(0, 2)
        if whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if isinstance(cookie, float):
            raise TypeError("an integer is required")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        self.flush()
        self._reset_read()
        self._get_buffer().seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        self._reset_read()
        return self._get_buffer().truncate(pos)


_place(TextIOWrapper, "_io")
TextIOBase.register(TextIOWrapper)
TextIOWrapper.register(_io.TextIOWrapper)
