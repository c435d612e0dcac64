"""The node classes of the abstract syntax tree (CPython 3.11's Python.asdl).

Coil's frontend builds instances of these classes for compile(...,
PyCF_ONLY_AST) and reads them back for compile(tree, ...)
(frontend/ast_to_object.cpp, frontend/ast_from_object.cpp): both find the
classes by name in this module.
"""

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = 'ast'

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

# One entry per sum or product type: "base = Ctor(type name, ...) | ...".
# `?` marks optional fields (class attribute None), `*` sequences.
_GRAMMAR = '''
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)
stmt @ = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
     | Return(expr? value)
     | Delete(expr* targets)
     | Assign(expr* targets, expr value, string? type_comment)
     | AugAssign(expr target, operator op, expr value)
     | AnnAssign(expr target, expr annotation, expr? value, int simple)
     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | While(expr test, stmt* body, stmt* orelse)
     | If(expr test, stmt* body, stmt* orelse)
     | With(withitem* items, stmt* body, string? type_comment)
     | AsyncWith(withitem* items, stmt* body, string? type_comment)
     | Match(expr subject, match_case* cases)
     | Raise(expr? exc, expr? cause)
     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | Assert(expr test, expr? msg)
     | Import(alias* names)
     | ImportFrom(identifier? module, alias* names, int? level)
     | Global(identifier* names)
     | Nonlocal(identifier* names)
     | Expr(expr value)
     | Pass
     | Break
     | Continue
expr @ = BoolOp(boolop op, expr* values)
     | NamedExpr(expr target, expr value)
     | BinOp(expr left, operator op, expr right)
     | UnaryOp(unaryop op, expr operand)
     | Lambda(arguments args, expr body)
     | IfExp(expr test, expr body, expr orelse)
     | Dict(expr* keys, expr* values)
     | Set(expr* elts)
     | ListComp(expr elt, comprehension* generators)
     | SetComp(expr elt, comprehension* generators)
     | DictComp(expr key, expr value, comprehension* generators)
     | GeneratorExp(expr elt, comprehension* generators)
     | Await(expr value)
     | Yield(expr? value)
     | YieldFrom(expr value)
     | Compare(expr left, cmpop* ops, expr* comparators)
     | Call(expr func, expr* args, keyword* keywords)
     | FormattedValue(expr value, int conversion, expr? format_spec)
     | JoinedStr(expr* values)
     | Constant(constant value, string? kind)
     | Attribute(expr value, identifier attr, expr_context ctx)
     | Subscript(expr value, expr slice, expr_context ctx)
     | Starred(expr value, expr_context ctx)
     | Name(identifier id, expr_context ctx)
     | List(expr* elts, expr_context ctx)
     | Tuple(expr* elts, expr_context ctx)
     | Slice(expr? lower, expr? upper, expr? step)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension(expr target, expr iter, expr* ifs, int is_async)
excepthandler @ = ExceptHandler(expr? type, identifier? name, stmt* body)
arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg @ (identifier arg, expr? annotation, string? type_comment)
keyword @ (identifier? arg, expr value)
alias @ (identifier name, identifier? asname)
withitem(expr context_expr, expr? optional_vars)
match_case(pattern pattern, expr? guard, stmt* body)
pattern @ = MatchValue(expr value)
        | MatchSingleton(constant value)
        | MatchSequence(pattern* patterns)
        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
        | MatchStar(identifier? name)
        | MatchAs(pattern? pattern, identifier? name)
        | MatchOr(pattern* patterns)
type_ignore = TypeIgnore(int lineno, string tag)
'''


def _parse_fields(text):
    # "(type name, type? name)" -> [(name, optional)]
    text = text.strip()
    if not text:
        return []
    out = []
    for part in text[1:-1].split(','):
        typ, name = part.split()
        out.append((name, typ.endswith('?')))
    return out


def _make(name, base, fields, doc, attributes=None):
    ns = {'__module__': 'ast', '__doc__': doc,
          '_fields': tuple(f for f, _ in fields),
          '__match_args__': tuple(f for f, _ in fields)}
    for f, optional in fields:
        if optional:
            ns[f] = None
    if attributes is not None:
        ns['_attributes'] = attributes
        for a in attributes[2:]:
            ns[a] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


def _build():
    entries = []
    for line in _GRAMMAR.strip().splitlines():
        if line.lstrip().startswith('|'):
            entries[-1] += ' ' + line.strip()
        else:
            entries.append(line.strip())
    for entry in entries:
        positioned = ' @' in entry
        entry = entry.replace(' @', '')
        if '=' not in entry:
            # A product type: name(fields)
            name, _, rest = entry.partition('(')
            name = name.strip()
            rest = '(' + rest
            doc = f'{name}{rest}'
            _make(name, AST, _parse_fields(rest), doc,
                  _POSITIONS if positioned else ())
            continue
        base_name, _, alts = entry.partition('=')
        base_name = base_name.strip()
        ctors = [a.strip() for a in alts.split('|')]
        indent = ' ' * (len(base_name) + 1)
        if all('(' not in c for c in ctors):
            doc = f'{base_name} = ' + ' | '.join(ctors)
        else:
            doc = f'{base_name} = ' + f'\n{indent}| '.join(ctors)
        base = _make(base_name, AST, [], doc, _POSITIONS if positioned else ())
        for ctor in ctors:
            cname, paren, rest = ctor.partition('(')
            _make(cname, base, _parse_fields(paren + rest), ctor)


_build()
del _build


def _deprecated(name, base, doc):
    cls = type(name, (base,), {'__module__': 'ast', '__doc__': doc})
    globals()[name] = cls


_deprecated('Suite', mod, 'Deprecated AST node class.  Unused in Python 3.')
_deprecated('AugLoad', expr_context, 'Deprecated AST node class.  Unused in Python 3.')
_deprecated('AugStore', expr_context, 'Deprecated AST node class.  Unused in Python 3.')
_deprecated('Param', expr_context, 'Deprecated AST node class.  Unused in Python 3.')
_deprecated('slice', AST, 'Deprecated AST node class.')
del _deprecated
