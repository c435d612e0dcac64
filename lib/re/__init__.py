"""Support for regular expressions (RE): Coil's re module.

The pattern parser (_parser.py) and compiler (_compiler.py) are Python; the
backtracking matcher is native (_sre, runtime/modules/sre.cpp). Syntax,
semantics, reprs and error messages follow CPython 3.11.

Invariants
- A Pattern holds its native program and the parsed group information; it is
  immutable once built (the cache hands the same object to every caller).
- Match spans come from the engine as a flat tuple
  (lastindex, start0, end0, start1, end1, ...) with -1 for unset groups.
- Empty matches follow 3.7+ rules: after a match ending at p, the next search
  starts at p and refuses an empty match at p when the previous match was
  itself empty (must_advance).
"""

import _sre
import sys as _sys
import builtins as _builtins

from . import _compiler, _parser
from ._constants import (error, SRE_FLAG_TEMPLATE, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE,
                         SRE_FLAG_MULTILINE, SRE_FLAG_DOTALL, SRE_FLAG_UNICODE,
                         SRE_FLAG_VERBOSE, SRE_FLAG_DEBUG, SRE_FLAG_ASCII)

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = _sys.maxsize
_memoryview = getattr(_builtins, 'memoryview', None)


# ---------------------------------------------------------------- flags

class RegexFlag(int):
    """The re flags: an int with IntFlag-style names and reprs."""

    __slots__ = ()
    _member_order = ('ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE',
                     'DOTALL', 'VERBOSE', 'TEMPLATE', 'DEBUG')
    _values = {'ASCII': SRE_FLAG_ASCII, 'IGNORECASE': SRE_FLAG_IGNORECASE,
               'LOCALE': SRE_FLAG_LOCALE, 'UNICODE': SRE_FLAG_UNICODE,
               'MULTILINE': SRE_FLAG_MULTILINE, 'DOTALL': SRE_FLAG_DOTALL,
               'VERBOSE': SRE_FLAG_VERBOSE, 'TEMPLATE': SRE_FLAG_TEMPLATE,
               'DEBUG': SRE_FLAG_DEBUG}
    _all_bits = 0x1ff

    def __new__(cls, value=0):
        if isinstance(value, str):
            raise ValueError("%r is not a valid RegexFlag" % (value,))
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        for n in self._member_order:
            if self._values[n] == v:
                return n
        names = [n for n in self._member_order if self._values[n] & v]
        if v & ~self._all_bits or not names:
            return None
        return '|'.join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        if v < 0:
            return 're.RegexFlag(%d)' % v
        parts = ['re.' + n for n in self._member_order if self._values[n] & v]
        rest = v & ~self._all_bits
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(self._all_bits & ~int(self))

    def __reduce__(self):
        return RegexFlag, (int(self),)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(SRE_FLAG_ASCII)
I = IGNORECASE = RegexFlag(SRE_FLAG_IGNORECASE)
L = LOCALE = RegexFlag(SRE_FLAG_LOCALE)
U = UNICODE = RegexFlag(SRE_FLAG_UNICODE)
M = MULTILINE = RegexFlag(SRE_FLAG_MULTILINE)
S = DOTALL = RegexFlag(SRE_FLAG_DOTALL)
X = VERBOSE = RegexFlag(SRE_FLAG_VERBOSE)
T = TEMPLATE = RegexFlag(SRE_FLAG_TEMPLATE)
DEBUG = RegexFlag(SRE_FLAG_DEBUG)
for _n, _v in (('NOFLAG', NOFLAG), ('ASCII', A), ('A', A), ('IGNORECASE', I), ('I', I),
               ('LOCALE', L), ('L', L), ('UNICODE', U), ('U', U), ('MULTILINE', M),
               ('M', M), ('DOTALL', S), ('S', S), ('VERBOSE', X), ('X', X),
               ('TEMPLATE', T), ('T', T), ('DEBUG', DEBUG)):
    setattr(RegexFlag, _n, _v)
del _n, _v
RegexFlag.__module__ = 're'

# Pattern repr order (CPython's pattern_repr)
_REPR_FLAGS = (('re.TEMPLATE', SRE_FLAG_TEMPLATE), ('re.IGNORECASE', SRE_FLAG_IGNORECASE),
               ('re.LOCALE', SRE_FLAG_LOCALE), ('re.MULTILINE', SRE_FLAG_MULTILINE),
               ('re.DOTALL', SRE_FLAG_DOTALL), ('re.UNICODE', SRE_FLAG_UNICODE),
               ('re.VERBOSE', SRE_FLAG_VERBOSE), ('re.DEBUG', SRE_FLAG_DEBUG),
               ('re.ASCII', SRE_FLAG_ASCII))


# ---------------------------------------------------------------- subjects

def _subject(pattern, string):
    """Returns the object the engine reads and how to slice groups out of it."""
    if isinstance(string, str):
        if not pattern._istext:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string
    if isinstance(string, (bytes, bytearray)):
        subject = string
    else:
        try:
            if _memoryview is None:
                raise TypeError
            subject = bytes(_memoryview(string))
        except TypeError:
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__) from None
    if pattern._istext:
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return subject


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return index(v)


def _bounds(length, pos, endpos):
    pos = _as_index(pos)
    endpos = _as_index(endpos)
    if not (-_MAXSIZE - 1 <= pos <= _MAXSIZE and -_MAXSIZE - 1 <= endpos <= _MAXSIZE):
        raise OverflowError("Python int too large to convert to C ssize_t")
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    return pos, endpos


# ---------------------------------------------------------------- Match

class Match:
    """The result of a successful match."""

    # _r is the engine's tuple (lastindex, start0, end0, start1, end1, ...);
    # _pos/_endpos are the bounds as given (clamped when read).
    __slots__ = ('_pattern', '_string', '_subject', '_r', '_pos', '_endpos')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def re(self):
        return self._pattern

    @property
    def string(self):
        return self._string

    @property
    def pos(self):
        return _bounds(len(self._subject), self._pos, self._endpos)[0]

    @property
    def endpos(self):
        return _bounds(len(self._subject), self._pos, self._endpos)[1]

    @property
    def regs(self):
        r = self._r
        return tuple((r[2 * i + 1], r[2 * i + 2]) for i in range(len(r) // 2))

    @property
    def lastindex(self):
        li = self._r[0]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        li = self._r[0]
        if li < 0:
            return None
        return self._pattern._indexgroup.get(li)

    def _index(self, g):
        if type(g) is int and 0 <= g <= self._pattern.groups:
            return g
        if isinstance(g, int) or (not isinstance(g, (str, bytes)) and hasattr(type(g), '__index__')):
            i = g.__index__()
        else:
            i = self._pattern._groupindex.get(g, -1)
            if not isinstance(i, int):
                i = -1
        if i < 0 or i > self._pattern.groups:
            raise IndexError("no such group")
        return i

    def _get(self, i, default):
        r = self._r
        s = r[2 * i + 1]
        e = r[2 * i + 2]
        if s < 0 or e < 0:
            return default
        sub = self._subject
        if type(sub) is bytearray:
            return bytes(sub[s:e])
        return sub[s:e]

    def group(self, *args):
        n = len(args)
        if n == 1:
            g = args[0]
            if type(g) is not int or g < 0 or g > self._pattern.groups:
                g = self._index(g)
        elif n == 0:
            g = 0
        else:
            return tuple(self._get(self._index(g), None) for g in args)
        r = self._r
        s = r[2 * g + 1]
        e = r[2 * g + 2]
        if s < 0 or e < 0:
            return None
        sub = self._subject
        if type(sub) is bytearray:
            return bytes(sub[s:e])
        return sub[s:e]

    def __getitem__(self, g):
        return self._get(self._index(g), None)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self._pattern.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self._pattern._groupindex.items()}

    def start(self, group=0):
        return self._r[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._r[2 * self._index(group) + 2]

    def span(self, group=0):
        i = self._index(group)
        return (self._r[2 * i + 1], self._r[2 * i + 2])

    def expand(self, template):
        return _expand_template(_parse_repl(template, self._pattern), self)

    def __repr__(self):
        text = repr(self._get(0, None))[:50]
        return '<re.Match object; span=(%d, %d), match=%s>' % (self._r[1], self._r[2], text)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'


def _new_match(pattern, string, subject, result, pos, endpos):
    m = object.__new__(Match)
    m._pattern = pattern
    m._string = string
    m._subject = subject
    m._r = result
    m._pos = pos
    m._endpos = endpos
    return m


# ---------------------------------------------------------------- Pattern

class Pattern:
    """A compiled regular expression."""

    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_indexgroup', '_prog',
                 '_istext', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(dict(self._groupindex))

    def _run(self, string, pos, endpos, mode):
        t = type(string)
        if (t is str if self._istext else t is bytes) and type(pos) is int and type(endpos) is int:
            # the common case: the engine reads the string and clamps the bounds
            r = self._prog.match(string, pos, endpos, mode, 0)
            return None if r is None else _new_match(self, string, string, r, pos, endpos)
        subject = _subject(self, string)
        pos, endpos = _bounds(len(subject), pos, endpos)
        r = self._prog.match(subject, pos, endpos, mode, 0)
        if r is None:
            return None
        return _new_match(self, string, subject, r, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding
        match object instance. Return None if no position in the string matches."""
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the
        RE pattern in string. For each match, the iterator returns a match object."""
        return iter(self.scanner(string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return SRE_Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        subject = _subject(self, string)
        pos, endpos = _bounds(len(subject), pos, endpos)
        return self._prog.findall(subject, pos, endpos)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        subject = _subject(self, string)
        maxsplit = _as_index(maxsplit)
        if maxsplit < 0:
            return [_slice(subject, 0, len(subject))]
        return self._prog.split(subject, maxsplit)

    def _subx(self, repl, string, count):
        count = _as_index(count)
        if callable(repl):
            func = repl
            literal = None
        else:
            parsed = _parse_repl(repl, self)
            parts, slots = parsed
            if not slots:
                func = None
                literal = (parts[0] if parts else (repl[:0] if isinstance(repl, (str, bytes)) else ''))
            else:
                func = None
                literal = None
        subject = _subject(self, string)
        empty = '' if self._istext else b''
        pieces = []
        last = 0
        n = 0
        matches = self._prog.collect(subject, 0, len(subject), count) if count >= 0 else ()
        for r in matches:
            if last < r[1]:
                pieces.append(_slice(subject, last, r[1]))
            if func is not None:
                item = func(_new_match(self, string, subject, r, 0, len(subject)))
            elif literal is not None:
                item = literal
            else:
                # _expand_template without building a Match
                expanded = list(parts)
                for index, g in slots:
                    gs = r[2 * g + 1]
                    ge = r[2 * g + 2]
                    expanded[index] = _slice(subject, gs, ge) if gs >= 0 and ge > gs else empty
                item = empty.join(expanded)
            if item is not None and (func is not None or item):
                pieces.append(item)
            last = r[2]
            n += 1
        if last < len(subject):
            pieces.append(_slice(subject, last, len(subject)))
        return empty.join(pieces), n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing
        the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        if self._istext and (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) == SRE_FLAG_UNICODE:
            flags &= ~SRE_FLAG_UNICODE
        text = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self is other or (self.flags == other.flags and self._istext == other._istext
                                  and self.pattern == other.pattern))

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags, self._istext))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = 're'


class SRE_Scanner:
    """Successive matches of a pattern over a string (Pattern.scanner)."""

    __slots__ = ('pattern', '_string', '_subject', '_start', '_pos', '_endpos', '_advance', '_done')

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._subject = _subject(pattern, string)
        self._pos, self._endpos = _bounds(len(self._subject), pos, endpos)
        self._start = self._pos
        self._advance = 0
        self._done = False

    def _next(self, mode):
        if self._done or self._pos > self._endpos:
            return None
        r = self.pattern._prog.match(self._subject, self._pos, self._endpos, mode, self._advance)
        if r is None:
            self._done = True
            return None
        self._advance = 1 if r[2] == r[1] else 0
        self._pos = r[2]
        return _new_match(self.pattern, self._string, self._subject, r, self._start, self._endpos)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


SRE_Scanner.__module__ = '_sre'


def _slice(subject, s, e):
    if type(subject) is bytearray:
        return bytes(subject[s:e])
    return subject[s:e]


# ---------------------------------------------------------------- templates

_repl_cache = {}


def _parse_repl(repl, pattern):
    key = (type(repl), repl, pattern)
    try:
        return _repl_cache[key]
    except (KeyError, TypeError):
        pass
    # a template of the wrong type fails later, when the pieces are joined
    parsed = _parser.parse_template(repl, pattern.groups, pattern._groupindex)
    if len(_repl_cache) >= _MAXCACHE:
        _repl_cache.clear()
    try:
        _repl_cache[key] = parsed
    except TypeError:
        pass
    return parsed


def _expand_template(parsed, m):
    parts, slots = parsed
    if not slots:
        return parts[0] if parts else m.string[:0]
    parts = list(parts)
    empty = '' if m.re._istext else b''
    for index, g in slots:
        v = m.group(g)
        parts[index] = v if v else empty
    return empty.join(parts)


# ---------------------------------------------------------------- module API

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _repl_cache.clear()


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars_map).encode('latin1')


_cache = {}
_MAXCACHE = 512


def _deprecated(msg):
    # attributed to this module, as CPython's (so hidden by the default filters)
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(msg, DeprecationWarning, stacklevel=2)


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    _deprecated("The re.template() function is deprecated as it is an undocumented "
                "function without an obvious purpose. Use re.compile() instead.")
    return _compile(pattern, flags | T, warn=False)


def _compile(pattern, flags, warn=True):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & T and warn:
        _deprecated("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented "
                    "flag without an obvious purpose. Don't use it.")
    p = _build(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


def _build(pattern, flags):
    seq, state = _parser.parse(pattern, flags)
    flags = state.flags
    istext = isinstance(pattern, str)
    prog = _compiler.compile_tree(seq, flags, state.groups - 1, istext)
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = flags
    p.groups = state.groups - 1
    p._groupindex = dict(state.groupdict)
    p._indexgroup = {i: name for name, i in state.groupdict.items()}
    p._prog = prog
    p._istext = istext
    return p


def _pickle(p):
    return _compile, (p.pattern, p.flags)


try:
    import copyreg
    copyreg.pickle(Pattern, _pickle, _compile)
except ImportError:
    pass


class Scanner:
    """A simple lexical scanner: a list of (pattern, action) pairs tried as
    alternatives, each in its own group."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.lexicon = lexicon
        alts = []
        for phrase, action in lexicon:
            _parser.parse(phrase, flags)        # reports errors per phrase
            alts.append('(' + phrase + ')')
        self.scanner = _compile('|'.join(alts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
