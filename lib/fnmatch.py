"""Filename matching with shell patterns (CPython 3.11's fnmatch API).

Patterns: '*' matches everything, '?' any single character, '[seq]' any
character in seq (with ranges such as a-z), '[!seq]' any character not in
seq. Matching is done directly on the parsed pattern (no `re`), with the
semantics of CPython's translation: a reversed range such as 'z-a' matches
nothing, an unclosed '[' is a literal character, backslashes are literal.
"""

import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _normcase(s):
    # POSIX: os.path.normcase is the identity (it only checks the type).
    if not isinstance(s, (str, bytes)):
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(s).__name__)
    return s


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after os.path.normcase)."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = _normcase(pat)
    match = _compile(pat)
    return [name for name in names if _match(match, _normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, case-sensitively."""
    if isinstance(name, bytes) != isinstance(pat, bytes):
        if isinstance(pat, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return _match(_compile(pat), name)


# Parsed pattern items: ('*',), ('?',), ('lit', ch), ('set', negated, chars, ranges)

@functools.lru_cache(maxsize=32768, typed=True)
def _compile(pat):
    if isinstance(pat, bytes):
        pat = pat.decode('latin-1')
        items = _parse(pat)
        return (True, items)
    return (False, _parse(pat))


def _set_end(pat, i):
    """Index of the ']' closing the set that starts at pat[i] (just after
    its '['), or -1 when it is not closed. A ']' first in the set (after an
    optional '!') is a member."""
    n = len(pat)
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    return j if j < n else -1


def _parse(pat):
    items = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1] != ('*',):
                items.append(('*',))
        elif c == '?':
            items.append(('?',))
        elif c == '[':
            j = _set_end(pat, i)
            if j < 0:
                items.append(('lit', '['))
                continue
            stuff = pat[i:j]
            i = j + 1
            negated = stuff.startswith('!')
            if negated:
                stuff = stuff[1:]
            items.append(_parse_set(negated, stuff))
        else:
            items.append(('lit', c))
    return tuple(items)


def _parse_set(negated, stuff):
    chars = set()
    ranges = []
    k, m = 0, len(stuff)
    while k < m:
        if k + 2 < m and stuff[k + 1] == '-':
            lo, hi = stuff[k], stuff[k + 2]
            if lo <= hi:
                ranges.append((lo, hi))
            k += 3
        else:
            chars.add(stuff[k])
            k += 1
    return ('set', negated, frozenset(chars), tuple(ranges))


def _item_matches(item, ch):
    kind = item[0]
    if kind == 'lit':
        return item[1] == ch
    if kind == '?':
        return True
    _, negated, chars, ranges = item
    found = ch in chars or any(lo <= ch <= hi for lo, hi in ranges)
    return found != negated


def _match(compiled, name):
    is_bytes, items = compiled
    if is_bytes:
        name = name.decode('latin-1')
    # Wildcard matching with backtracking to the last '*'.
    n_items, n_name = len(items), len(name)
    p = s = 0
    star_p = -1
    star_s = 0
    while s < n_name:
        if p < n_items and items[p] != ('*',) and _item_matches(items[p], name[s]):
            p += 1
            s += 1
        elif p < n_items and items[p] == ('*',):
            star_p = p
            star_s = s
            p += 1
        elif star_p >= 0:
            p = star_p + 1
            star_s += 1
            s = star_s
        else:
            return False
    while p < n_items and items[p] == ('*',):
        p += 1
    return p == n_items


def _set_regex(pat, i, j):
    """The regex text of the character set pat[i:j] (between '[' and ']')."""
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        # Split at the range hyphens; drop reversed (empty) ranges.
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(c.replace('\\', r'\\').replace('-', r'\-') for c in chunks)
    stuff = ''.join('\\' + c if c in '&~|' else c for c in stuff)
    if not stuff:
        return '(?!)'
    if stuff == '!':
        return '.'
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return f'[{stuff}]'


def translate(pat):
    """Translate a shell PATTERN to a regular expression (CPython 3.11's text)."""
    STAR = object()
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] is not STAR:
                res.append(STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = _set_end(pat, i)
            if j < 0:
                res.append('\\[')
            else:
                res.append(_set_regex(pat, i, j))
                i = j + 1
        else:
            res.append(_escape(c))
    # A star followed by fixed text and another star matches the text
    # lazily without backtracking (an atomic group).
    out = []
    i, n = 0, len(res)
    while i < n and res[i] is not STAR:
        out.append(res[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and res[i] is not STAR:
            fixed.append(res[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    return r'(?s:%s)\Z' % ''.join(out)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(c):
    return '\\' + c if c in _SPECIAL else c
