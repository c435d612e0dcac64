"""Temporary files and directories (the basics of CPython 3.11's tempfile).

gettempdir/gettempdirb, gettempprefix/gettempprefixb, mkstemp, mkdtemp,
mktemp, NamedTemporaryFile, TemporaryFile and TemporaryDirectory. Names
are the prefix, 8 random characters from [a-z0-9_] and the suffix; files
are created with O_EXCL and mode 0o600, directories with mode 0o700.
Not provided: SpooledTemporaryFile. Needs the `os` module.
"""

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",  # high level safe interfaces
    "TemporaryDirectory",
    "mkstemp", "mkdtemp",                   # low level safe interfaces
    "mktemp",                               # deprecated unsafe interface
    "TMP_MAX", "gettempprefix",             # constants
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

import errno as _errno
import os as _os
import shutil as _shutil
import sys as _sys
import types as _types
import warnings as _warnings
import weakref as _weakref

# os.TMP_MAX when the platform has it (glibc's value otherwise).
TMP_MAX = getattr(_os, 'TMP_MAX', 238328)

template = "tmp"

# Set by gettempdir() on first use, or by the user.
tempdir = None

_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0)
_text_openflags = _CREATE_FLAGS
_bin_openflags = _CREATE_FLAGS | getattr(_os, 'O_BINARY', 0)

_NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _exists(fn):
    try:
        _os.lstat(fn)
    except OSError:
        return False
    return True


def _infer_return_type(*args):
    """str or bytes from the arguments that are not None; mixing is an error."""
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        kind = bytes if isinstance(arg, bytes) else str
        if return_type is not None and return_type is not kind:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        return_type = kind
    return str if return_type is None else return_type


def _sanitize_params(prefix, suffix, dir):
    """Defaults for prefix/suffix/dir, of the type the arguments use."""
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """An endless iterator of 8-character random names (a new generator
    after a fork)."""

    characters = _NAME_CHARACTERS

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != getattr(self, '_rng_pid', None):
            import random
            self._rng = random.Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        choose = self.rng.choice
        return ''.join(choose(self.characters) for _ in range(8))


_name_sequence = None


def _get_candidate_names():
    """The shared _RandomNameSequence."""
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    """Directories to try, in order: $TMPDIR, $TEMP, $TMP, the usual places,
    then the current directory."""
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory where a file can be created and written."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            name = next(namer)
            filename = _os.path.join(dir, name)
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                _os.unlink(filename)
                return dir
            except FileExistsError:
                continue
            except OSError:
                break  # not usable: try the next directory
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % dirlist)


def gettempprefix():
    """The default prefix of temporary names (str)."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names (bytes)."""
    return _os.fsencode(template)


def gettempdir():
    """The default directory for temporary files (str)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    """The default directory for temporary files (bytes)."""
    return _os.fsencode(gettempdir())


def _unique_names(dir, prefix, suffix, output_type):
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for seq in range(TMP_MAX):
        yield _os.path.join(dir, prefix + next(names) + suffix)


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Create and open a new file: (fd, absolute path)."""
    dir = _os.path.abspath(dir)
    for file in _unique_names(dir, pre, suf, output_type):
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file only the user can read and write, securely; return
    (OS-level handle, absolute path). The caller deletes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory only the user can use, securely; return its path
    (joined to `dir` as given). The caller deletes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for file in _unique_names(dir, prefix, suffix, output_type):
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked for (deprecated: unsafe)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _exists(file):
            return file
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes (and with delete, removes) the file of a wrapper once."""

    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def close(self, unlink=_os.unlink):
        if self.close_called or self.file is None:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """A file object with a name, removed when closed (delete=True).

    Attributes other than `file`, `name` and `delete` are the file's.
    """

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        # Attributes of the file; its methods are cached on the wrapper.
        file = self.__dict__['file']
        a = getattr(file, name)
        if hasattr(a, '__call__') and not isinstance(a, int):
            setattr(self, name, a)
        return a

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Close the temporary file, possibly deleting it."""
        self._closer.close()

    def __iter__(self):
        # Each line, read through the file's own iterator.
        for line in self.file:
            yield line


def _open_fd(fd, mode, buffering, newline, encoding, errors):
    return open(fd, mode, buffering=buffering, newline=newline,
                encoding=encoding, errors=errors)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (the wrapper's `name`), opened
    with `mode`; it is removed when closed unless delete is false."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _bin_openflags
    fd, name = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
    try:
        file = _open_fd(fd, mode, buffering, newline, encoding, errors)
        return _TemporaryFileWrapper(file, name, delete)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """An unnamed temporary file (removed from its directory at once)."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        _os.unlink(name)
        return _open_fd(fd, mode, buffering, newline, encoding, errors)
    except BaseException:
        _os.close(fd)
        raise


class TemporaryDirectory:
    """A temporary directory: `name` is its path; the with statement gives
    the path and removes the directory at its end, as does cleanup() (or,
    with a ResourceWarning, the object's finalization)."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                # Make the entry and its parent writable, then retry.
                try:
                    if path != name:
                        _os.chmod(_os.path.dirname(path), 0o700)
                    _os.chmod(path, 0o700)
                    if _os.path.isdir(path) and not _os.path.islink(path):
                        cls._rmtree(path, ignore_errors=ignore_errors)
                    else:
                        _os.unlink(path)
                except FileNotFoundError:
                    pass
            elif issubclass(exc_info[0], FileNotFoundError):
                pass
            elif not ignore_errors:
                raise
        _shutil.rmtree(name, onerror=onerror)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        cls._rmtree(name, ignore_errors=ignore_errors)
        _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
