"""Opcode tables of the bytecode (CPython 3.11's instruction set).

Coil's opcode module. Every table comes from the native _opcode module,
which builds it from bytecode/opcodes.def, the interpreter's own opcode
table: nothing here is a hand-kept copy.
"""

import _opcode

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs"]

stack_effect = _opcode.stack_effect
__all__.append('stack_effect')

cmp_op = _opcode.cmp_op

# Instruction numbers by what their argument means.
hasconst = _opcode.hasconst
hasname = _opcode.hasname
hasjrel = _opcode.hasjrel
hasjabs = _opcode.hasjabs
haslocal = _opcode.haslocal
hascompare = _opcode.hascompare
hasfree = _opcode.hasfree
hasnargs = _opcode.hasnargs

opmap = _opcode.opmap
opname = _opcode.opname

HAVE_ARGUMENT = _opcode.HAVE_ARGUMENT
EXTENDED_ARG = _opcode.EXTENDED_ARG

# BINARY_OP's argument: (name, operator symbol) pairs, indexed by the oparg.
_nb_ops = _opcode._nb_ops

# Number of inline cache entries (code units) after each instruction.
_inline_cache_entries = _opcode._inline_cache_entries

# Specialised (quickened) instructions, by the instruction they specialise.
_specializations = _opcode._specializations
_specialized_instructions = _opcode._specialized_instructions

del _opcode
