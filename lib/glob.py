"""Filename globbing (CPython 3.11's glob: glob, iglob, escape, has_magic).

Patterns are matched component by component with fnmatch; names starting
with '.' are only matched by patterns starting with '.'; '**' with
recursive=True matches any number of directories. Results come in the
order the directories list them (os.scandir), as in CPython. Needs the
`os` module.
"""

import fnmatch
import itertools
import os
import stat

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """Return a list of paths matching a pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, dir_fd, recursive, False)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # A leading '**' matches the start directory itself as ''.
        try:
            first = next(it)
        except StopIteration:
            pass
        else:
            if first:
                it = itertools.chain((first,), it)
    return it


def _iglob(pathname, root_dir, dir_fd, recursive, dironly):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        assert not dironly
        if basename:
            if _lexists(_join(root_dir, pathname), dir_fd):
                yield pathname
        elif _isdir(_join(root_dir, dirname), dir_fd):
            # A pattern ending with a separator names a directory.
            yield pathname
        return
    if not dirname:
        matcher = _glob2 if recursive and _isrecursive(basename) else _glob1
        yield from matcher(root_dir, basename, dir_fd, dironly)
        return
    # The directories to look in: the matches of the directory part.
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, dir_fd, recursive, True)
    else:
        dirs = [dirname]
    if has_magic(basename):
        matcher = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        matcher = _glob0
    for dirname in dirs:
        for name in matcher(_join(root_dir, dirname), basename, dir_fd, dironly):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dir_fd, dironly):
    # The names in dirname matching pattern (hidden ones only if asked).
    names = _listdir(dirname, dir_fd, dironly)
    if not _ishidden(pattern):
        names = (x for x in names if not _ishidden(x))
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dir_fd, dironly):
    # A literal name: itself if it exists.
    if basename:
        if _lexists(_join(dirname, basename), dir_fd):
            return [basename]
    elif _isdir(dirname, dir_fd):
        # An empty basename (pattern ending with a separator) means the
        # directory itself.
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, None, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, None, False)


def _glob2(dirname, pattern, dir_fd, dironly):
    # '**': the directory itself (as '') and everything below it.
    assert _isrecursive(pattern)
    yield pattern[:0]
    yield from _rlistdir(dirname, dir_fd, dironly)


def _iterdir(dirname, dir_fd, dironly):
    """Names in dirname (only directories with dironly); errors ignored."""
    try:
        if dir_fd is not None:
            raise NotImplementedError("dir_fd is not supported by this glob")
        if not dirname:
            dirname = os.curdir if isinstance(dirname, str) else bytes(os.curdir, 'ASCII')
        with os.scandir(dirname) as it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        yield entry.name
                except OSError:
                    pass
    except OSError:
        return


def _listdir(dirname, dir_fd, dironly):
    with _closing(_iterdir(dirname, dir_fd, dironly)) as it:
        return list(it)


class _closing:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return self.gen

    def __exit__(self, *exc):
        self.gen.close()


def _rlistdir(dirname, dir_fd, dironly):
    # Depth first, every path below dirname (hidden entries skipped).
    names = _listdir(dirname, dir_fd, dironly)
    for x in names:
        if not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dir_fd, dironly):
                yield _join(x, y)


def _lexists(pathname, dir_fd):
    if dir_fd is None:
        return os.path.lexists(pathname)
    try:
        os.lstat(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname, dir_fd):
    if dir_fd is None:
        return os.path.isdir(pathname)
    try:
        st = os.stat(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def _join(dirname, basename):
    # An empty part adds no separator.
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    """True if s contains a wildcard character ('*', '?' or '[')."""
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in '*?[' for c in s)


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """Escape all special characters ('*', '?', '[') as '[*]', '[?]', '[[]'.
    The drive part (Windows) is not escaped."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        out = b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c])
                       for c in pathname)
    else:
        out = ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
    return drive + out

