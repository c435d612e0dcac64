"""Abstract syntax trees: parse, inspect, transform and unparse Python code.

The node classes come from _ast (lib/_ast.py); ast.parse is compile() with
PyCF_ONLY_AST, which makes Coil's frontend build them from its own parser's
tree, positions included. compile() accepts these trees back.
"""
import sys
from _ast import *
from _ast import AST, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile(..., PyCF_ONLY_AST))."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        assert major == 3
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    if mode == 'func_type':
        return _parse_func_type(source, filename)
    return compile(source, filename, mode, flags,
                   _feature_version=feature_version)


def _parse_func_type(source, filename):
    # "(argtypes) -> returns": each side is parsed as an expression inside
    # brackets laid over the same columns, so positions are the source's.
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    if not isinstance(source, str):
        return compile(source, filename, 'func_type', PyCF_ONLY_AST)
    depth = 0
    arrow = -1
    i = 0
    while i < len(source):
        c = source[i]
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c in '\'"':
            j = source.find(c, i + 1)
            i = len(source) if j < 0 else j
        elif c == '-' and depth == 0 and source.startswith('->', i):
            arrow = i
            break
        i += 1
    left = source[:arrow]
    start = len(left) - len(left.lstrip())
    end = len(left.rstrip()) - 1
    if arrow < 0 or start >= end or left[start] != '(' or left[end] != ')':
        raise SyntaxError('invalid syntax', (filename, 1, 1, source, 1, 1))

    def blank(text):
        return ''.join(c if c == '\n' else ' ' for c in text)

    args_src = '[' + blank(left[1:start]) + ' ' + left[start + 1:end] + ']'
    if start == 0:
        args_src = '[' + left[1:end] + ']'
    args = compile(args_src, filename, 'eval', PyCF_ONLY_AST).body
    argtypes = [e.value if isinstance(e, Starred) else e for e in args.elts]
    ret_src = '(' + blank(source[1:arrow + 2]) + source[arrow + 2:] + '\n)'
    returns = compile(ret_src, filename, 'eval', PyCF_ONLY_AST).body
    return FunctionType(argtypes, returns)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal
    (strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            msg += f' on line {line}'
        raise ValueError(f'{msg}: {node!r}')

    def number(node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        malformed(node)

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(convert(e) for e in node.elts)
        if isinstance(node, List):
            return [convert(e) for e in node.elts]
        if isinstance(node, Set):
            return set(convert(e) for e in node.elts)
        if (isinstance(node, Call) and isinstance(node.func, Name) and
                node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip([convert(k) for k in node.keys],
                            [convert(v) for v in node.values]))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The formatted dump of the tree in `node` (CPython 3.11's format)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(value, depth):
        # Returns (text, simple): simple values keep a node on one line.
        if indent is None:
            opening, separator = '', ', '
        else:
            depth += 1
            opening = '\n' + indent * depth
            separator = ',\n' + indent * depth
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[' + opening + separator.join(fmt(v, depth)[0] for v in value) + ']', False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        simple = True
        named = annotate_fields

        def add(name, keyword):
            nonlocal simple
            try:
                v = getattr(value, name)
            except AttributeError:
                return False
            if v is None and getattr(cls, name, ...) is None:
                return False
            text, is_simple = fmt(v, depth)
            simple = simple and is_simple
            parts.append(f'{name}={text}' if keyword else text)
            return True

        for name in value._fields:
            if not add(name, named):
                named = True
        if include_attributes:
            for name in value._attributes:
                add(name, True)
        name = cls.__name__
        if simple and len(parts) <= 3:
            return f'{name}({", ".join(parts)})', not parts
        return f'{name}({opening}{separator.join(parts)})', False

    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source positions of old_node to new_node; returns new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without positions its parent's (1, 0 at the top)."""
    def inherit(node, name, value):
        # The node's own position if it has one, else `value` (set on it).
        # A start position set to None counts as present; an end one not.
        if name not in node._attributes:
            return value
        present = (getattr(node, name, None) is not None if name.startswith('end_')
                   else hasattr(node, name))
        if not present:
            setattr(node, name, value)
            return value
        return getattr(node, name)

    def visit(node, lineno, col_offset, end_lineno, end_col_offset):
        lineno = inherit(node, 'lineno', lineno)
        end_lineno = inherit(node, 'end_lineno', end_lineno)
        col_offset = inherit(node, 'col_offset', col_offset)
        end_col_offset = inherit(node, 'end_col_offset', end_col_offset)
        for child in iter_child_nodes(node):
            visit(child, lineno, col_offset, end_lineno, end_col_offset)

    visit(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if ('end_lineno' in child._attributes and
                (end := getattr(child, 'end_lineno', 0)) is not None):
            child.end_lineno = end + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node (fields and lists of nodes)."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    first = node.body[0].value
    if isinstance(first, Constant) and isinstance(first.value, str):
        text = first.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _split_lines(source):
    # str.splitlines() without the form feed and other exotic breaks.
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            if i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        elif c == '\n':
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad(text):
    # Keep tabs and form feeds, replace everything else by spaces.
    return ''.join(c if c in '\f\t' else ' ' for c in text)


def get_source_segment(source, node, *, padded=False):
    """The source text of node (None without complete positions)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = _pad(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    middle = lines[lineno + 1:end_lineno]
    return ''.join([first] + middle + [last])


def walk(node):
    """Yield node and all its descendants, breadth first (no order promised)."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName> for each node (generic_visit
    when there is none)."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        type_name = _const_node_type_names.get(type(value))
        if type_name is None:
            for cls, name in _const_node_type_names.items():
                if isinstance(value, cls):
                    type_name = name
                    break
        if type_name is not None:
            method = 'visit_' + type_name
            try:
                visitor = getattr(self, method)
            except AttributeError:
                pass
            else:
                import warnings
                warnings.warn(f"{method} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visitor results replace the visited nodes (None
    removes a node, a list splices into list fields)."""

    def generic_visit(self, node):
        for field, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, field)
                else:
                    setattr(node, field, replacement)
        return node


# ---------------------------------------------------------------- deprecated
# Num, Str, Bytes, NameConstant and Ellipsis: constructors of Constant and
# isinstance checks on the constant's type; .n and .s alias .value.

def _value_getter(self):
    return self.value


def _value_setter(self, value):
    self.value = value


Constant.n = property(_value_getter, _value_setter)
Constant.s = property(_value_getter, _value_setter)


class _ABC(type):

    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            try:
                value = inst.value
            except AttributeError:
                return False
            else:
                return (isinstance(value, _const_types[cls]) and
                        not isinstance(value, _const_types_not.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key not in cls._fields:
            # arbitrary keyword arguments are accepted
            continue
        pos = cls._fields.index(key)
        if pos < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


for _cls in Num, Str, Bytes, NameConstant, Ellipsis:
    _cls.__module__ = 'ast'
del _cls

_const_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_const_types_not = {
    Num: (bool,),
}

_const_node_type_names = {
    bool: 'NameConstant',  # should be before int
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _dims_getter(self):
    return self.elts


def _dims_setter(self, value):
    self.elts = value


Tuple.dims = property(_dims_getter, _dims_setter)

for _cls in slice, Index, ExtSlice:
    _cls.__module__ = 'ast'
del _cls

from _ast_unparse import unparse  # noqa: E402


def main():
    import argparse

    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?',
                        default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and '
                             'column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()

    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
