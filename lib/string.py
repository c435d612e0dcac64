"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

Coil's string module. Template placeholders are scanned by hand (Coil has no
re module): the default syntax is $$, $identifier and ${identifier} with
ASCII identifiers, and the delimiter may be overridden by a subclass. A
subclass that overrides pattern, idpattern, braceidpattern or flags needs
the re module. Formatter parses format strings itself with the same rules
and error messages as str.format.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
# Template strings

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'

_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # r'[a-z]' matches to non-ASCII letters when used with IGNORECASE, but
    # without the ASCII flag.  We can't add re.ASCII to flags because of
    # backward compatibility.  So we use the ?a local flag and [a-z] pattern.
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = 2       # re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        # The hand-written scanner handles the default syntax with any
        # delimiter; a customised syntax is compiled with re.
        if ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN
                or cls.braceidpattern is not None or cls.flags != 2):
            import re
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = re.escape(cls.delimiter)
                id = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                pattern = fr"""
                {delim}(?:
                  (?P<escaped>{delim})  |   # Escape sequence of two delimiters
                  (?P<named>{id})       |   # delimiter and a Python identifier
                  {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
                  (?P<invalid>)             # Other ill-formed delimiter exprs
                )
                """
            cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    # Scanning: yields (start, end, kind, name) for each placeholder, where
    # kind is 'escaped', 'named', 'braced' or 'invalid'.

    def _placeholders(self):
        pattern = getattr(type(self), 'pattern', None)
        if pattern is not None:
            for mo in pattern.finditer(self.template):
                for kind in ('escaped', 'named', 'braced', 'invalid'):
                    value = mo.group(kind)
                    if value is not None:
                        yield mo.start(), mo.end(), kind, value
                        break
                else:
                    raise ValueError('Unrecognized named group in pattern',
                                     pattern)
            return
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(text)
        i = text.find(delim) if dlen else -1
        while i >= 0:
            j = i + dlen
            if text.startswith(delim, j):
                yield i, j + dlen, 'escaped', delim
                i = text.find(delim, j + dlen)
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                yield i, k, 'named', text[j:k]
                i = text.find(delim, k)
                continue
            if j + 1 < n and text[j] == '{' and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                if k < n and text[k] == '}':
                    yield i, k + 1, 'braced', text[j + 1:k]
                    i = text.find(delim, k + 1)
                    continue
            yield i, j, 'invalid', ''
            i = text.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        parts = []
        pos = 0
        text = self.template
        for start, end, kind, value in self._placeholders():
            parts.append(text[pos:start])
            pos = end
            if kind == 'named' or kind == 'braced':
                parts.append(str(mapping[value]))
            elif kind == 'escaped':
                parts.append(self.delimiter)
            else:
                self._invalid(end)
        parts.append(text[pos:])
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        parts = []
        pos = 0
        text = self.template
        for start, end, kind, value in self._placeholders():
            parts.append(text[pos:start])
            pos = end
            if kind == 'named' or kind == 'braced':
                try:
                    parts.append(str(mapping[value]))
                except KeyError:
                    parts.append(text[start:end])
            elif kind == 'escaped':
                parts.append(self.delimiter)
            else:
                parts.append(text[start:end])
        parts.append(text[pos:])
        return ''.join(parts)

    def is_valid(self):
        for start, end, kind, value in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, value in self._placeholders():
            if kind == 'named' or kind == 'braced':
                if value not in ids:
                    ids.append(value)
        return ids


class _ChainLookup:
    # Keyword arguments take precedence over the mapping.
    __slots__ = ('_first', '_second')

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


########################################################################
# Formatter: the str.format() machinery, in Python.

def _parse_format(format_string):
    # Yields (literal_text, field_name, format_spec, conversion) as
    # str.format parses them; see Formatter.parse.
    s = format_string
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ''
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= n
        length = pos - start
        if markup and c == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if markup and at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if markup:
            if s[pos] == c:
                # A doubled brace is literal text, ending this chunk.
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield literal, None, None, None
            continue
        name, spec, conversion, pos = _parse_field(s, pos)
        yield literal, name, spec, conversion


def _parse_field(s, pos):
    # Parses the field that starts at s[pos] (just after its '{') and returns
    # (field_name, format_spec, conversion, position after the field).
    n = len(s)
    start = pos
    c = ''
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < n and s[pos] != ']':
                pos += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    name = s[start:pos - 1]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if pos >= n:
                raise ValueError('end of string while looking for conversion '
                                 'specifier')
            conversion = s[pos]
            pos += 1
            if pos < n:
                c = s[pos]
                pos += 1
                if c == '}':
                    return name, '', conversion, pos
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        depth = 1
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    return name, s[spec_start:pos - 1], conversion, pos
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return name, '', conversion, pos


def _split_field_name(field_name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); a numeric first part
    # becomes an int.
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        i += 1
        if c == '.':
            j = i
            while i < n and field_name[i] not in '.[':
                i += 1
            name = field_name[j:i]
            if not name:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name))
        elif c == '[':
            j = i
            while i < n and field_name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = field_name[j:i]
            if not key:
                raise ValueError('Empty attribute in format string')
            i += 1
            if key.isdigit() and key.isascii():
                key = int(key)
            rest.append((False, key))
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")
    return first, iter(rest)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering ("{}") and manual numbering ("{0}")
            # cannot be mixed; auto_arg_index becomes False once manual
            # numbering is seen.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec,
        conversion) tuples; field_name is None for literal-only text."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
