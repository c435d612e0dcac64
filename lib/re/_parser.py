"""Regular expression parser for Coil's re module.

Turns a pattern (str or bytes) into a tree of tuples that _compiler.py
lowers to engine code. Syntax, error messages and error positions follow
CPython 3.11's re.

Tree nodes (first element is the kind):
    ('lit', c)  ('not_lit', c)  ('any',)
    ('in', negate, items)  items: ('lit', c) ('range', lo, hi) ('cat', CAT_*)
    ('at', AT_*)    -- the compiler picks line/word variants from the flags
    ('group', gid_or_None, add_flags, del_flags, seq)
    ('atomic', seq)
    ('repeat', REP_*, min, max, seq)
    ('branch', [seq, ...])
    ('assert', negate, behind, seq)
    ('groupref', gid)
    ('groupref_exists', gid, yes_seq, no_seq_or_None)
A seq is a Seq (a list of nodes with a cached width).
"""

from ._constants import *

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")

_SIMPLE_ESCAPES = {
    "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92,
}
# escapes that stand for a category; usable inside a class too
_CLASS_CATEGORIES = {
    "\\d": CAT_DIGIT, "\\D": CAT_NOT_DIGIT, "\\s": CAT_SPACE,
    "\\S": CAT_NOT_SPACE, "\\w": CAT_WORD, "\\W": CAT_NOT_WORD,
}
# escapes that are assertions (outside a class only)
_AT_ESCAPES = {
    "\\A": AT_BEGINNING_STRING, "\\Z": AT_END_STRING,
    "\\b": AT_BOUNDARY, "\\B": AT_NON_BOUNDARY,
}

FLAGS = {
    "i": SRE_FLAG_IGNORECASE, "L": SRE_FLAG_LOCALE, "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL, "x": SRE_FLAG_VERBOSE, "a": SRE_FLAG_ASCII,
    "t": SRE_FLAG_TEMPLATE, "u": SRE_FLAG_UNICODE,
}
TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE

_UNIT_KINDS = frozenset(('lit', 'not_lit', 'any', 'in'))
_PACKAGE_DIR = __file__.rpartition('/')[0]


def _warn(msg, category):
    """Issues a warning attributed to the first caller outside this package
    (nothing happens when no warnings module is available)."""
    try:
        import warnings
        import sys
    except ImportError:
        return
    level = 1
    try:
        f = sys._getframe(1)
        while f is not None and f.f_code.co_filename.startswith(_PACKAGE_DIR):
            f = f.f_back
            level += 1
    except (AttributeError, ValueError):
        pass
    warnings.warn(msg, category, stacklevel=level)


class Seq:
    """A sequence of nodes; width() is (min, max) characters matched."""

    def __init__(self, state, items=None):
        self.state = state
        self.items = [] if items is None else items
        self._width = None

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def append(self, node):
        self.items.append(node)

    def __repr__(self):
        return 'Seq(%r)' % (self.items,)

    def width(self):
        if self._width is not None:
            return self._width
        lo = hi = 0
        for node in self.items:
            kind = node[0]
            if kind in _UNIT_KINDS:
                lo += 1
                hi += 1
            elif kind == 'branch':
                blo = MAXREPEAT - 1
                bhi = 0
                for alt in node[1]:
                    a, b = alt.width()
                    blo = min(blo, a)
                    bhi = max(bhi, b)
                lo += blo
                hi += bhi
            elif kind == 'group':
                a, b = node[4].width()
                lo += a
                hi += b
            elif kind == 'atomic':
                a, b = node[1].width()
                lo += a
                hi += b
            elif kind == 'repeat':
                a, b = node[4].width()
                lo += a * node[2]
                hi += b * node[3]
            elif kind == 'groupref':
                a, b = self.state.groupwidths[node[1]]
                lo += a
                hi += b
            elif kind == 'groupref_exists':
                a, b = node[2].width()
                if node[3] is not None:
                    c, d = node[3].width()
                    a = min(a, c)
                    b = max(b, d)
                else:
                    a = 0
                lo += a
                hi += b
        self._width = (min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT))
        return self._width


class State:
    """What the parser learns about groups while it goes."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]          # index 0: the whole match
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error("redefinition of group name %r as group %d; was group %d"
                            % (name, gid, old))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, seq):
        self.groupwidths[gid] = seq.width()

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same lookbehind subpattern')


class Source:
    """The pattern as a stream of tokens: one character, or a backslash and
    the character after it."""

    def __init__(self, pattern):
        self.istext = isinstance(pattern, str)
        self.pattern = pattern
        self.text = pattern if self.istext else str(pattern, 'latin1')
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        text = self.text
        if i >= len(text):
            self.next = None
            return
        ch = text[i]
        if ch == "\\":
            i += 1
            if i >= len(text):
                raise error("bad escape (end of pattern)", self.pattern, len(self.pattern) - 1)
            ch += text[i]
        self.index = i + 1
        self.next = ch

    def match(self, token):
        if token == self.next:
            self._advance()
            return True
        return False

    def get(self):
        tok = self.next
        self._advance()
        return tok

    def getwhile(self, n, allowed):
        out = ''
        for _ in range(n):
            tok = self.next
            if tok not in allowed:
                break
            out += tok
            self._advance()
        return out

    def getuntil(self, terminator, what):
        out = ''
        while True:
            tok = self.next
            self._advance()
            if tok is None:
                if not out:
                    raise self.error("missing " + what)
                raise self.error("missing %s, unterminated name" % terminator, len(out))
            if tok == terminator:
                if not out:
                    raise self.error("missing " + what, 1)
                return out
            out += tok

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.pattern, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)
        if not (self.istext or name.isascii()):
            _warn("bad character in group name %a at position %d"
                  % (name, self.tell() - len(name) - offset), DeprecationWarning)


def _numeric_escape(source, esc, c):
    """\\x, \\u, \\U and \\N escapes (shared by both contexts); None otherwise."""
    if c == "x":
        esc += source.getwhile(2, HEXDIGITS)
        if len(esc) != 4:
            raise source.error("incomplete escape %s" % esc, len(esc))
        return int(esc[2:], 16)
    if c == "u" and source.istext:
        esc += source.getwhile(4, HEXDIGITS)
        if len(esc) != 6:
            raise source.error("incomplete escape %s" % esc, len(esc))
        return int(esc[2:], 16)
    if c == "U" and source.istext:
        esc += source.getwhile(8, HEXDIGITS)
        if len(esc) != 10:
            raise source.error("incomplete escape %s" % esc, len(esc))
        value = int(esc[2:], 16)
        if value > 0x10ffff:
            raise source.error("bad escape %s" % esc, len(esc))
        return value
    if c == "N" and source.istext:
        if not source.match('{'):
            raise source.error("missing {")
        name = source.getuntil('}', 'character name')
        try:
            import unicodedata
            return ord(unicodedata.lookup(name))
        except (KeyError, TypeError, ImportError):
            raise source.error("undefined character name %r" % name,
                               len(name) + len(r'\N{}')) from None
    return None


def _octal(source, esc):
    """The value of an octal escape such as \\101 (at most 0o377)."""
    value = int(esc[1:], 8)
    if value > 0o377:
        raise source.error('octal escape value %s outside of range 0-0o377' % esc, len(esc))
    return value


def _class_escape(source, esc):
    """An escape inside [...]: ('lit', c) or ('cat', CAT_*)."""
    if esc in _SIMPLE_ESCAPES:
        return ('lit', _SIMPLE_ESCAPES[esc])
    if esc in _CLASS_CATEGORIES:
        return ('cat', _CLASS_CATEGORIES[esc])
    c = esc[1]
    value = _numeric_escape(source, esc, c)
    if value is not None:
        return ('lit', value)
    if c in OCTDIGITS:
        esc += source.getwhile(2, OCTDIGITS)
        return ('lit', _octal(source, esc))
    if c in DIGITS or c in ASCIILETTERS:
        raise source.error('bad escape %s' % esc, len(esc))
    return ('lit', ord(c))


def _escape(source, esc, state):
    """An escape outside a class: a node."""
    if esc in _CLASS_CATEGORIES:
        return ('in', False, [('cat', _CLASS_CATEGORIES[esc])])
    if esc in _AT_ESCAPES:
        return ('at', _AT_ESCAPES[esc])
    if esc in _SIMPLE_ESCAPES:
        return ('lit', _SIMPLE_ESCAPES[esc])
    c = esc[1]
    value = _numeric_escape(source, esc, c)
    if value is not None:
        return ('lit', value)
    if c == "0":
        esc += source.getwhile(2, OCTDIGITS)
        return ('lit', int(esc[1:], 8))
    if c in DIGITS:
        # an octal escape (three octal digits) or a group reference
        if source.next in DIGITS:
            esc += source.get()
            if esc[1] in OCTDIGITS and esc[2] in OCTDIGITS and source.next in OCTDIGITS:
                esc += source.get()
                return ('lit', _octal(source, esc))
        gid = int(esc[1:])
        if gid < state.groups:
            if not state.checkgroup(gid):
                raise source.error("cannot refer to an open group", len(esc))
            state.checklookbehindgroup(gid, source)
            return ('groupref', gid)
        raise source.error("invalid group reference %d" % gid, len(esc) - 1)
    if c in ASCIILETTERS:
        raise source.error("bad escape %s" % esc, len(esc))
    return ('lit', ord(c))


def _parse_alternation(source, state, verbose, nested):
    alts = []
    while True:
        alts.append(_parse_sequence(source, state, verbose, nested + 1,
                                    not nested and not alts))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & SRE_FLAG_VERBOSE
    if len(alts) == 1:
        return alts[0]
    return Seq(state, [('branch', alts)])


_SET_OPS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union'}


def _parse_class(source, state, start):
    if source.next == '[':
        _warn('Possible nested set at position %d' % source.tell(), FutureWarning)
    negate = source.match("^")
    items = []
    while True:
        tok = source.get()
        if tok is None:
            raise source.error("unterminated character set", source.tell() - start)
        if tok == "]" and items:
            break
        if tok[0] == "\\":
            first = _class_escape(source, tok)
        else:
            if items and tok in _SET_OPS and source.next == tok:
                _warn('Possible set %s at position %d' % (_SET_OPS[tok], source.tell() - 1),
                      FutureWarning)
            first = ('lit', ord(tok))
        if source.match("-"):
            tok2 = source.get()
            if tok2 is None:
                raise source.error("unterminated character set", source.tell() - start)
            if tok2 == "]":
                items.append(first)
                items.append(('lit', ord("-")))
                break
            if tok2[0] == "\\":
                second = _class_escape(source, tok2)
            else:
                if tok2 == '-':
                    _warn('Possible set difference at position %d' % (source.tell() - 2),
                          FutureWarning)
                second = ('lit', ord(tok2))
            if first[0] != 'lit' or second[0] != 'lit' or second[1] < first[1]:
                raise source.error("bad character range %s-%s" % (tok, tok2),
                                   len(tok) + 1 + len(tok2))
            items.append(('range', first[1], second[1]))
        else:
            items.append(first)
    items = list(dict.fromkeys(items))
    if len(items) == 1 and items[0][0] == 'lit':
        return ('not_lit', items[0][1]) if negate else items[0]
    return ('in', bool(negate), items)


def _parse_repeat(source, seq, tok):
    """Applies the quantifier `tok` to the last node of `seq`; False when a
    `{` turned out to be a literal."""
    here = source.tell()
    if tok == "?":
        lo, hi = 0, 1
    elif tok == "*":
        lo, hi = 0, MAXREPEAT
    elif tok == "+":
        lo, hi = 1, MAXREPEAT
    else:
        if source.next == "}":
            return False
        lo, hi = 0, MAXREPEAT
        los = his = ""
        while source.next in DIGITS:
            los += source.get()
        if source.match(","):
            while source.next in DIGITS:
                his += source.get()
        else:
            his = los
        if not source.match("}"):
            source.seek(here)
            return False
        if los:
            lo = int(los)
            if lo >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if his:
            hi = int(his)
            if hi >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if hi < lo:
                raise source.error("min repeat greater than max repeat", source.tell() - here)
    if not seq.items or seq.items[-1][0] == 'at':
        raise source.error("nothing to repeat", source.tell() - here + len(tok))
    last = seq.items[-1]
    if last[0] == 'repeat':
        raise source.error("multiple repeat", source.tell() - here + len(tok))
    if last[0] == 'group' and last[1] is None and not last[2] and not last[3]:
        body = last[4]
    else:
        body = Seq(seq.state, [last])
    if source.match("?"):
        kind = REP_LAZY
    elif source.match("+"):
        kind = REP_POSSESSIVE
    else:
        kind = REP_GREEDY
    seq.items[-1] = ('repeat', kind, lo, hi, body)
    seq._width = None
    return True


def _parse_sequence(source, state, verbose, nested, first=False):
    seq = Seq(state)
    while True:
        tok = source.next
        if tok is None or tok == "|" or tok == ")":
            break
        source.get()
        if verbose:
            if tok in WHITESPACE:
                continue
            if tok == "#":
                while True:
                    tok = source.get()
                    if tok is None or tok == "\n":
                        break
                continue
        if tok[0] == "\\":
            seq.append(_escape(source, tok, state))
        elif tok not in SPECIAL_CHARS:
            seq.append(('lit', ord(tok)))
        elif tok == "[":
            seq.append(_parse_class(source, state, source.tell() - 1))
        elif tok in REPEAT_CHARS:
            if not _parse_repeat(source, seq, tok):
                seq.append(('lit', ord(tok)))
        elif tok == ".":
            seq.append(('any',))
        elif tok == "(":
            node = _parse_paren(source, state, verbose, nested, first, seq)
            if node is _GLOBAL_FLAGS_SEEN:
                verbose = state.flags & SRE_FLAG_VERBOSE
            elif node is not None:
                seq.append(node)
        elif tok == "^":
            seq.append(('at', AT_BEGINNING))
        elif tok == "$":
            seq.append(('at', AT_END))
    # non-capturing groups without flags dissolve into the sequence
    out = []
    for node in seq.items:
        if node[0] == 'group' and node[1] is None and not node[2] and not node[3]:
            out.extend(node[4].items)
        else:
            out.append(node)
    seq.items = out
    seq._width = None
    return seq


_GLOBAL_FLAGS_SEEN = object()


def _parse_paren(source, state, verbose, nested, first, seq):
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add_flags = del_flags = 0
    if source.match("?"):
        ch = source.get()
        if ch is None:
            raise source.error("unexpected end of pattern")
        if ch == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                source.checkgroupname(name, 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                source.checkgroupname(name, 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error("unknown group name %r" % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                state.checklookbehindgroup(gid, source)
                return ('groupref', gid)
            else:
                ch = source.get()
                if ch is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + ch, len(ch) + 2)
        elif ch == ":":
            capture = False
        elif ch == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment", source.tell() - start)
                if source.get() == ")":
                    return None
        elif ch in "=!<":
            behind = False
            if ch == "<":
                ch = source.get()
                if ch is None:
                    raise source.error("unexpected end of pattern")
                if ch not in "=!":
                    raise source.error("unknown extension ?<" + ch, len(ch) + 2)
                behind = True
                outer = state.lookbehindgroups
                if outer is None:
                    state.lookbehindgroups = state.groups
            body = _parse_alternation(source, state, verbose, nested + 1)
            if behind and outer is None:
                state.lookbehindgroups = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            return ('assert', ch == "!", behind, body)
        elif ch == "(":
            return _parse_conditional(source, state, verbose, nested, start)
        elif ch == ">":
            capture = False
            atomic = True
        elif ch in FLAGS or ch == "-":
            flags = _parse_flags(source, state, ch)
            if flags is None:
                if not first or seq.items:
                    raise source.error('global flags not at the start of the expression',
                                       source.tell() - start)
                return _GLOBAL_FLAGS_SEEN
            add_flags, del_flags = flags
            capture = False
        else:
            raise source.error("unknown extension ?" + ch, len(ch) + 1)
    if capture:
        try:
            gid = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    else:
        gid = None
    sub_verbose = ((verbose or (add_flags & SRE_FLAG_VERBOSE)) and
                   not (del_flags & SRE_FLAG_VERBOSE))
    body = _parse_alternation(source, state, sub_verbose, nested + 1)
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    if gid is not None:
        state.closegroup(gid, body)
    if atomic:
        return ('atomic', body)
    return ('group', gid, add_flags, del_flags, body)


def _parse_conditional(source, state, verbose, nested, start):
    condname = source.getuntil(")", "group name")
    if condname.isidentifier():
        source.checkgroupname(condname, 1)
        gid = state.groupdict.get(condname)
        if gid is None:
            raise source.error("unknown group name %r" % condname, len(condname) + 1)
    else:
        try:
            gid = int(condname)
            if gid < 0:
                raise ValueError
        except ValueError:
            raise source.error("bad character in group name %r" % condname,
                               len(condname) + 1) from None
        if not gid:
            raise source.error("bad group number", len(condname) + 1)
        if gid >= MAXGROUPS:
            raise source.error("invalid group reference %d" % gid, len(condname) + 1)
        if gid not in state.grouprefpos:
            state.grouprefpos[gid] = source.tell() - len(condname) - 1
        if not (condname.isdecimal() and condname.isascii()):
            _warn("bad character in group name %s at position %d"
                  % (repr(condname) if source.istext else ascii(condname),
                     source.tell() - len(condname) - 1), DeprecationWarning)
    state.checklookbehindgroup(gid, source)
    yes = _parse_sequence(source, state, verbose, nested + 1)
    if source.match("|"):
        no = _parse_sequence(source, state, verbose, nested + 1)
        if source.next == "|":
            raise source.error("conditional backref with more than two branches")
    else:
        no = None
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    return ('groupref_exists', gid, yes, no)


def _parse_flags(source, state, ch):
    add = 0
    remove = 0
    if ch != "-":
        while True:
            flag = FLAGS[ch]
            if source.istext:
                if ch == 'L':
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif ch == 'u':
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add |= flag
            if (flag & TYPE_FLAGS) and (add & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            ch = source.get()
            if ch is None:
                raise source.error("missing -, : or )")
            if ch in ")-:":
                break
            if ch not in FLAGS:
                raise source.error("unknown flag" if ch.isalpha() else "missing -, : or )", len(ch))
    if ch == ")":
        state.flags |= add
        return None
    if add & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if ch == "-":
        ch = source.get()
        if ch is None:
            raise source.error("missing flag")
        if ch not in FLAGS:
            raise source.error("unknown flag" if ch.isalpha() else "missing flag", len(ch))
        while True:
            flag = FLAGS[ch]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            remove |= flag
            ch = source.get()
            if ch is None:
                raise source.error("missing :")
            if ch == ":":
                break
            if ch not in FLAGS:
                raise source.error("unknown flag" if ch.isalpha() else "missing :", len(ch))
    if remove & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add & remove:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add, remove


def fix_flags(pattern, flags):
    """Checks the flags against the pattern type and adds the default."""
    if isinstance(pattern, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & SRE_FLAG_ASCII:
            flags |= SRE_FLAG_UNICODE
        elif flags & SRE_FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(pattern, flags=0):
    """Parses `pattern`; returns (Seq, State) with State.flags final."""
    source = Source(pattern)
    state = State()
    state.flags = flags
    seq = _parse_alternation(source, state, flags & SRE_FLAG_VERBOSE, 0)
    state.flags = fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for gid, pos in state.grouprefpos.items():
        if gid >= state.groups:
            raise error("invalid group reference %d" % gid, pattern, pos)
    return seq, state


# ---------------------------------------------------------------- templates

def parse_template(template, groups, groupindex):
    """Parses a replacement template into (parts, group_slots): parts is a
    list of literal strings (or bytes) and None placeholders; group_slots is
    a list of (index into parts, group number)."""
    s = Source(template)
    parts = []
    slots = []
    buf = []

    def addgroup(index, offset):
        if index > groups:
            raise s.error("invalid group reference %d" % index, offset)
        if buf:
            parts.append(''.join(buf))
            del buf[:]
        slots.append((len(parts), index))
        parts.append(None)

    while True:
        tok = s.get()
        if tok is None:
            break
        if tok[0] != "\\":
            buf.append(tok)
            continue
        c = tok[1]
        if c == "g":
            if not s.match("<"):
                raise s.error("missing <")
            name = s.getuntil(">", "group name")
            if name.isidentifier():
                try:
                    index = groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name %r" % name) from None
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise s.error("bad character in group name %r" % name,
                                  len(name) + 1) from None
                if index >= MAXGROUPS:
                    raise s.error("invalid group reference %d" % index, len(name) + 1)
                if not (name.isdecimal() and name.isascii()):
                    _warn("bad character in group name %s at position %d"
                          % (repr(name) if s.istext else ascii(name), s.tell() - len(name) - 1),
                          DeprecationWarning)
            addgroup(index, len(name) + 1)
        elif c == "0":
            if s.next in OCTDIGITS:
                tok += s.get()
                if s.next in OCTDIGITS:
                    tok += s.get()
            buf.append(chr(int(tok[1:], 8) & 0xff))
        elif c in DIGITS:
            octal = False
            if s.next in DIGITS:
                tok += s.get()
                if c in OCTDIGITS and tok[2] in OCTDIGITS and s.next in OCTDIGITS:
                    tok += s.get()
                    octal = True
                    buf.append(chr(_octal(s, tok)))
            if not octal:
                addgroup(int(tok[1:]), len(tok) - 1)
        elif tok in _SIMPLE_ESCAPES:
            buf.append(chr(_SIMPLE_ESCAPES[tok]))
        elif c in ASCIILETTERS:
            raise s.error('bad escape %s' % tok, len(tok))
        else:
            buf.append(tok)
    if buf:
        parts.append(''.join(buf))
    if not isinstance(template, str):
        parts = [None if p is None else p.encode('latin-1') for p in parts]
    return parts, slots
