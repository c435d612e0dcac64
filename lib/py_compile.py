"""Routine to "compile" a .py file to a .pyc file.

Coil's version: the .pyc files are Coil's (docs/BYTECODE_CACHE.md), written
through the same code as the import system's cache, so an import picks them
up.  The API is CPython 3.11's.
"""

import enum
import importlib.machinery
import importlib.util
import sys
import _imp

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """A source file could not be compiled.

    PyCompileError(exc_type, exc_value, file, msg='') keeps the name of the
    original exception's type (exc_type_name), the exception (exc_value),
    the file name shown in messages (file) and the message (msg: the given
    one, else a SyntaxError formatted as a traceback would show it, else
    "Sorry: <type>: <value>").
    """

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            import traceback
            text = ''.join(traceback.format_exception_only(exc_type, exc_value))
            errmsg = text.replace('File "<string>"', f'File "{file}"')
        else:
            errmsg = f"Sorry: {exc_type_name}: {exc_value}"
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    import os
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def _kind(path):
    try:
        return _imp._coil_stat(path)[0]
    except OSError:
        return None


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Compile the source `file` and write its .pyc; return the .pyc's path.

    cfile: where to write (default: importlib.util.cache_from_source's path
    for `optimize`); dfile: the file name recorded in the code and shown in
    errors (default: file); doraise: raise PyCompileError on a compile error
    instead of writing it to stderr; optimize: -1 (the interpreter's level),
    0, 1 or 2; invalidation_mode: a PycInvalidationMode (default TIMESTAMP,
    or CHECKED_HASH when SOURCE_DATE_EPOCH is set); quiet: 0 full output,
    1 errors only, 2 nothing.  Returns None after a reported compile error.
    """
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        if optimize >= 0:
            optimization = optimize if optimize >= 1 else ''
            cfile = importlib.util.cache_from_source(file, optimization=optimization)
        else:
            cfile = importlib.util.cache_from_source(file)
    kind = _kind(cfile)
    if kind == 'link':
        raise FileExistsError(
            f'{cfile} is a symlink and will be changed into a regular file if '
            'import writes a byte-compiled file to it')
    elif kind is not None and kind != 'file':
        raise FileExistsError(
            f'{cfile} is a non-regular file and will be changed into a regular '
            'one if import writes a byte-compiled file to it')
    loader = importlib.machinery.SourceFileLoader('<py_compile>', file)
    source_bytes = loader.get_data(file)
    try:
        code = loader.source_to_code(source_bytes, dfile or file, _optimize=optimize)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            else:
                sys.stderr.write(py_exc.msg + '\n')
        return
    if invalidation_mode == PycInvalidationMode.TIMESTAMP:
        source_stats = loader.path_stats(file)
        bytecode = _imp._coil_pyc_timestamp(code, source_stats['mtime'], source_stats['size'])
    else:
        source_hash = importlib.util.source_hash(source_bytes)
        bytecode = _imp._coil_pyc_hash(
            code, source_hash, invalidation_mode == PycInvalidationMode.CHECKED_HASH)
    try:
        mode = _imp._coil_stat(file)[1]
    except OSError:
        mode = 0o666
    # Missing folders are created by the atomic write.
    _imp._coil_write_atomic(cfile, bytecode, mode | 0o200)
    return cfile


def main():
    """Command line: py_compile [-q] FILE... (or "-" to read names from stdin)."""
    import argparse

    cli = argparse.ArgumentParser(description='Compile Python source files to .pyc files.')
    cli.add_argument('-q', '--quiet', action='store_true', help='do not report errors')
    cli.add_argument('filenames', nargs='+', help='the files to compile')
    options = cli.parse_args()
    names = options.filenames
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin.readlines()]
    for name in names:
        try:
            compile(name, doraise=True)
        except (PyCompileError, OSError) as exc:
            text = exc.msg if isinstance(exc, PyCompileError) else str(exc)
            cli.exit(1, None if options.quiet else text)


if __name__ == "__main__":
    main()
