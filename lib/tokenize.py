"""Tokenization of Python source, as CPython 3.11's pure-Python tokenize.

tokenize(readline) reads bytes (an ENCODING token first), generate_tokens
(readline) reads str. Tokens are TokenInfo 5-tuples (type, string, start,
end, line); operators have type OP and their precise type in exact_type.
The token patterns are the language reference's lexical grammar written as
regular expressions; each line is scanned from left to right with them.
"""
import collections
import functools
import itertools
import re
import sys
from builtins import open as _builtin_open
from token import *
from token import EXACT_TOKEN_TYPES

import token as _token

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                            "untokenize", "TokenInfo"]
del _token

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


# ---------------------------------------------------------------- patterns
Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?[0-9](?:_?[0-9])*'
Pointfloat = group(r'[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?',
                   r'\.[0-9](?:_?[0-9])*') + maybe(Exponent)
Expfloat = r'[0-9](?:_?[0-9])*' + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(r'[0-9](?:_?[0-9])*[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    # Every spelling (any case, any order) of the valid prefixes, and ''.
    result = {''}
    for prefix in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in itertools.permutations(prefix):
            for cased in itertools.product(*[(c, c.upper()) for c in order]):
                result.add(''.join(cased))
    return result


@functools.lru_cache
def _compile(expr):
    return re.compile(expr, re.UNICODE)


StringPrefix = group(*_all_string_prefixes())

# The rest of a string after its opening quote(s).
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

# Longest operators first, so that the alternation finds them.
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# First (or only) line of ' or " string.
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" +
                group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' +
                group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

endpats = {}
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
del _prefix

single_quoted = set()
triple_quoted = set()
for _t in _all_string_prefixes():
    for _u in (_t + '"', _t + "'"):
        single_quoted.add(_u)
    for _u in (_t + '"""', _t + "'''"):
        triple_quoted.add(_u)
del _t, _u

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---------------------------------------------------------------- untokenize
class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        rows = row - self.prev_row
        if rows:
            self.tokens.append("\\\n" * rows)
            self.prev_col = 0
        cols = col - self.prev_col
        if cols:
            self.tokens.append(" " * cols)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for tok in it:
            if len(tok) == 2:
                self.compat(tok, it)
                break
            kind, text, start, end, line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        # (type, string) pairs: spacing is guessed, not reproduced.
        indents = []
        out = self.tokens.append
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in itertools.chain([token], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out(indents[-1])
                at_line_start = False
            out(text)


def untokenize(iterable):
    """Source text (bytes when an ENCODING token was seen) from tokens:
    5-tuples reproduce the original spacing, 2-tuples give equivalent code."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


# ---------------------------------------------------------------- encodings
def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
       enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """(encoding, lines read) from a PEP 263 cookie or UTF-8 BOM in the first
    two lines of a bytes source; 'utf-8' by default."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    encoding = None
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            b'x'.decode(encoding, 'ignore')
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(b'\xef\xbb\xbf'):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file read-only in text mode, decoded with the
    encoding detect_encoding() finds."""
    import io
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


# ---------------------------------------------------------------- tokenizing
def tokenize(readline):
    """Tokens of the bytes source read by readline(), starting with ENCODING."""
    encoding, consumed = detect_encoding(readline)
    empty = _generate_empty()
    rl_gen = itertools.chain(consumed, iter(readline, b""), empty)
    return _tokenize(rl_gen.__next__, encoding)


def _generate_empty():
    while True:
        yield b''


def generate_tokens(readline):
    """Tokens of the str source read by readline() (no ENCODING token)."""
    return _tokenize(readline, None)


class _Scanner:
    """State carried from line to line: open brackets, indentation stack,
    backslash continuation and an unfinished string."""

    def __init__(self):
        self.lnum = 0
        self.depth = 0          # open brackets
        self.continued = False  # after a backslash-newline
        self.indents = [0]
        self.string = None      # text of an unfinished string so far
        self.string_start = None
        self.string_lines = None
        self.string_end = None  # compiled pattern ending it
        self.needs_continuation = False

    def finish_string(self, line):
        """Tokens for a string left open on earlier lines; returns (tokens,
        position to continue at, or None to read the next line)."""
        if not line:
            raise TokenError("EOF in multi-line string", self.string_start)
        m = self.string_end.match(line)
        if m:
            end = m.end(0)
            tok = TokenInfo(STRING, self.string + line[:end], self.string_start,
                            (self.lnum, end), self.string_lines + line)
            self.string = None
            self.needs_continuation = False
            self.string_lines = None
            return [tok], end
        if self.needs_continuation and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
            tok = TokenInfo(ERRORTOKEN, self.string + line, self.string_start,
                            (self.lnum, len(line)), self.string_lines)
            self.string = None
            self.string_lines = None
            return [tok], None
        self.string += line
        self.string_lines += line
        return [], None

    def line_start(self, line):
        """Indentation tokens (or a blank/comment line's tokens); returns
        (tokens, position, whether to scan the rest of the line)."""
        column = 0
        pos = 0
        n = len(line)
        while pos < n:
            c = line[pos]
            if c == ' ':
                column += 1
            elif c == '\t':
                column = (column // tabsize + 1) * tabsize
            elif c == '\f':
                column = 0
            else:
                break
            pos += 1
        if pos == n:
            return None, pos, False
        tokens = []
        if line[pos] in '#\r\n':
            if line[pos] == '#':
                text = line[pos:].rstrip('\r\n')
                tokens.append(TokenInfo(COMMENT, text, (self.lnum, pos),
                                        (self.lnum, pos + len(text)), line))
                pos += len(text)
            tokens.append(TokenInfo(NL, line[pos:], (self.lnum, pos),
                                    (self.lnum, len(line)), line))
            return tokens, pos, False
        if column > self.indents[-1]:
            self.indents.append(column)
            tokens.append(TokenInfo(INDENT, line[:pos], (self.lnum, 0), (self.lnum, pos), line))
        while column < self.indents[-1]:
            if column not in self.indents:
                raise IndentationError(
                    "unindent does not match any outer indentation level",
                    ("<tokenize>", self.lnum, pos, line))
            self.indents.pop()
            tokens.append(TokenInfo(DEDENT, '', (self.lnum, pos), (self.lnum, pos), line))
        return tokens, pos, True

    def scan(self, line, pos):
        """Tokens of the rest of the line from pos."""
        lnum = self.lnum
        n = len(line)
        pseudo = _compile(PseudoToken)
        while pos < n:
            m = pseudo.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            pos = end
            if start == end:
                continue
            text = line[start:end]
            first = line[start]
            spos, epos = (lnum, start), (lnum, end)
            if first in '0123456789' or (first == '.' and text not in ('.', '...')):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif first in '\r\n':
                yield TokenInfo(NL if self.depth > 0 else NEWLINE, text, spos, epos, line)
            elif first == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                closing = _compile(endpats[text])
                m2 = closing.match(line, pos)
                if m2:
                    pos = m2.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    self.string_start = (lnum, start)
                    self.string = line[start:]
                    self.string_lines = line
                    self.string_end = closing
                    return
            elif first in single_quoted or text[:2] in single_quoted or text[:3] in single_quoted:
                if text[-1] == '\n':
                    # A string continued with a backslash-newline.
                    self.string_start = (lnum, start)
                    quote = endpats.get(first) or endpats.get(text[1]) or endpats.get(text[2])
                    self.string_end = _compile(quote)
                    self.string = line[start:]
                    self.needs_continuation = True
                    self.string_lines = line
                    return
                yield TokenInfo(STRING, text, spos, epos, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif first == '\\':
                self.continued = True
            else:
                if first in '([{':
                    self.depth += 1
                elif first in ')]}':
                    self.depth -= 1
                yield TokenInfo(OP, text, spos, epos, line)


def _tokenize(readline, encoding):
    s = _Scanner()
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    previous = b''
    line = b''
    while True:
        try:
            previous = line
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        s.lnum += 1
        pos = 0
        if s.string is not None:
            tokens, pos = s.finish_string(line)
            yield from tokens
            if pos is None:
                continue
        elif s.depth == 0 and not s.continued:
            if not line:
                break
            tokens, pos, go_on = s.line_start(line)
            if tokens is None:
                break
            yield from tokens
            if not go_on:
                continue
        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (s.lnum, 0))
            s.continued = False
        yield from s.scan(line, pos)
    if previous and previous[-1] not in '\r\n' and not previous.strip().startswith("#"):
        yield TokenInfo(NEWLINE, '', (s.lnum - 1, len(previous)), (s.lnum - 1, len(previous) + 1), '')
    for _ in s.indents[1:]:
        yield TokenInfo(DEDENT, '', (s.lnum, 0), (s.lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (s.lnum, 0), (s.lnum, 0), '')


def main():
    import argparse

    def perror(message):
        sys.stderr.write(message)
        sys.stderr.write('\n')

    def error(message, filename=None, location=None):
        if location:
            args = (filename,) + location + (message,)
            perror("%s:%d:%d: error: %s" % args)
        elif filename:
            perror("%s: error: %s" % (filename, message))
        else:
            perror("error: %s" % message)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?',
                        metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()

    try:
        if args.filename:
            filename = args.filename
            with _builtin_open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = "<stdin>"
            tokens = _tokenize(sys.stdin.readline, None)
        for token in tokens:
            token_type = token.type
            if args.exact:
                token_type = token.exact_type
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            print("%-20s%-15s%-15r" % (token_range, tok_name[token_type], token.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        error(err.args[0], filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        error(err.args[0], filename, (line, column))
    except SyntaxError as err:
        error(err, filename)
    except OSError as err:
        error(err)
    except KeyboardInterrupt:
        print("interrupted\n")
    except Exception as err:
        perror("unexpected error: %s" % err)
        raise


if __name__ == "__main__":
    main()
