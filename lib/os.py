"""OS routines for POSIX (Coil's own os module over the native posix module).

This exports everything of posix (stat, listdir, open, ...) plus os.path
(posixpath), environ, makedirs/removedirs/renames, walk, scandir, fsencode/
fsdecode and the platform constants."""
import abc
import sys
import stat as st

import posix
from posix import *
from posix import _exit, _set_result_types, _scandir_entries

name = 'posix'
linesep = '\n'
curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

import posixpath as path
sys.modules['os.path'] = path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "fdopen",
           "extsep", "makedirs", "removedirs", "renames", "walk", "environ",
           "environb", "getenv", "getenvb", "PathLike", "stat_result",
           "terminal_size", "DirEntry", "scandir", "error"]
__all__.extend(n for n in dir(posix) if not n.startswith('_') and n != 'environ')


# Which functions take a file descriptor, dir_fd= or follow_symlinks=
# (shutil and tempfile consult these). Coil implements no dir_fd.
supports_dir_fd = set()
supports_fd = {stat, chdir, chmod, listdir, truncate, utime}
supports_follow_symlinks = {stat}
supports_effective_ids = set()
supports_bytes_environ = True


# ---------------------------------------------------------------- result types

class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat.

This object may be accessed either as a tuple of
  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)
or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
               'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        n = len(values)
        if n < 10:
            raise TypeError(f"os.stat_result() takes an at least 10-sequence ({n}-sequence given)")
        if n > 19:
            raise TypeError(f"os.stat_result() takes an at most 19-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, values[:10])
        extra = list(values[10:]) + [None] * (19 - n)
        # Float times default to the integer ones, as CPython's structseq.
        for i in range(3):
            if extra[i] is None:
                extra[i] = values[7 + i]
        self._extra = tuple(extra)
        return self

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"os.stat_result({fields})"

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))

    st_mode = property(lambda self: self[0], doc="protection bits")
    st_ino = property(lambda self: self[1], doc="inode")
    st_dev = property(lambda self: self[2], doc="device")
    st_nlink = property(lambda self: self[3], doc="number of hard links")
    st_uid = property(lambda self: self[4], doc="user ID of owner")
    st_gid = property(lambda self: self[5], doc="group ID of owner")
    st_size = property(lambda self: self[6], doc="total size, in bytes")
    st_atime = property(lambda self: self._extra[0], doc="time of last access")
    st_mtime = property(lambda self: self._extra[1], doc="time of last modification")
    st_ctime = property(lambda self: self._extra[2], doc="time of last change")
    st_atime_ns = property(lambda self: self._extra[3], doc="time of last access in nanoseconds")
    st_mtime_ns = property(lambda self: self._extra[4], doc="time of last modification in nanoseconds")
    st_ctime_ns = property(lambda self: self._extra[5], doc="time of last change in nanoseconds")
    st_blksize = property(lambda self: self._extra[6], doc="blocksize for filesystem I/O")
    st_blocks = property(lambda self: self._extra[7], doc="number of blocks allocated")
    st_rdev = property(lambda self: self._extra[8], doc="device type (if inode device)")


stat_result.__module__ = 'os'


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]!r}, lines={self[1]!r})"

    def __reduce__(self):
        return (terminal_size, (tuple(self),))

    columns = property(lambda self: self[0], doc="width of the terminal window in characters")
    lines = property(lambda self: self[1], doc="height of the terminal window in characters")


terminal_size.__module__ = 'os'
_set_result_types(stat_result, terminal_size)


# ---------------------------------------------------------------- PathLike

class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    if klass.__dict__['__fspath__'] is None:
                        return NotImplemented
                    return True
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---------------------------------------------------------------- environ

from _collections_abc import Mapping, MutableMapping


class _Environ(MutableMapping):
    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join(f'{self.decodekey(key)!r}: {self.decodevalue(value)!r}'
                          for key, value in self._data.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _createenviron():
    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value.encode('utf-8', 'surrogateescape')

    def decode(value):
        return value.decode('utf-8', 'surrogateescape')

    return _Environ(dict(posix.environ), encode, decode, encode, decode)


environ = _createenviron()
del _createenviron


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


environb = _Environ(environ._data, _check_bytes, bytes, _check_bytes, bytes)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    return path_list.split(pathsep)


# ---------------------------------------------------------------- directories

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# ---------------------------------------------------------------- scandir

_DT_UNKNOWN = 0
_DT_DIR = 4
_DT_REG = 8
_DT_LNK = 10


class DirEntry:
    """An entry of os.scandir(): name, path and cached type information."""

    __slots__ = ('name', 'path', '_d_type', '_inode', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, directory, name, d_type, inode):
        self = object.__new__(cls)
        self.name = name
        if directory is None:
            self.path = name
        else:
            self.path = path.join(directory, name)
        self._d_type = d_type
        self._inode = inode
        self._stat = None
        self._lstat = None
        return self

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._inode

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _test_mode(self, follow_symlinks, d_type, checker):
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == d_type
        try:
            st_result = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return checker(st_result.st_mode)

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _DT_DIR, st.S_ISDIR)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(follow_symlinks, _DT_REG, st.S_ISREG)

    def is_symlink(self):
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        try:
            return st.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except FileNotFoundError:
            return False

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    __slots__ = ('_entries', '_index', '_closed')

    def __init__(self, directory, entries):
        self._entries = entries
        self._index = 0
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed or self._index >= len(self._entries):
            self._closed = True
            raise StopIteration
        entry = self._entries[self._index]
        self._index += 1
        return entry

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    raw = _scandir_entries(path)
    if path is None:
        directory = '.'
    elif isinstance(path, int):
        directory = None
    else:
        directory = fspath(path)
    entries = [DirEntry._make(directory, name, d_type, inode)
               for name, d_type, inode in raw]
    return _ScandirIterator(directory, entries)


supports_fd.add(scandir)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for
    each directory in the tree rooted at top."""
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") else encoding
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)
