"""Byte-compile every Python source file of folders (Coil's .pyc files).

compile_dir(), compile_file() and compile_path() with CPython 3.11's
parameters, and the command line `coil -m compileall [options] [DIR|FILE]...`.
The files are written by py_compile, so they are exactly what an import
would cache (docs/BYTECODE_CACHE.md).  Work is done in this process:
`workers` is accepted but files are compiled one after the other.
"""
import importlib.util
import os
import py_compile
import sys
import _imp

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _walk_sources(folder, maxlevels, quiet):
    """Yields the files to consider under `folder`, depth first."""
    folder = os.fspath(folder)
    if not quiet:
        print(f"Listing {folder!r}...")
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        if quiet < 2:
            print(f"Can't list {folder!r}")
        names = []
    for name in names:
        if name == "__pycache__":
            continue
        path = os.path.join(folder, name)
        if not os.path.isdir(path):
            yield path
        elif (maxlevels > 0 and name != os.curdir and name != os.pardir and
              os.path.isdir(path) and not os.path.islink(path)):
            yield from _walk_sources(path, maxlevels - 1, quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                workers=1, invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                hardlink_dupes=False):
    """Compile the .py files of `dir` and its sub-folders (`maxlevels` deep,
    default sys.getrecursionlimit()); True when every file compiled.
    The other arguments are compile_file()'s."""
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used in combination with stripdir or prependdir")
    if ddir is not None:
        stripdir = dir
        prependdir = ddir
        ddir = None
    if workers < 0:
        raise ValueError("workers must be greater or equal to 0")
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    success = True
    for path in _walk_sources(dir, maxlevels, quiet):
        if not compile_file(path, ddir, force, rx, quiet, legacy, optimize, invalidation_mode,
                            stripdir=stripdir, prependdir=prependdir, limit_sl_dest=limit_sl_dest,
                            hardlink_dupes=hardlink_dupes):
            success = False
    return success


def _up_to_date(source, cfile):
    """True when `cfile` already holds the cache of `source` as it is now."""
    try:
        kind, mode, mtime, size = _imp._coil_stat(source)
        with open(cfile, "rb") as f:
            header = f.read(16)
    except OSError:
        return False
    expected = (importlib.util.MAGIC_NUMBER + (0).to_bytes(4, "little") +
                (mtime & 0xFFFFFFFF).to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little"))
    return header == expected


def _display_name(fullname, ddir, stripdir, prependdir, quiet):
    """The file name recorded in the code (None: the real one)."""
    dfile = None
    if ddir is not None:
        dfile = os.path.join(ddir, os.path.basename(fullname))
    if stripdir is not None:
        parts = fullname.split(os.sep)
        prefix = stripdir.split(os.sep)
        if parts[:len(prefix)] == prefix:
            dfile = os.path.join(*parts[len(prefix):]) if parts[len(prefix):] else None
        elif quiet < 2:
            print(f"The stripdir path {stripdir!r} is not a valid prefix for source path {fullname!r}; ignoring")
    if prependdir is not None:
        dfile = os.path.join(prependdir, dfile if dfile is not None else fullname)
    return dfile


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                 hardlink_dupes=False):
    """Compile one file; True on success (or when it is not a .py file).

    ddir: folder name recorded in the code instead of the real one;
    force: compile even when the cache is up to date; rx: a compiled regular
    expression whose search() skips matching paths; quiet: 0 full output,
    1 errors only, 2 nothing; legacy: write <name>.pyc beside the source;
    optimize: a level or a list of levels; invalidation_mode: a
    py_compile.PycInvalidationMode; stripdir/prependdir: edit the recorded
    path; limit_sl_dest: skip symlinks pointing outside this folder;
    hardlink_dupes: hard-link identical caches of several levels.
    """
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError("Destination dir (ddir) cannot be used in combination with stripdir or prependdir")
    success = True
    fullname = os.fspath(fullname)
    stripdir = os.fspath(stripdir) if stripdir is not None else None
    name = os.path.basename(fullname)
    dfile = _display_name(fullname, ddir, stripdir, prependdir, quiet)
    if rx is not None and rx.search(fullname):
        return success
    if limit_sl_dest is not None and os.path.islink(fullname):
        target = os.path.realpath(fullname)
        limit = os.path.realpath(os.fspath(limit_sl_dest))
        if not (target == limit or target.startswith(limit.rstrip(os.sep) + os.sep)):
            return success
    if isinstance(optimize, int):
        optimize = [optimize]
    optimize = sorted(set(optimize))
    if hardlink_dupes and len(optimize) < 2:
        raise ValueError("Hardlinking of duplicated bytecode makes sense only for more than one optimization level")
    if not (os.path.isfile(fullname) and name.endswith(".py")):
        return success
    opt_cfiles = {}
    for level in optimize:
        if legacy:
            opt_cfiles[level] = fullname + "c"
        else:
            tag = level if level >= 1 else ""
            opt_cfiles[level] = importlib.util.cache_from_source(fullname, optimization=tag)
    if not force and all(_up_to_date(fullname, cfile) for cfile in opt_cfiles.values()):
        return success
    if not quiet:
        print(f"Compiling {fullname!r}...")
    previous = None
    for index, level in enumerate(optimize):
        cfile = opt_cfiles[level]
        try:
            ok = py_compile.compile(fullname, cfile, dfile, True, optimize=level,
                                    invalidation_mode=invalidation_mode)
        except (py_compile.PyCompileError, SyntaxError, UnicodeError, OSError) as err:
            success = False
            if quiet >= 2:
                return success
            if quiet:
                print(f"*** Error compiling {fullname!r}...")
            else:
                print("*** ", end="")
            if isinstance(err, py_compile.PyCompileError):
                encoding = sys.stdout.encoding or "utf-8"
                print(err.msg.encode(encoding, errors="backslashreplace").decode(encoding))
            else:
                print(f"{type(err).__name__}:", err)
            continue
        if not ok:
            success = False
        if hardlink_dupes and index > 0 and previous is not None:
            with open(previous, "rb") as a, open(cfile, "rb") as b:
                same = a.read() == b.read()
            if same:
                os.unlink(cfile)
                os.link(previous, cfile)
        previous = cfile
    return success


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None):
    """Compile the folders of sys.path (without the current folder when
    skip_curdir); True when every file compiled."""
    success = True
    for folder in sys.path:
        if (not folder or folder == os.curdir) and skip_curdir:
            if quiet < 2:
                print("Skipping current directory")
        else:
            success = compile_dir(folder, maxlevels, None, force, quiet=quiet, legacy=legacy,
                                  optimize=optimize, invalidation_mode=invalidation_mode) and success
    return success


def main():
    """The command line; exit status 0 when everything compiled."""
    import argparse

    cli = argparse.ArgumentParser(description="Utilities to support installing Python libraries.")
    cli.add_argument("-l", action="store_const", const=0, default=None, dest="maxlevels",
                     help="don't recurse into subdirectories")
    cli.add_argument("-r", type=int, dest="recursion",
                     help="control the maximum recursion level; -l and -r together: -r wins")
    cli.add_argument("-f", action="store_true", dest="force", help="force rebuild even if timestamps are up to date")
    cli.add_argument("-q", action="count", dest="quiet", default=0,
                     help="output only error messages; -qq will suppress the error messages as well.")
    cli.add_argument("-b", action="store_true", dest="legacy", help="use legacy (pre-PEP3147) compiled file locations")
    cli.add_argument("-d", metavar="DESTDIR", dest="ddir", default=None,
                     help="directory to prepend to file paths for use in compile-time tracebacks")
    cli.add_argument("-s", metavar="STRIPDIR", dest="stripdir", default=None,
                     help="part of path to left-strip from path to source file")
    cli.add_argument("-p", metavar="PREPENDDIR", dest="prependdir", default=None,
                     help="path to add as prefix to path to source file")
    cli.add_argument("-x", metavar="REGEXP", dest="rx", default=None,
                     help="skip files matching the regular expression")
    cli.add_argument("-i", metavar="FILE", dest="flist",
                     help='add all the files and directories listed in FILE to the list considered for '
                          'compilation; if "-", names are read from stdin')
    cli.add_argument("compile_dest", metavar="FILE|DIR", nargs="*",
                     help="zero or more file and directory names to compile; if no arguments given, "
                          "defaults to the equivalent of -l sys.path")
    cli.add_argument("-j", "--workers", default=1, type=int, help="Run compileall concurrently")
    cli.add_argument("--invalidation-mode", choices=["checked-hash", "timestamp", "unchecked-hash"],
                     help="set .pyc invalidation mode")
    cli.add_argument("-o", action="append", type=int, dest="opt_levels",
                     help="Optimization levels to run compilation with. Default is -1 which uses the "
                          "optimization level of the Python interpreter itself (see -O).")
    cli.add_argument("-e", metavar="DIR", dest="limit_sl_dest",
                     help="Ignore symlinks pointing outsite of the DIR")
    cli.add_argument("--hardlink-dupes", action="store_true", dest="hardlink_dupes",
                     help="Hardlink duplicated pyc files")
    args = cli.parse_args()
    dests = list(args.compile_dest)
    if args.rx:
        import re
        args.rx = re.compile(args.rx)
    if args.limit_sl_dest == "":
        args.limit_sl_dest = None
    if args.recursion is not None:
        maxlevels = args.recursion
    else:
        maxlevels = args.maxlevels
    if args.opt_levels is None:
        args.opt_levels = [-1]
    if len(args.opt_levels) == 1 and args.hardlink_dupes:
        cli.error("Hardlinking of duplicated bytecode makes sense only for more than one optimization level.")
    if args.ddir is not None and (args.stripdir is not None or args.prependdir is not None):
        cli.error("-d cannot be used in combination with -s or -p")
    if args.flist:
        try:
            source = sys.stdin if args.flist == "-" else open(args.flist, encoding="utf-8")
            for line in source:
                dests.append(line.strip())
            if source is not sys.stdin:
                source.close()
        except OSError:
            if args.quiet < 2:
                print(f"Error reading file list {args.flist}")
            return False
    mode = None
    if args.invalidation_mode:
        mode = py_compile.PycInvalidationMode[args.invalidation_mode.replace("-", "_").upper()]
    success = True
    try:
        if dests:
            for dest in dests:
                if os.path.isfile(dest):
                    ok = compile_file(dest, args.ddir, args.force, args.rx, args.quiet, args.legacy,
                                      invalidation_mode=mode, stripdir=args.stripdir,
                                      prependdir=args.prependdir, optimize=args.opt_levels,
                                      limit_sl_dest=args.limit_sl_dest, hardlink_dupes=args.hardlink_dupes)
                else:
                    ok = compile_dir(dest, maxlevels, args.ddir, args.force, args.rx, args.quiet, args.legacy,
                                     workers=args.workers, invalidation_mode=mode, stripdir=args.stripdir,
                                     prependdir=args.prependdir, optimize=args.opt_levels,
                                     limit_sl_dest=args.limit_sl_dest, hardlink_dupes=args.hardlink_dupes)
                success = success and ok
            return success
        return compile_path(legacy=args.legacy, force=args.force, quiet=args.quiet, invalidation_mode=mode)
    except KeyboardInterrupt:
        if args.quiet < 2:
            print("\n[interrupted]")
        return False


if __name__ == "__main__":
    sys.exit(int(not main()))
