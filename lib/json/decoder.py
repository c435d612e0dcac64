"""Implementation of JSONDecoder

Coil's JSON decoder, in Python: a recursive scanner over the str with the
same grammar, results and error messages (and positions) as CPython's C
scanner. Errors are JSONDecodeError(msg, doc, pos), whose str() adds
"line L column C (char P)".
"""

import sys as _sys

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    # Note that this exception is used from _json
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = frozenset('0123456789abcdefABCDEF')


def _skip_ws(s, pos):
    n = len(s)
    while pos < n and s[pos] in _WS:
        pos += 1
    return pos


def _decode_uXXXX(s, pos):
    # pos is the index of the 'u'.
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and all(c in _HEX for c in esc):
        return int(esc, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Unescapes all valid JSON string escape sequences and raises ValueError
    on attempt to decode an invalid string. If strict is False then literal
    control characters are allowed in the string.

    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    chunks = []
    append = chunks.append
    begin = end - 1
    n = len(s)
    while True:
        # The run of plain characters up to the next quote or backslash.
        q = s.find('"', end)
        b = s.find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            if strict:
                _check_control(s, end, n)
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if stop > end:
            # (the printable test inline: one frame less at the deepest level)
            if strict and not s[end:stop].isprintable():
                _check_control(s, end, stop)
            append(s[end:stop])
        end = stop + 1
        if stop == q and b < 0:
            return ''.join(chunks), end
        # A backslash escape.
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            try:
                char = _BACKSLASH[esc]
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, end - 1) from None
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        append(char)


def _check_control(s, start, stop):
    segment = s[start:stop]
    if segment.isprintable():
        return
    for i in range(start, stop):
        if s[i] < ' ':
            raise JSONDecodeError("Invalid control character at", s, i)


class _Scanner:
    # One decode: the options of the decoder plus the memo of object keys.

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}
        # Nesting: as CPython's C scanner, each array or object level counts
        # one call against the recursion limit (on top of the Python frames
        # below raw_decode), with its own message. Each level costs exactly
        # one Python frame here (raw_decode, scan_array and scan_object
        # dispatch containers themselves), so the explicit check trips first.
        self.depth = 0
        self.max_depth = _sys.getrecursionlimit()
        # Made here: calling RecursionError at the limit would itself count
        # a level and fail ("while calling a Python object").
        self.array_too_deep = RecursionError(
            'maximum recursion depth exceeded while decoding a JSON array from a unicode string')
        self.object_too_deep = RecursionError(
            'maximum recursion depth exceeded while decoding a JSON object from a unicode string')

    def scan(self, s, idx):
        # Returns (value, end); raises StopIteration(idx) when no value
        # starts at idx.
        try:
            nextchar = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return scanstring(s, idx + 1, self.strict)
        if nextchar == '{':
            return self.scan_object(s, idx + 1)
        if nextchar == '[':
            return self.scan_array(s, idx + 1)
        if nextchar == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if nextchar == 't' and s.startswith('true', idx):
            return True, idx + 4
        if nextchar == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if nextchar and (nextchar in _DIGITS or nextchar == '-'):
            result = self.scan_number(s, idx)
            if result is not None:
                return result
        if nextchar == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if nextchar == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if nextchar == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def scan_number(self, s, idx):
        span = self.number_span(s, idx)
        if span is None:
            return None
        text, is_float, end = span
        return (self.parse_float(text) if is_float else self.parse_int(text)), end

    def number_span(self, s, idx):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? as (text, is_float,
        # end), or None. No calls (len(s) is self.n): at the deepest level of
        # a nesting, a call here would count a level CPython's C scanner
        # does not (runtime/recursion.h); the caller converts the text.
        n = self.n
        i = idx
        if s[i] == '-':
            i += 1
            if i >= n:
                return None
        if s[i] == '0':
            i += 1
        elif '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            return None
        int_end = i
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '-+':
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        if is_float:
            return s[idx:i], True, i
        return s[idx:int_end], False, int_end

    def scan_object(self, s, end):
        self.depth += 1
        if self.depth > self.max_depth:
            raise self.object_too_deep
        pairs = []
        append = pairs.append
        memo_get = self.memo.setdefault
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                self.depth -= 1
                return self._finish_object(pairs), end + 1
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            # A key without escapes is sliced here: scanstring's frame and its
            # calls would put the deepest level two levels further than
            # CPython's C scanner goes (runtime/recursion.h counts the calls).
            q = s.find('"', end)
            if q >= 0 and s.find('\\', end, q) < 0 and (not self.strict or s[end:q].isprintable()):
                key, end = s[end:q], q + 1
            else:
                key, end = scanstring(s, end, self.strict)
            key = memo_get(key, key)
            end = _skip_ws(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                c = s[end:end + 1]
                if c == '"':
                    value, end = scanstring(s, end + 1, self.strict)
                elif c == '[':
                    value, end = self.scan_array(s, end + 1)
                elif c == '{':
                    value, end = self.scan_object(s, end + 1)
                elif c and (c in _DIGITS or c == '-'):
                    span = self.number_span(s, end)
                    if span is None:
                        value, end = self.scan(s, end)
                    else:
                        text, is_float, end = span
                        value = self.parse_float(text) if is_float else self.parse_int(text)
                else:
                    value, end = self.scan(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes",
                    s, end - 1)
        self.depth -= 1
        return self._finish_object(pairs), end

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj

    def scan_array(self, s, end):
        self.depth += 1
        if self.depth > self.max_depth:
            raise self.array_too_deep
        values = []
        append = values.append
        end = _skip_ws(s, end)
        if s[end:end + 1] == ']':
            self.depth -= 1
            return values, end + 1
        while True:
            try:
                c = s[end:end + 1]
                if c == '"':
                    value, end = scanstring(s, end + 1, self.strict)
                elif c == '[':
                    value, end = self.scan_array(s, end + 1)
                elif c == '{':
                    value, end = self.scan_object(s, end + 1)
                elif c and (c in _DIGITS or c == '-'):
                    span = self.number_span(s, end)
                    if span is None:
                        value, end = self.scan(s, end)
                    else:
                        text, is_float, end = span
                        value = self.parse_float(text) if is_float else self.parse_int(text)
                else:
                    value, end = self.scan(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        self.depth -= 1
        return values, end


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.

    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """``object_hook``, if specified, will be called with the result
        of every JSON object decoded and its return value will be used in
        place of the given ``dict``.

        ``object_pairs_hook``, if specified will be called with the result of
        every JSON object decoded with an ordered list of pairs.  The return
        value of ``object_pairs_hook`` will be used instead of the ``dict``.

        ``parse_float``, if specified, will be called with the string
        of every JSON float to be decoded; ``parse_int`` likewise for JSON
        integers; ``parse_constant`` for -Infinity, Infinity and NaN.

        If ``strict`` is false (true is the default), then control
        characters will be allowed inside strings.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.

        """
        if idx < 0:
            raise JSONDecodeError("Expecting value", s, idx)
        scanner = _Scanner(self)
        scanner.n = len(s)
        # The Python frames up to this one count against the limit too.
        frame, frames = _sys._getframe(), 0
        while frame is not None:
            frames += 1
            frame = frame.f_back
        scanner.max_depth -= frames + 1
        try:
            c = s[idx:idx + 1]
            if c == '[':
                obj, end = scanner.scan_array(s, idx + 1)
            elif c == '{':
                obj, end = scanner.scan_object(s, idx + 1)
            else:
                obj, end = scanner.scan(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
