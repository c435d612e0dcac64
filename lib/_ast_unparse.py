"""ast.unparse: source text for a tree, in CPython 3.11's exact layout.

Rules that decide the text (all observable in CPython's output):
- each statement starts on a new line indented by four spaces per level; a
  function or class definition not at the very start is preceded by an
  empty line; `elif` chains are folded back;
- expressions are parenthesised only when the precedence their context asks
  for is higher than their own (precedences are set on child nodes by the
  parent before they are written, TEST by default);
- strings pick the first quote style (', ", \"\"\", ''') that needs no
  escaping; f-strings are rebuilt from their parts.
"""
import sys
from contextlib import contextmanager, nullcontext
from _ast import *

# Precedence levels, lowest first.
(P_NAMED, P_TUPLE, P_YIELD, P_TEST, P_OR, P_AND, P_NOT, P_CMP, P_EXPR,
 P_BXOR, P_BAND, P_SHIFT, P_ARITH, P_TERM, P_FACTOR, P_POWER, P_AWAIT,
 P_ATOM) = range(1, 19)
P_BOR = P_EXPR

_INF = '1e' + repr(sys.float_info.max_10_exp + 1)
_ONE_LINE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_QUOTES = _ONE_LINE_QUOTES + _TRIPLE_QUOTES

_BINOPS = {
    'Add': ('+', P_ARITH), 'Sub': ('-', P_ARITH), 'Mult': ('*', P_TERM),
    'MatMult': ('@', P_TERM), 'Div': ('/', P_TERM), 'Mod': ('%', P_TERM),
    'FloorDiv': ('//', P_TERM), 'LShift': ('<<', P_SHIFT),
    'RShift': ('>>', P_SHIFT), 'BitOr': ('|', P_BOR), 'BitXor': ('^', P_BXOR),
    'BitAnd': ('&', P_BAND), 'Pow': ('**', P_POWER),
}
_UNARY = {'Invert': ('~', P_FACTOR), 'Not': ('not', P_NOT),
          'UAdd': ('+', P_FACTOR), 'USub': ('-', P_FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>',
           'GtE': '>=', 'Is': 'is', 'IsNot': 'is not', 'In': 'in',
           'NotIn': 'not in'}
_BOOLOPS = {'And': ('and', P_AND), 'Or': ('or', P_OR)}


def _escape(c):
    # One character as the unicode_escape codec writes it.
    special = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}
    if c in special:
        return special[c]
    code = ord(c)
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def _quote_string(text, quotes=_QUOTES, escape_whitespace=False):
    """(body, usable quotes) for a string literal of `text`."""
    out = []
    for c in text:
        if c in '\n\t' and not escape_whitespace:
            out.append(c)
        elif c == '\\' or not c.isprintable():
            out.append(_escape(c))
        else:
            out.append(c)
    body = ''.join(out)
    usable = list(quotes)
    if '\n' in body:
        usable = [q for q in usable if q in _TRIPLE_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        text = repr(text)
        quote = next((q for q in quotes if text[0] in q), text[0])
        return text[1:-1], [quote]
    if body:
        # Prefer a quote that differs from the last character; a triple
        # quote that does not gets that character escaped.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class _Writer:

    def __init__(self, no_backslashes=False):
        self.out = []
        self.prec = {}
        self.ignores = {}
        self.level = 0
        self.no_backslashes = no_backslashes
        self.star_handlers = False

    # ------------------------------------------------------------ plumbing
    def run(self, node):
        self.out = []
        self.emit(node)
        return ''.join(self.out)

    def emit(self, node):
        if isinstance(node, list):
            for item in node:
                self.emit(item)
            return
        method = getattr(self, 'w_' + type(node).__name__, None)
        if method is None:
            # As NodeVisitor.generic_visit: the children, in field order.
            for name in node._fields:
                value = getattr(node, name, None)
                if isinstance(value, list):
                    for item in value:
                        if isinstance(item, AST):
                            self.emit(item)
                elif isinstance(value, AST):
                    self.emit(value)
            return
        method(node)

    def put(self, *texts):
        self.out.extend(texts)

    def newline(self):
        if self.out:
            self.put('\n')

    def line(self, text=''):
        self.newline()
        self.put('    ' * self.level + text)

    def join(self, sep, fn, items):
        first = True
        for item in items:
            if not first:
                self.put(sep)
            first = False
            fn(item)

    def items(self, fn, items):
        if len(items) == 1:
            fn(items[0])
            self.put(',')
        else:
            self.join(', ', fn, items)

    @contextmanager
    def around(self, left, right, when=True):
        if when:
            self.put(left)
        yield
        if when:
            self.put(right)

    def parens(self, prec, node):
        return self.around('(', ')', self.prec.get(node, P_TEST) > prec)

    def set_prec(self, prec, *nodes):
        for n in nodes:
            self.prec[n] = prec

    @contextmanager
    def suite(self, extra=None):
        self.put(':')
        if extra:
            self.put(extra)
        self.level += 1
        yield
        self.level -= 1

    @contextmanager
    def capture(self):
        saved = self.out
        self.out = []
        captured = self.out
        yield captured
        self.out = saved

    def type_comment(self, node):
        comment = self.ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f' # type: {comment}'

    # ------------------------------------------------------------ modules
    def docstring_of(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def body_with_docstring(self, node):
        doc = self.docstring_of(node)
        if doc:
            self.line()
            if doc.kind == 'u':
                self.put('u')
            self.string(doc.value, _TRIPLE_QUOTES)
            self.emit(node.body[1:])
        else:
            self.emit(node.body)

    def w_Module(self, node):
        self.ignores = {ti.lineno: f'ignore{ti.tag}' for ti in node.type_ignores}
        self.body_with_docstring(node)
        self.ignores.clear()

    def w_Interactive(self, node):
        self.emit(node.body)

    def w_Expression(self, node):
        self.emit(node.body)

    def w_FunctionType(self, node):
        with self.around('(', ')'):
            self.join(', ', self.emit, node.argtypes)
        self.put(' -> ')
        self.emit(node.returns)

    # ------------------------------------------------------------ statements
    def w_Expr(self, node):
        self.line()
        self.set_prec(P_YIELD, node.value)
        self.emit(node.value)

    def w_NamedExpr(self, node):
        with self.parens(P_TUPLE, node):
            self.set_prec(P_ATOM, node.target, node.value)
            self.emit(node.target)
            self.put(' := ')
            self.emit(node.value)

    def w_Import(self, node):
        self.line('import ')
        self.join(', ', self.emit, node.names)

    def w_ImportFrom(self, node):
        self.line('from ')
        self.put('.' * (node.level or 0))
        if node.module:
            self.put(node.module)
        self.put(' import ')
        self.join(', ', self.emit, node.names)

    def w_Assign(self, node):
        self.line()
        for target in node.targets:
            self.set_prec(P_TUPLE, target)
            self.emit(target)
            self.put(' = ')
        self.emit(node.value)
        comment = self.type_comment(node)
        if comment:
            self.put(comment)

    def w_AugAssign(self, node):
        self.line()
        self.emit(node.target)
        self.put(' ' + _BINOPS[type(node.op).__name__][0] + '= ')
        self.emit(node.value)

    def w_AnnAssign(self, node):
        self.line()
        with self.around('(', ')', not node.simple and isinstance(node.target, Name)):
            self.emit(node.target)
        self.put(': ')
        self.emit(node.annotation)
        if node.value:
            self.put(' = ')
            self.emit(node.value)

    def w_Return(self, node):
        self.line('return')
        if node.value:
            self.put(' ')
            self.emit(node.value)

    def w_Pass(self, node):
        self.line('pass')

    def w_Break(self, node):
        self.line('break')

    def w_Continue(self, node):
        self.line('continue')

    def w_Delete(self, node):
        self.line('del ')
        self.join(', ', self.emit, node.targets)

    def w_Assert(self, node):
        self.line('assert ')
        self.emit(node.test)
        if node.msg:
            self.put(', ')
            self.emit(node.msg)

    def w_Global(self, node):
        self.line('global ')
        self.join(', ', self.put, node.names)

    def w_Nonlocal(self, node):
        self.line('nonlocal ')
        self.join(', ', self.put, node.names)

    def keyword_expr(self, node, word, prec):
        # `await x`, `yield x`, `yield`: the operand binds as an atom.
        with self.parens(prec, node):
            self.put(word)
            if node.value:
                self.put(' ')
                self.set_prec(P_ATOM, node.value)
                self.emit(node.value)

    def w_Await(self, node):
        self.keyword_expr(node, 'await', P_AWAIT)

    def w_Yield(self, node):
        self.keyword_expr(node, 'yield', P_YIELD)

    def w_YieldFrom(self, node):
        with self.parens(P_YIELD, node):
            self.put('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_prec(P_ATOM, node.value)
            self.emit(node.value)

    def w_Raise(self, node):
        self.line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.put(' ')
        self.emit(node.exc)
        if node.cause:
            self.put(' from ')
            self.emit(node.cause)

    def try_statement(self, node):
        self.line('try')
        with self.suite():
            self.emit(node.body)
        for handler in node.handlers:
            self.emit(handler)
        if node.orelse:
            self.line('else')
            with self.suite():
                self.emit(node.orelse)
        if node.finalbody:
            self.line('finally')
            with self.suite():
                self.emit(node.finalbody)

    def w_Try(self, node):
        saved = self.star_handlers
        self.star_handlers = False
        try:
            self.try_statement(node)
        finally:
            self.star_handlers = saved

    def w_TryStar(self, node):
        saved = self.star_handlers
        self.star_handlers = True
        try:
            self.try_statement(node)
        finally:
            self.star_handlers = saved

    def w_ExceptHandler(self, node):
        self.line('except*' if self.star_handlers else 'except')
        if node.type:
            self.put(' ')
            self.emit(node.type)
        if node.name:
            self.put(' as ')
            self.put(node.name)
        with self.suite():
            self.emit(node.body)

    def decorators(self, node):
        self.newline()
        for deco in node.decorator_list:
            self.line('@')
            self.emit(deco)

    def w_ClassDef(self, node):
        self.decorators(node)
        self.line('class ' + node.name)
        with self.around('(', ')', bool(node.bases or node.keywords)):
            self.join(', ', self.emit, node.bases + node.keywords)
        with self.suite():
            self.body_with_docstring(node)

    def function(self, node, keyword):
        self.decorators(node)
        self.line(f'{keyword} {node.name}')
        with self.around('(', ')'):
            self.emit(node.args)
        if node.returns:
            self.put(' -> ')
            self.emit(node.returns)
        with self.suite(self.type_comment(node)):
            self.body_with_docstring(node)

    def w_FunctionDef(self, node):
        self.function(node, 'def')

    def w_AsyncFunctionDef(self, node):
        self.function(node, 'async def')

    def loop(self, node, keyword):
        self.line(keyword + ' ')
        self.set_prec(P_TUPLE, node.target)
        self.emit(node.target)
        self.put(' in ')
        self.emit(node.iter)
        with self.suite(self.type_comment(node)):
            self.emit(node.body)
        if node.orelse:
            self.line('else')
            with self.suite():
                self.emit(node.orelse)

    def w_For(self, node):
        self.loop(node, 'for')

    def w_AsyncFor(self, node):
        self.loop(node, 'async for')

    def w_If(self, node):
        self.line('if ')
        self.emit(node.test)
        with self.suite():
            self.emit(node.body)
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.line('elif ')
            self.emit(node.test)
            with self.suite():
                self.emit(node.body)
        if node.orelse:
            self.line('else')
            with self.suite():
                self.emit(node.orelse)

    def w_While(self, node):
        self.line('while ')
        self.emit(node.test)
        with self.suite():
            self.emit(node.body)
        if node.orelse:
            self.line('else')
            with self.suite():
                self.emit(node.orelse)

    def with_statement(self, node, keyword):
        self.line(keyword + ' ')
        self.join(', ', self.emit, node.items)
        with self.suite(self.type_comment(node)):
            self.emit(node.body)

    def w_With(self, node):
        self.with_statement(node, 'with')

    def w_AsyncWith(self, node):
        self.with_statement(node, 'async with')

    def w_withitem(self, node):
        self.emit(node.context_expr)
        if node.optional_vars:
            self.put(' as ')
            self.emit(node.optional_vars)

    def w_Match(self, node):
        self.line('match ')
        self.emit(node.subject)
        with self.suite():
            for case in node.cases:
                self.emit(case)

    def w_match_case(self, node):
        self.line('case ')
        self.emit(node.pattern)
        if node.guard:
            self.put(' if ')
            self.emit(node.guard)
        with self.suite():
            self.emit(node.body)

    # ------------------------------------------------------------ strings
    def string(self, value, quotes=_QUOTES):
        body, usable = _quote_string(value, quotes)
        self.put(usable[0] + body + usable[0])

    def fstring_part(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_part(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.put(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.w_FormattedValue(node)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def w_JoinedStr(self, node):
        self.put('f')
        if self.no_backslashes:
            with self.capture() as parts:
                self.fstring_part(node)
            self.string(''.join(parts))
            return
        quotes = list(_QUOTES)
        bodies = []
        for value in node.values:
            with self.capture() as parts:
                self.fstring_part(value)
            body, quotes = _quote_string(''.join(parts), quotes,
                                         escape_whitespace=isinstance(value, Constant))
            bodies.append(body)
        self.put(quotes[0] + ''.join(bodies) + quotes[0])

    def w_FormattedValue(self, node):
        inner = _Writer(no_backslashes=True)
        inner.set_prec(P_TEST + 1, node.value)
        text = inner.run(node.value)
        with self.around('{', '}'):
            if '\\' in text:
                raise ValueError('Unable to avoid backslash in f-string expression part')
            if text.startswith('{'):
                self.put(' ')
            self.put(text)
            if node.conversion != -1:
                self.put(f'!{chr(node.conversion)}')
            if node.format_spec:
                self.put(':')
                self.fstring_part(node.format_spec)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.put(repr(value).replace('inf', _INF).replace('nan', f'({_INF}-{_INF})'))
        elif self.no_backslashes and isinstance(value, str):
            self.string(value)
        else:
            self.put(repr(value))

    def w_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.around('(', ')'):
                self.items(self.constant, value)
        elif value is ...:
            self.put('...')
        else:
            if node.kind == 'u':
                self.put('u')
            self.constant(value)

    # ------------------------------------------------------------ expressions
    def w_Name(self, node):
        self.put(node.id)

    def w_List(self, node):
        with self.around('[', ']'):
            self.join(', ', self.emit, node.elts)

    def w_Tuple(self, node):
        with self.around('(', ')', not node.elts or self.prec.get(node, P_TEST) > P_TUPLE):
            self.items(self.emit, node.elts)

    def comprehension_expr(self, node, left, right):
        with self.around(left, right):
            self.emit(node.elt)
            for gen in node.generators:
                self.emit(gen)

    def w_ListComp(self, node):
        self.comprehension_expr(node, '[', ']')

    def w_GeneratorExp(self, node):
        self.comprehension_expr(node, '(', ')')

    def w_SetComp(self, node):
        self.comprehension_expr(node, '{', '}')

    def w_DictComp(self, node):
        with self.around('{', '}'):
            self.emit(node.key)
            self.put(': ')
            self.emit(node.value)
            for gen in node.generators:
                self.emit(gen)

    def w_comprehension(self, node):
        self.put(' async for ' if node.is_async else ' for ')
        self.set_prec(P_TUPLE, node.target)
        self.emit(node.target)
        self.put(' in ')
        self.set_prec(P_TEST + 1, node.iter, *node.ifs)
        self.emit(node.iter)
        for cond in node.ifs:
            self.put(' if ')
            self.emit(cond)

    def w_IfExp(self, node):
        with self.parens(P_TEST, node):
            self.set_prec(P_TEST + 1, node.body, node.test)
            self.emit(node.body)
            self.put(' if ')
            self.emit(node.test)
            self.put(' else ')
            self.set_prec(P_TEST, node.orelse)
            self.emit(node.orelse)

    def w_Set(self, node):
        if node.elts:
            with self.around('{', '}'):
                self.join(', ', self.emit, node.elts)
        else:
            self.put('{*()}')

    def w_Dict(self, node):
        def pair(item):
            key, value = item
            if key is None:
                self.put('**')
                self.set_prec(P_EXPR, value)
                self.emit(value)
            else:
                self.emit(key)
                self.put(': ')
                self.emit(value)

        with self.around('{', '}'):
            self.join(', ', pair, zip(node.keys, node.values))

    def w_UnaryOp(self, node):
        symbol, prec = _UNARY[type(node.op).__name__]
        with self.parens(prec, node):
            self.put(symbol)
            if prec != P_FACTOR:
                self.put(' ')
            self.set_prec(prec, node.operand)
            self.emit(node.operand)

    def w_BinOp(self, node):
        symbol, prec = _BINOPS[type(node.op).__name__]
        with self.parens(prec, node):
            if symbol == '**':
                self.set_prec(prec + 1, node.left)
                self.set_prec(prec, node.right)
            else:
                self.set_prec(prec, node.left)
                self.set_prec(prec + 1, node.right)
            self.emit(node.left)
            self.put(f' {symbol} ')
            self.emit(node.right)

    def w_Compare(self, node):
        with self.parens(P_CMP, node):
            self.set_prec(P_CMP + 1, node.left, *node.comparators)
            self.emit(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.put(' ' + _CMPOPS[type(op).__name__] + ' ')
                self.emit(right)

    def w_BoolOp(self, node):
        word, prec = _BOOLOPS[type(node.op).__name__]
        level = prec

        def operand(value):
            nonlocal level
            level += 1
            self.set_prec(level, value)
            self.emit(value)

        with self.parens(prec, node):
            self.join(f' {word} ', operand, node.values)

    def w_Attribute(self, node):
        self.set_prec(P_ATOM, node.value)
        self.emit(node.value)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.put(' ')
        self.put('.')
        self.put(node.attr)

    def w_Call(self, node):
        self.set_prec(P_ATOM, node.func)
        self.emit(node.func)
        with self.around('(', ')'):
            self.join(', ', self.emit, node.args + node.keywords)

    def w_Subscript(self, node):
        self.set_prec(P_ATOM, node.value)
        self.emit(node.value)
        with self.around('[', ']'):
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items(self.emit, node.slice.elts)
            else:
                self.emit(node.slice)

    def w_Starred(self, node):
        self.put('*')
        self.set_prec(P_EXPR, node.value)
        self.emit(node.value)

    def w_Slice(self, node):
        if node.lower:
            self.emit(node.lower)
        self.put(':')
        if node.upper:
            self.emit(node.upper)
        if node.step:
            self.put(':')
            self.emit(node.step)

    def w_arg(self, node):
        self.put(node.arg)
        if node.annotation:
            self.put(': ')
            self.emit(node.annotation)

    def w_arguments(self, node):
        first = True

        def comma():
            nonlocal first
            if not first:
                self.put(', ')
            first = False

        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (a, default) in enumerate(zip(positional, defaults), 1):
            comma()
            self.emit(a)
            if default:
                self.put('=')
                self.emit(default)
            if index == len(node.posonlyargs):
                self.put(', /')
        if node.vararg or node.kwonlyargs:
            comma()
            self.put('*')
            if node.vararg:
                self.put(node.vararg.arg)
                if node.vararg.annotation:
                    self.put(': ')
                    self.emit(node.vararg.annotation)
        for a, default in zip(node.kwonlyargs, node.kw_defaults):
            self.put(', ')
            self.emit(a)
            if default:
                self.put('=')
                self.emit(default)
        if node.kwarg:
            comma()
            self.put('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.put(': ')
                self.emit(node.kwarg.annotation)

    def w_keyword(self, node):
        self.put('**' if node.arg is None else node.arg + '=')
        self.emit(node.value)

    def w_Lambda(self, node):
        with self.parens(P_TEST, node):
            self.put('lambda')
            with self.capture() as params:
                self.emit(node.args)
            if params:
                self.put(' ', *params)
            self.put(': ')
            self.set_prec(P_TEST, node.body)
            self.emit(node.body)

    def w_alias(self, node):
        self.put(node.name)
        if node.asname:
            self.put(' as ' + node.asname)

    # ------------------------------------------------------------ patterns
    def w_MatchValue(self, node):
        self.emit(node.value)

    def w_MatchSingleton(self, node):
        self.constant(node.value)

    def w_MatchSequence(self, node):
        with self.around('[', ']'):
            self.join(', ', self.emit, node.patterns)

    def w_MatchStar(self, node):
        self.put('*' + ('_' if node.name is None else node.name))

    def w_MatchMapping(self, node):
        def pair(item):
            key, pattern = item
            self.emit(key)
            self.put(': ')
            self.emit(pattern)

        with self.around('{', '}'):
            self.join(', ', pair, zip(node.keys, node.patterns, strict=True))
            if node.rest is not None:
                if node.keys:
                    self.put(', ')
                self.put(f'**{node.rest}')

    def w_MatchClass(self, node):
        self.set_prec(P_ATOM, node.cls)
        self.emit(node.cls)
        with self.around('(', ')'):
            self.join(', ', self.emit, node.patterns)
            if node.kwd_attrs:
                def keyword(item):
                    name, pattern = item
                    self.put(f'{name}=')
                    self.emit(pattern)

                if node.patterns:
                    self.put(', ')
                self.join(', ', keyword, zip(node.kwd_attrs, node.kwd_patterns, strict=True))

    def w_MatchAs(self, node):
        if node.name is None:
            self.put('_')
        elif node.pattern is None:
            self.put(node.name)
        else:
            with self.parens(P_TEST, node):
                self.set_prec(P_BOR, node.pattern)
                self.emit(node.pattern)
                self.put(f' as {node.name}')

    def w_MatchOr(self, node):
        with self.parens(P_BOR, node):
            self.set_prec(P_BOR + 1, *node.patterns)
            self.join(' | ', self.emit, node.patterns)


def unparse(ast_obj):
    """Source text that parses back to a tree equal to ast_obj."""
    return _Writer().run(ast_obj)
