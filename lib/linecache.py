"""Cache of source lines, read from files on demand (CPython 3.11's linecache API).

Entries of `cache` are (size, mtime, lines, fullname) tuples; lazily loaded
entries (from a module loader's get_source) are 1-tuples holding a function.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache, '' if missing."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines of a Python source file from the cache."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(path):
    try:
        import os
    except ImportError:
        os = None
    if os is not None:
        st = os.stat(path)
        return st.st_size, st.st_mtime
    # Without os: the size of the file stands for both fields.
    with open(path, 'rb') as f:
        size = len(f.read())
    return size, None


def checkcache(filename=None):
    """Drop entries whose file changed on disk (all entries when filename is None)."""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue  # not from a file on disk
        try:
            now = _stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if now != (size, mtime):
            cache.pop(name, None)


def _split_lines(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _read(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    text = data.decode('utf-8')
    # Universal newlines, as tokenize.open() gives them.
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text


def updatecache(filename, module_globals=None):
    """Read filename (searching sys.path for relative names) into the cache."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        stat = _stat(fullname)
    except OSError:
        basename = filename
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = _split_lines(data)
                cache[filename] = (len(data), None, lines, fullname)
                return cache[filename][2]
        if basename.startswith('/'):
            return []
        stat = None
        for dirname in sys.path:
            try:
                fullname = (dirname + '/' + basename) if dirname else basename
            except (TypeError, AttributeError):
                continue
            try:
                stat = _stat(fullname)
                break
            except (OSError, ValueError):
                pass
        if stat is None:
            return []
    try:
        text = _read(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
        return []
    lines = _split_lines(text)
    size, mtime = stat
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Register a lazy loader for filename from module_globals' __loader__."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        spec = module_globals.get('__spec__')
        loader = getattr(spec, 'loader', None) if spec is not None else None
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
