"""Lowers a parsed pattern (see _parser.py) to _sre engine code.

Layout of the code (all ints; operand meanings in runtime/modules/sre.cpp):
    alternation a|b   SPLIT La Lb; La: a; JMP end; Lb: b; end:
    x* on one char    REPEAT1 kind min max <char op>
    general repeat    REPEAT k min max kind exit; body; LOOP_END repeat_pc
    (?>x)             ATOMIC; x; END_SUB
    lookaround        ASSERT negate back cont; x; END_SUB
Case-insensitive literals are stored lowered; characters whose lower case
has other case-equivalents (_casefix) become classes.
"""

import _sre

from ._constants import *
from . import _parser
from ._casefix import _EXTRA_CASES

_CHAR_OPS = frozenset((OP_ANY, OP_ANY_ALL, OP_LIT, OP_NOT_LIT, OP_LIT_I, OP_NOT_LIT_I, OP_IN))


def _ascii_lower(c):
    return c + 32 if 65 <= c <= 90 else c


def _ascii_iscased(c):
    return c < 128 and (65 <= c <= 90 or 97 <= c <= 122)


class _Emitter:
    def __init__(self, istext):
        self.code = []
        self.classes = []
        self.nloops = 0
        self.istext = istext

    def emit(self, *ops):
        self.code.extend(ops)

    def here(self):
        return len(self.code)

    # ------------------------------------------------------------ flags

    def fold(self, flags):
        if not flags & SRE_FLAG_IGNORECASE:
            return FOLD_NONE
        if flags & SRE_FLAG_LOCALE:
            return FOLD_LOCALE
        if flags & SRE_FLAG_UNICODE and not flags & SRE_FLAG_ASCII:
            return FOLD_UNI
        return FOLD_ASCII

    def charmode(self, flags):
        if flags & SRE_FLAG_LOCALE:
            return MODE_LOCALE
        if flags & SRE_FLAG_UNICODE and not flags & SRE_FLAG_ASCII:
            return MODE_UNI
        return MODE_ASCII

    # ------------------------------------------------------------ characters

    def lower(self, fold, c):
        if fold == FOLD_UNI:
            return _sre.unicode_tolower(c)
        return _ascii_lower(c)

    def iscased(self, fold, c):
        if fold == FOLD_UNI:
            return _sre.unicode_iscased(c)
        return _ascii_iscased(c)

    def add_class(self, negate, fold, items):
        self.classes.append((1 if negate else 0, fold, tuple(items)))
        return len(self.classes) - 1

    def literal(self, c, negate, flags):
        fold = self.fold(flags)
        if fold == FOLD_NONE or not self.iscased(fold, c):
            self.emit(OP_NOT_LIT if negate else OP_LIT, c)
            return
        low = self.lower(fold, c)
        if fold == FOLD_UNI and low in _EXTRA_CASES:
            items = [(ITEM_LIT, low, 0)] + [(ITEM_LIT, k, 0) for k in _EXTRA_CASES[low]]
            self.emit(OP_IN, self.add_class(negate, fold, items))
            return
        self.emit(OP_NOT_LIT_I if negate else OP_LIT_I, fold, low)

    def charclass(self, negate, items, flags):
        fold = self.fold(flags)
        mode = self.charmode(flags)
        out = []
        for item in items:
            if item[0] == 'lit':
                c = item[1]
                if fold != FOLD_NONE:
                    c = self.lower(fold, c)
                    out.append((ITEM_LIT, c, 0))
                    if fold == FOLD_UNI:
                        for k in _EXTRA_CASES.get(c, ()):
                            out.append((ITEM_LIT, k, 0))
                else:
                    out.append((ITEM_LIT, c, 0))
            elif item[0] == 'range':
                lo, hi = item[1], item[2]
                out.append((ITEM_RANGE, lo, hi))
                if fold == FOLD_UNI:
                    # characters equivalent only through _casefix
                    for k, others in _EXTRA_CASES.items():
                        if lo <= k <= hi or any(lo <= o <= hi for o in others):
                            out.append((ITEM_LIT, k, 0))
            else:
                out.append((ITEM_CAT, item[1], mode))
        self.emit(OP_IN, self.add_class(negate, fold, out))

    # ------------------------------------------------------------ tree

    def seq(self, seq, flags):
        for node in seq.items:
            self.node(node, flags)

    def is_single(self, seq, flags):
        if len(seq.items) != 1:
            return False
        kind = seq.items[0][0]
        return kind in ('lit', 'not_lit', 'any', 'in')

    def node(self, node, flags):
        kind = node[0]
        if kind == 'lit':
            self.literal(node[1], False, flags)
        elif kind == 'not_lit':
            self.literal(node[1], True, flags)
        elif kind == 'any':
            self.emit(OP_ANY_ALL if flags & SRE_FLAG_DOTALL else OP_ANY)
        elif kind == 'in':
            self.charclass(node[1], node[2], flags)
        elif kind == 'at':
            self.at(node[1], flags)
        elif kind == 'group':
            gid, add, remove, body = node[1], node[2], node[3], node[4]
            inner = (flags | add) & ~remove
            if gid is not None:
                self.emit(OP_MARK, 2 * gid)
            self.seq(body, inner)
            if gid is not None:
                self.emit(OP_MARK, 2 * gid + 1)
        elif kind == 'atomic':
            self.emit(OP_ATOMIC)
            self.seq(node[1], flags)
            self.emit(OP_END_SUB)
        elif kind == 'repeat':
            self.repeat(node[1], node[2], node[3], node[4], flags)
        elif kind == 'branch':
            ends = []
            alts = node[1]
            for i, alt in enumerate(alts):
                if i < len(alts) - 1:
                    split = self.here()
                    self.emit(OP_SPLIT, split + 3, 0)
                    self.seq(alt, flags)
                    ends.append(self.here() + 1)
                    self.emit(OP_JMP, 0)
                    self.code[split + 2] = self.here()
                else:
                    self.seq(alt, flags)
            for at in ends:
                self.code[at] = self.here()
        elif kind == 'assert':
            negate, behind, body = node[1], node[2], node[3]
            back = 0
            if behind:
                lo, hi = body.width()
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                back = lo
            start = self.here()
            self.emit(OP_ASSERT, 1 if negate else 0, back, 0)
            self.seq(body, flags)
            self.emit(OP_END_SUB)
            self.code[start + 3] = self.here()
        elif kind == 'groupref':
            fold = self.fold(flags)
            if fold == FOLD_NONE:
                self.emit(OP_GROUPREF, node[1])
            else:
                self.emit(OP_GROUPREF_I, fold, node[1])
        elif kind == 'groupref_exists':
            gid, yes, no = node[1], node[2], node[3]
            start = self.here()
            self.emit(OP_GROUPREF_EXISTS, gid, 0)
            self.seq(yes, flags)
            if no is not None:
                jmp = self.here()
                self.emit(OP_JMP, 0)
                self.code[start + 2] = self.here()
                self.seq(no, flags)
                self.code[jmp + 1] = self.here()
            else:
                self.code[start + 2] = self.here()
        else:
            raise error("internal: unsupported operand type %r" % (kind,))

    def at(self, kind, flags):
        mode = self.charmode(flags)
        if flags & SRE_FLAG_MULTILINE:
            if kind == AT_BEGINNING:
                kind = AT_BEGINNING_LINE
            elif kind == AT_END:
                kind = AT_END_LINE
        self.emit(OP_AT, kind, mode)

    def repeat(self, kind, lo, hi, body, flags):
        if flags & SRE_FLAG_TEMPLATE:
            name = ('MAX_REPEAT', 'MIN_REPEAT', 'POSSESSIVE_REPEAT')[kind]
            raise error("internal: unsupported template operator %s" % name)
        if self.is_single(body, flags):
            self.emit(OP_REPEAT1, kind, lo, hi)
            self.seq(body, flags)
            return
        if kind == REP_POSSESSIVE:
            self.emit(OP_ATOMIC)
            self.loop(REP_GREEDY, lo, hi, body, flags)
            self.emit(OP_END_SUB)
            return
        self.loop(kind, lo, hi, body, flags)

    def loop(self, kind, lo, hi, body, flags):
        k = self.nloops
        self.nloops += 1
        start = self.here()
        self.emit(OP_REPEAT, k, lo, hi, kind, 0)
        self.seq(body, flags)
        self.emit(OP_LOOP_END, start)
        self.code[start + 5] = self.here()


def compile_tree(seq, flags, ngroups, istext):
    """Returns the _sre program for a parsed pattern."""
    e = _Emitter(istext)
    e.seq(seq, flags)
    e.emit(OP_SUCCESS)
    return _sre.compile(e.code, e.classes, ngroups, e.nloops)


def dump_code(seq, flags, istext):
    e = _Emitter(istext)
    e.seq(seq, flags)
    e.emit(OP_SUCCESS)
    return e.code, e.classes
