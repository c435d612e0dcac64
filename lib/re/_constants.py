"""Constants shared by Coil's re parser, compiler and the _sre engine.

The OP_* numbers are the opcodes of runtime/modules/sre.cpp; keep the two
tables identical.
"""

from _sre import MAXREPEAT, MAXGROUPS

MAGIC = 20220615


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        else:
            text = msg
            self.lineno = self.colno = None
        super().__init__(text)


# flags
SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

# engine opcodes (runtime/modules/sre.cpp)
OP_FAILURE = 0
OP_SUCCESS = 1
OP_ANY = 2
OP_ANY_ALL = 3
OP_LIT = 4
OP_NOT_LIT = 5
OP_LIT_I = 6
OP_NOT_LIT_I = 7
OP_IN = 8
OP_JMP = 9
OP_SPLIT = 10
OP_MARK = 11
OP_AT = 12
OP_GROUPREF = 13
OP_GROUPREF_I = 14
OP_GROUPREF_EXISTS = 15
OP_REPEAT1 = 16
OP_REPEAT = 17
OP_LOOP_END = 18
OP_ATOMIC = 19
OP_END_SUB = 20
OP_ASSERT = 21

FOLD_NONE = 0
FOLD_ASCII = 1
FOLD_UNI = 2
FOLD_LOCALE = 3

MODE_ASCII = 0
MODE_UNI = 1
MODE_LOCALE = 2

AT_BEGINNING = 0
AT_BEGINNING_LINE = 1
AT_BEGINNING_STRING = 2
AT_END = 3
AT_END_LINE = 4
AT_END_STRING = 5
AT_BOUNDARY = 6
AT_NON_BOUNDARY = 7

CAT_DIGIT = 0
CAT_NOT_DIGIT = 1
CAT_SPACE = 2
CAT_NOT_SPACE = 3
CAT_WORD = 4
CAT_NOT_WORD = 5

ITEM_LIT = 0
ITEM_RANGE = 1
ITEM_CAT = 2

REP_GREEDY = 0
REP_LAZY = 1
REP_POSSESSIVE = 2
