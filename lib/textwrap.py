"""Text wrapping and filling (CPython 3.11's textwrap).

CPython splits text into chunks with a regular expression (wordsep_re);
this module does the same split by hand, position by position, with the
same rules: runs of whitespace; em-dashes ('--' and longer) between words;
words, cut after a hyphen that has two letters before it (or
letter-hyphen-letter) and a letter, optional hyphen and letter after it.
A subclass may still set `wordsep_re`/`wordsep_simple_re` to compiled
patterns; they are used when present.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Hardcode the recognized whitespace characters to the US-ASCII
# whitespace characters, as CPython does.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    # \w of a str pattern
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    # [\w!"'&.,?]
    return _is_word_char(c) or c in '!"\'&.,?'


def _dash_run_then_word(text, j):
    """True if text[j:] starts with two or more '-' followed by a word char."""
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word_char(text[k])


def _hyphen_break(text, j):
    """True if the word may end after the '-' at text[j]."""
    n = len(text)
    if text[j] != '-':
        return False
    before = (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or \
        (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-' and _is_letter(text[j - 1]))
    if not before:
        return False
    # (?= letter -? letter)
    if not (j + 1 < n and _is_letter(text[j + 1])):
        return False
    if j + 2 < n and _is_letter(text[j + 2]):
        return True
    return j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3])


def _split_words(text):
    """CPython's wordsep_re.split(text), without the empty strings."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dash_run_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # The shortest word (at least one character) that ends at a hyphen
        # break, before whitespace or the end, or before an em-dash.
        j = i + 1
        while True:
            if j < n and _hyphen_break(text, j):
                j += 1
                break
            if j == n or text[j] in _whitespace:
                break
            if _is_word_punct(text[j - 1]) and _dash_run_then_word(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    """CPython's wordsep_simple_re.split(text), without the empty strings."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        in_space = text[i] in _whitespace
        j = i
        while j < n and (text[j] in _whitespace) == in_space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and
            'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text (see the module's wrap() and fill())."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    # Compiled patterns may be set by subclasses; None means the built-in
    # splitting described in the module docstring.
    wordsep_re = None
    wordsep_simple_re = None

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks (words and whitespace)."""
        if self.break_on_hyphens is True:
            if self.wordsep_re is not None:
                return [c for c in self.wordsep_re.split(text) if c]
            return _split_words(text)
        if self.wordsep_simple_re is not None:
            return [c for c in self.wordsep_simple_re.split(text) if c]
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence end ('.', '!' or '?' after a
        lowercase letter, maybe followed by a quote)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) a chunk too long for any line on the current line."""
        # At least one character goes on each line, even if width < 1.
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, unless only
                # hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # The whole long word on a line of its own.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of chunks into lines of at most self.width."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Chunks are taken from the end of the reversed list.
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line (but the first) is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Whitespace at the end of a line is dropped.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            if (self.max_lines is None or
                    len(lines) + 1 < self.max_lines or
                    ((not chunks or
                      self.drop_whitespace and
                      len(chunks) == 1 and
                      not chunks[0].strip()) and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last allowed line: end it with the placeholder.
            while cur_line:
                if (cur_line[-1].strip() and
                        cur_len + len(self.placeholder) <= width):
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if (len(prev_line) + len(self.placeholder) <=
                            self.width):
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wrap the paragraph `text`: a list of lines without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the paragraph `text` into one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines of only spaces and tabs are emptied and do not count; tabs and
    spaces are not equal.
    """
    lines = text.split('\n')
    # Blank lines become empty (CPython's '^[ \t]+$' substitution).
    lines = ['' if line and _leading_blanks(line) == line else line for line in lines]
    margin = None
    for line in lines:
        indent = _leading_blanks(line)
        if len(indent) == len(line):
            continue
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            # The longest common prefix of the two indents.
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text' (by default
    the lines that are not whitespace only)."""
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
