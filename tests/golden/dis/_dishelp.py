"""Helpers for the dis golden tests: capture dis output and hide addresses."""

import dis


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def text(self):
        return ''.join(self.parts)


def scrub(text):
    """Replace the hex digits after ' at 0x' (code object addresses)."""
    pieces = []
    pos = 0
    while True:
        found = text.find(' at 0x', pos)
        if found < 0:
            pieces.append(text[pos:])
            return ''.join(pieces)
        pieces.append(text[pos:found] + ' at 0x?')
        end = found + len(' at 0x')
        while end < len(text) and text[end] in '0123456789abcdef':
            end += 1
        pos = end


def show(x, **kwargs):
    """dis.dis(x) with addresses hidden, then a separator line."""
    out = Collector()
    dis.dis(x, file=out, **kwargs)
    print(scrub(out.text()), end='')
    print('-' * 20)


def snippet(source, name='snippet.py'):
    """Compile source (a module) with a fixed file name."""
    return compile(source, name, 'exec')
