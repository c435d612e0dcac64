"""Disassembler of Python byte code into mnemonics.

Coil's dis module: CPython 3.11's API and output, written for Coil. The
opcode tables come from the opcode module (itself built from
bytecode/opcodes.def). Code objects provide co_code, co_consts, co_names,
co_lines(), co_positions(), co_exceptiontable (3.11 varint format, decoded
here) and _varname_from_oparg.

Layout of one instruction line (Instruction._disassemble): line number
(width 3, wider past line 999), a 3-character current-instruction marker,
a 2-character jump-target marker, the offset right-justified to 4 (wider
past offset 9999), the opname left-justified to 20, the argument
right-justified to 5 and the argument's description in parentheses; fields
are joined by one space and the line is right-stripped.
"""

import sys

from opcode import *
from opcode import __all__ as _opcode_names
from opcode import (
    _inline_cache_entries,
    _nb_ops,
    _specializations,
    _specialized_instructions,
)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcode_names
del _opcode_names


# --- the types dis recognises (no dependency on the types module) ----------

def _sample_function():
    pass


class _SampleClass:
    def _sample_method(self):
        pass


_FunctionType = type(_sample_function)
_CodeType = type(_sample_function.__code__)
_MethodType = type(_SampleClass()._sample_method)
del _sample_function, _SampleClass

_have_code = (_MethodType, _FunctionType, _CodeType,
              classmethod, staticmethod, type)


# --- opcode numbers and argument tables -----------------------------------

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']

CACHE = opmap["CACHE"]

# Names of all instructions, specialised ones in the unused numbers.
_all_opname = list(opname)
_all_opmap = dict(opmap)
for _number, _name in zip(
        [n for n, name in enumerate(opname) if name.startswith("<")],
        _specialized_instructions):
    _all_opname[_number] = _name
    _all_opmap[_name] = _number

# Specialised instruction name -> the name of the instruction it specialises.
deoptmap = {specialized: base
            for base, family in _specializations.items()
            for specialized in family}


def _deoptop(op):
    name = _all_opname[op]
    if name in deoptmap:
        return _all_opmap[deoptmap[name]]
    return op


def _is_backward_jump(op):
    return 'JUMP_BACKWARD' in opname[op]


# --- small records (named tuples) ------------------------------------------

def _make_record(typename, field_names, defaults=()):
    """A tuple subclass with named fields, like collections.namedtuple."""
    fields = tuple(field_names)
    nfields = len(fields)
    defaults = tuple(defaults)
    first_default = nfields - len(defaults)

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            if first_default == nfields:
                counts = "%d positional arguments" % (nfields + 1)
            else:
                counts = ("from %d to %d positional arguments"
                          % (first_default + 1, nfields + 1))
            raise TypeError("%s.__new__() takes %s but %d were given"
                            % (typename, counts, len(args) + 1))
        for name in kwargs:
            if name not in fields:
                raise TypeError("%s.__new__() got an unexpected keyword "
                                "argument %r" % (typename, name))
            if fields.index(name) < len(args):
                raise TypeError("%s.__new__() got multiple values for "
                                "argument %r" % (typename, name))
        values = list(args)
        missing = []
        for index in range(len(args), nfields):
            name = fields[index]
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif index >= first_default:
                values.append(defaults[index - first_default])
            else:
                missing.append(repr(name))
        if missing:
            if len(missing) == 1:
                listed = missing[0]
            elif len(missing) == 2:
                listed = "%s and %s" % tuple(missing)
            else:
                listed = ", ".join(missing[:-1]) + ", and " + missing[-1]
            raise TypeError("%s.__new__() missing %d required positional "
                            "argument%s: %s"
                            % (typename, len(missing),
                               "s" if len(missing) > 1 else "", listed))
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ', '.join('%s=%r' % (name, value)
                          for name, value in zip(fields, self))
        return '%s(%s)' % (self.__class__.__name__, inner)

    def _replace(self, **changes):
        values = [changes.pop(name, value)
                  for name, value in zip(fields, self)]
        if changes:
            raise ValueError('Got unexpected field names: %r'
                             % list(changes))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != nfields:
            raise TypeError('Expected %d arguments, got %d'
                            % (nfields, len(values)))
        return tuple.__new__(cls, values)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': dict(zip(fields[first_default:], defaults)),
        '__match_args__': fields,
        '__new__': __new__,
        '__repr__': __repr__,
        '_replace': _replace,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '_make': _make,
        '__module__': __name__,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(
            lambda self, _index=index: tuple.__getitem__(self, _index),
            doc='Alias for field number %d' % index)
    return type(typename, (tuple,), namespace)


try:
    from collections import namedtuple as _namedtuple
except ImportError:
    _namedtuple = None


def _record(typename, field_names, defaults=()):
    if _namedtuple is not None:
        return _namedtuple(typename, field_names, defaults=defaults or None)
    return _make_record(typename, field_names, defaults)


Positions = _record(
    'Positions',
    ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4,
)

_Instruction = _record(
    '_Instruction',
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
     'starts_line', 'is_jump_target', 'positions'],
    defaults=[None],
)

_field_docs = {
    'opname': "Human readable name for operation",
    'opcode': "Numeric code for operation",
    'arg': "Numeric argument to operation (if any), otherwise None",
    'argval': "Resolved arg value (if known), otherwise same as arg",
    'argrepr': "Human readable description of operation argument",
    'offset': "Start index of operation within bytecode sequence",
    'starts_line': "Line started by this opcode (if any), otherwise None",
    'is_jump_target': "True if other code jumps to here, otherwise False",
    'positions': "dis.Positions object holding the span of source code covered by this instruction",
}
for _field, _doc in _field_docs.items():
    try:
        getattr(_Instruction, _field).__doc__ = _doc
    except AttributeError:
        # A property's doc is fixed once made: make it again.
        _getter = getattr(_Instruction, _field).fget
        setattr(_Instruction, _field, property(_getter, doc=_doc))
del _field_docs, _field, _doc

_ExceptionTableEntry = _record(
    '_ExceptionTableEntry', ['start', 'end', 'target', 'depth', 'lasti'])

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False,
                     offset_width=4):
        """Format instruction details for inclusion in disassembly output

        *lineno_width* sets the width of the line number field (0 omits it)
        *mark_as_current* inserts a '-->' marker arrow as part of the line
        *offset_width* sets the width of the instruction offset field
        """
        columns = []
        if lineno_width:
            if self.starts_line is None:
                columns.append(' ' * lineno_width)
            else:
                columns.append(str(self.starts_line).rjust(lineno_width))
        columns.append('-->' if mark_as_current else '   ')
        columns.append('>>' if self.is_jump_target else '  ')
        columns.append(repr(self.offset).rjust(offset_width))
        columns.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            columns.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                columns.append('(%s)' % (self.argrepr,))
        return ' '.join(columns).rstrip()


class _Unknown:
    def __repr__(self):
        return "<unknown>"


# Sentinel for values that cannot be computed (e.g. no co_consts given).
UNKNOWN = _Unknown()


# --- code flags and code_info ---------------------------------------------

# co_flags bits by value (inspect builds its CO_* constants from this).
COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    parts = []
    remaining = flags
    bit = 1
    while remaining and bit < (1 << 32):
        if remaining & bit:
            parts.append(COMPILER_FLAG_NAMES.get(bit, hex(bit)))
            remaining ^= bit
        bit <<= 1
    if remaining or not parts:
        parts.append(hex(remaining))
    return ", ".join(parts)


def _unwrap(x):
    """The code-bearing object inside methods, functions and generators."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    for attribute in ('gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _try_compile(source, name):
    """Compile source as an expression, or else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _get_code_object(x):
    """Helper to handle methods, compiled or raw code objects, and strings."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" %
                    type(x).__name__)


def _get_code_array(co, adaptive):
    if adaptive:
        return co._co_code_adaptive
    return co.co_code


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _numbered(title, items):
    lines = [title]
    for index, item in enumerate(items):
        lines.append("%4d: %s" % (index, item))
    return lines


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    if co.co_consts:
        lines += _numbered("Constants:", [repr(c) for c in co.co_consts])
    if co.co_names:
        lines += _numbered("Names:", co.co_names)
    if co.co_varnames:
        lines += _numbered("Variable names:", co.co_varnames)
    if co.co_freevars:
        lines += _numbered("Free variables:", co.co_freevars)
    if co.co_cellvars:
        lines += _numbered("Cell variables:", co.co_cellvars)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


# --- decoding the code -----------------------------------------------------

# The oparg is a C int: EXTENDED_ARG prefixes wrap around past 2**31.
_INT_LIMIT = 1 << 31


def _unpack_opargs(code):
    """Yield (offset, opcode, oparg or None), skipping inline caches."""
    prefix = 0
    skip = 0
    for offset in range(0, len(code), 2):
        if skip:
            skip -= 1
            continue
        op = code[offset]
        base = _deoptop(op)
        skip = _inline_cache_entries[base]
        if base < HAVE_ARGUMENT:
            prefix = 0
            yield offset, op, None
            continue
        arg = code[offset + 1] | prefix
        if base == EXTENDED_ARG:
            prefix = arg << 8
            if prefix >= _INT_LIMIT:
                prefix -= 2 * _INT_LIMIT
        else:
            prefix = 0
        yield offset, op, arg


def _jump_target(offset, op, arg):
    """The target offset of a jump instruction, or None."""
    if op in hasjrel:
        if _is_backward_jump(op):
            arg = -arg
        return offset + 2 + arg * 2
    if op in hasjabs:
        return arg * 2
    return None


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.

    """
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is None:
            continue
        target = _jump_target(offset, op, arg)
        if target is not None and target not in labels:
            labels.append(target)
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    previous = None
    for start, _end, line in code.co_lines():
        if line is None or line == previous:
            continue
        previous = line
        yield start, line


def _read_varint(octets, pos):
    """Decode one exception-table varint (6 bits a byte, bit 6 = more)."""
    byte = octets[pos]
    value = byte & 63
    pos += 1
    while byte & 64:
        byte = octets[pos]
        value = (value << 6) | (byte & 63)
        pos += 1
    return value, pos


def _parse_exception_table(code):
    octets = code.co_exceptiontable
    entries = []
    pos = 0
    try:
        while pos < len(octets):
            start, pos = _read_varint(octets, pos)
            length, pos = _read_varint(octets, pos)
            target, pos = _read_varint(octets, pos)
            depth_lasti, pos = _read_varint(octets, pos)
            entries.append(_ExceptionTableEntry(
                start * 2, (start + length) * 2, target * 2,
                depth_lasti >> 1, bool(depth_lasti & 1)))
    except IndexError:
        pass  # a truncated entry ends the table
    return entries


def _get_const_value(op, arg, co_consts):
    """The constant a hasconst instruction refers to, or UNKNOWN.

    Only LOAD_CONST's constant is resolved (not KW_NAMES's), as CPython.
    """
    assert op in hasconst
    if op == LOAD_CONST and co_consts is not None:
        return co_consts[arg]
    return UNKNOWN


def _get_const_info(op, arg, co_consts):
    value = _get_const_value(op, arg, co_consts)
    if value is UNKNOWN:
        return value, ''
    return value, repr(value)


def _get_name_info(name_index, get_name, **extrainfo):
    if get_name is None:
        return UNKNOWN, ''
    name = get_name(name_index, **extrainfo)
    return name, name


def _describe_arg(op, arg, offset, get_name, varname_from_oparg, co_consts):
    """(argval, argrepr) for instruction `op` (deoptimised) with `arg`."""
    if op in hasconst:
        return _get_const_info(op, arg, co_consts)
    if op in hasname:
        if op == LOAD_GLOBAL:
            value, text = _get_name_info(arg // 2, get_name)
            if arg & 1 and text:
                text = "NULL + " + text
            return value, text
        return _get_name_info(arg, get_name)
    if op in hasjabs or op in hasjrel:
        target = _jump_target(offset, op, arg)
        return target, "to " + repr(target)
    if op in haslocal or op in hasfree:
        return _get_name_info(arg, varname_from_oparg)
    if op in hascompare:
        return cmp_op[arg], cmp_op[arg]
    if op == FORMAT_VALUE:
        converter, text = FORMAT_VALUE_CONVERTERS[arg & 0x3]
        has_spec = bool(arg & 0x4)
        if has_spec:
            text = text + ', with format' if text else 'with format'
        return (converter, has_spec), text
    if op == MAKE_FUNCTION:
        text = ', '.join(flag for bit, flag in enumerate(MAKE_FUNCTION_FLAGS)
                         if arg & (1 << bit))
        return arg, text
    if op == BINARY_OP:
        return arg, _nb_ops[arg][1]
    return arg, ''


def _get_instructions_bytes(code, varname_from_oparg=None,
                            names=None, co_consts=None,
                            linestarts=None, line_offset=0,
                            exception_entries=(), co_positions=None,
                            show_caches=False):
    """Iterate over the instructions in a bytecode string.

    Generates a sequence of Instruction namedtuples giving the details of each
    opcode.  Additional information about the code's runtime environment
    (e.g. variable names, co_consts) can be specified using optional
    arguments.

    """
    positions = co_positions or iter(())
    get_name = None if names is None else names.__getitem__
    labels = set(findlabels(code))
    for entry in exception_entries:
        if entry[0] < entry[1]:
            labels.add(entry[2])
    starts_line = None
    for offset, op, arg in _unpack_opargs(code):
        if linestarts is not None:
            starts_line = linestarts.get(offset)
            if starts_line is not None:
                starts_line += line_offset
        base = _deoptop(op)
        if arg is None:
            argval, argrepr = None, ''
        else:
            argval, argrepr = _describe_arg(base, arg, offset, get_name,
                                            varname_from_oparg, co_consts)
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset,
                          starts_line, offset in labels,
                          Positions(*next(positions, ())))
        ncaches = _inline_cache_entries[base]
        for _ in range(ncaches):
            # Each cache entry has its own position, shown or not.
            where = Positions(*next(positions, ()))
            if show_caches:
                offset += 2
                yield Instruction("CACHE", CACHE, 0, None, "", offset, None,
                                  False, where)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    co = _get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _get_instructions_bytes(_get_code_array(co, adaptive),
                                   co._varname_from_oparg,
                                   co.co_names, co.co_consts,
                                   dict(findlinestarts(co)), line_offset,
                                   co_positions=co.co_positions(),
                                   show_caches=show_caches)


# --- printing ---------------------------------------------------------------

def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None,
                       names=None, co_consts=None, linestarts=None,
                       *, file=None, line_offset=0, exception_entries=(),
                       co_positions=None, show_caches=False):
    show_lineno = bool(linestarts)
    lineno_width = 0
    if show_lineno:
        last_line = max(linestarts.values()) + line_offset
        lineno_width = len(str(last_line)) if last_line >= 1000 else 3
    last_offset = len(code) - 2
    offset_width = len(str(last_offset)) if last_offset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname_from_oparg, names,
                                         co_consts, linestarts,
                                         line_offset=line_offset,
                                         exception_entries=exception_entries,
                                         co_positions=co_positions,
                                         show_caches=show_caches):
        if show_lineno and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti,
                                 offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            suffix = " lasti" if entry.lasti else ""
            print("  %d to %d -> %d [%d]%s"
                  % (entry.start, entry.end - 2, entry.target, entry.depth,
                     suffix), file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _disassemble_bytes(_get_code_array(co, adaptive), lasti,
                       co._varname_from_oparg, co.co_names, co.co_consts,
                       dict(findlinestarts(co)), file=file,
                       exception_entries=_parse_exception_table(co),
                       co_positions=co.co_positions(),
                       show_caches=show_caches)


disco = disassemble  # the old name


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False,
                           adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is not None:
        if depth <= 0:
            return
        depth -= 1
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=depth,
                                   show_caches=show_caches, adaptive=adaptive)


def _disassemble_str(source, **kwargs):
    """Compile the source string, then disassemble the code object."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        # A class or a module: every code-bearing member, by name.
        for name, member in sorted(x.__dict__.items()):
            if not isinstance(member, _have_code):
                continue
            print("Disassembly of %s:" % name, file=file)
            try:
                dis(member, file=file, depth=depth, show_caches=show_caches,
                    adaptive=adaptive)
            except TypeError as msg:
                print("Sorry:", msg, file=file)
            print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth,
                               show_caches=show_caches, adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches,
                         adaptive=adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file,
                show_caches=show_caches, adaptive=adaptive)


# --- helpers for modulefinder -----------------------------------------------

def _find_imports(co):
    """Find import statements in the code

    Generate triplets (name, level, fromlist) where
    name is the imported module and level, fromlist are
    the corresponding args to __import__.
    """
    IMPORT_NAME = opmap['IMPORT_NAME']
    consts = co.co_consts
    names = co.co_names
    ops = [(op, arg) for _, op, arg in _unpack_opargs(co.co_code)
           if op != EXTENDED_ARG]
    for i in range(2, len(ops)):
        op, arg = ops[i]
        if op != IMPORT_NAME:
            continue
        level_op, from_op = ops[i - 2], ops[i - 1]
        if level_op[0] in hasconst and from_op[0] in hasconst:
            level = _get_const_value(level_op[0], level_op[1], consts)
            fromlist = _get_const_value(from_op[0], from_op[1], consts)
            yield names[arg], level, fromlist


def _find_store_names(co):
    """Find names of variables which are written in the code

    Generate sequence of strings
    """
    stores = {opmap['STORE_NAME'], opmap['STORE_GLOBAL']}
    names = co.co_names
    for _, op, arg in _unpack_opargs(co.co_code):
        if op in stores:
            yield names[arg]


# --- Bytecode ---------------------------------------------------------------

class _TextCollector:
    """A minimal text stream: collects what print() writes."""

    def __init__(self):
        self._parts = []

    def write(self, text):
        self._parts.append(text)
        return len(text)

    def getvalue(self):
        return ''.join(self._parts)


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(_get_code_array(co, self.adaptive),
                                       co._varname_from_oparg,
                                       co.co_names, co.co_consts,
                                       self._linestarts,
                                       line_offset=self._line_offset,
                                       exception_entries=self.exception_entries,
                                       co_positions=co.co_positions(),
                                       show_caches=self.show_caches)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        lasti = -1 if self.current_offset is None else self.current_offset
        output = _TextCollector()
        _disassemble_bytes(_get_code_array(co, self.adaptive),
                           varname_from_oparg=co._varname_from_oparg,
                           names=co.co_names, co_consts=co.co_consts,
                           linestarts=self._linestarts,
                           line_offset=self._line_offset,
                           file=output,
                           lasti=lasti,
                           exception_entries=self.exception_entries,
                           co_positions=co.co_positions(),
                           show_caches=self.show_caches)
        return output.getvalue()


# --- command line -------------------------------------------------------------

_USAGE = "usage: %s [-h] [infile]"
_HELP = """
positional arguments:
  infile

options:
  -h, --help  show this help message and exit"""


def _usage_error(prog, message):
    sys.stderr.write(_USAGE % prog + "\n")
    sys.stderr.write("%s: error: %s\n" % (prog, message))
    sys.exit(2)


def _find_code(co, qualname):
    """The code object named `qualname` in co or its nested code, or None."""
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            if const.co_qualname == qualname:
                return const
            found = _find_code(const, qualname)
            if found is not None:
                return found
    return None


def _read_source(path):
    with open(path, 'rb') as stream:
        return stream.read()


def _open_target(prog, target):
    """(file name, source bytes, qualname or None) for the infile argument."""
    if target == '-':
        return '<stdin>', sys.stdin.buffer.read(), None
    try:
        return target, _read_source(target), None
    except OSError as error:
        path, sep, qualname = target.rpartition(':')
        if sep and path and qualname:
            try:
                return path, _read_source(path), qualname
            except OSError:
                pass
        _usage_error(prog, "argument infile: can't open %r: %s"
                     % (target, error))


# The program name in usage messages: the script's file name when run as
# `python -m dis` (sys.argv[0] is then dis.py's path), else sys.argv[0]'s.
_prog = None


def main(args=None):
    """`python -m dis [infile]`: disassemble a source file (stdin for -).

    Coil also accepts FILE:QUALNAME (`coil dis FILE:FUNC`), which shows the
    disassembly of that function (Class.method for a method) only.
    """
    if args is None:
        args = sys.argv[1:]
    prog = _prog
    if prog is None:
        prog = (sys.argv[0].rsplit('/', 1)[-1] if sys.argv and sys.argv[0]
                else 'dis.py')
    positional = []
    unknown = []
    only_positional = False
    for arg in args:
        if not only_positional and arg in ('-h', '--help'):
            print(_USAGE % prog)
            print(_HELP)
            sys.exit(0)
        if not only_positional and arg == '--':
            only_positional = True
        elif not only_positional and arg.startswith('-') and arg != '-':
            unknown.append(arg)
        elif positional:
            unknown.append(arg)
        else:
            positional.append(arg)
    name, source, qualname = _open_target(
        prog, positional[0] if positional else '-')
    if unknown:
        _usage_error(prog, "unrecognized arguments: " + " ".join(unknown))
    code = compile(source, name, "exec")
    if qualname is not None:
        found = _find_code(code, qualname)
        if found is None:
            sys.stderr.write("%s: error: no function %r in %s\n"
                             % (prog, qualname, name))
            sys.exit(1)
        code = found
    dis(code)


if __name__ == "__main__":
    _prog = __file__.rsplit('/', 1)[-1]
    main()
