# compile() of ast trees, NodeVisitor/NodeTransformer, the location helpers,
# literal_eval, get_docstring, get_source_segment, walk; and compile()'s
# checks of hand-built trees (CPython's messages).
import ast

src = '''\
"""Module doc."""
def add(a, b=2):
    """Add two numbers.

        Indented detail.
    """
    return a + b

class K:
    \'\'\'K doc\'\'\'
    x = 1

total = add(1) * 10
print("total", total)
'''
tree = ast.parse(src)
exec(compile(tree, "<ast>", "exec"))
print(ast.get_docstring(tree), '|', ast.get_docstring(tree.body[1]))
print(repr(ast.get_docstring(tree.body[1], clean=False)))
print(ast.get_docstring(tree.body[2]), ast.get_docstring(ast.parse("def f(): pass").body[0]))
try:
    ast.get_docstring(tree.body[3])
except TypeError as e:
    print('TypeError', e)
for node in tree.body:
    print(type(node).__name__, repr(ast.get_source_segment(src, node)))
print(repr(ast.get_source_segment(src, tree.body[1].body[1], padded=True)))
print(ast.get_source_segment(src, ast.Name('x')))
print(repr(ast.get_source_segment("x = 'é' + yy", ast.parse("x = 'é' + yy").body[0].value.right)))


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)


tree = ast.parse("x = 1 + 2\ny = x * 3\nprint(x, y)")
c = Counter()
c.visit(tree)
print(c.names)
tree = Doubler().visit(tree)
exec(compile(tree, "<doubled>", "exec"))


class RemovePrints(ast.NodeTransformer):
    def visit_Expr(self, node):
        if isinstance(node.value, ast.Call) and getattr(node.value.func, 'id', '') == 'print':
            return None
        return node

    def visit_Assign(self, node):
        extra = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('assign')], []))
        return [node, extra]


tree = RemovePrints().visit(ast.parse("a = 1\nprint('gone')\nb = 2"))
tree = ast.fix_missing_locations(tree)
print(ast.dump(tree, include_attributes=True))
exec(compile(tree, "<t>", "exec"))

# Building a tree by hand.
call = ast.Call(func=ast.Name(id='print', ctx=ast.Load()),
                args=[ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))], keywords=[])
mod = ast.Module(body=[ast.Expr(call)], type_ignores=[])
ast.fix_missing_locations(mod)
exec(compile(mod, "<hand>", "exec"))
expr = ast.Expression(ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10), lineno=1, col_offset=0))
expr = ast.fix_missing_locations(expr)
print(eval(compile(expr, "<e>", "eval")))
inter = ast.fix_missing_locations(ast.Interactive([ast.Expr(ast.Constant('shown'))]))
exec(compile(inter, "<i>", "single"))
print(compile(mod, "<x>", "exec", ast.PyCF_ONLY_AST) is mod)

# Line numbers of compiled trees reach tracebacks.
tree = ast.parse("def boom():\n    return 1 / 0\n")
ast.increment_lineno(tree, 10)
print([(n.lineno, n.end_lineno) for n in ast.walk(tree) if hasattr(n, 'lineno')])
ns = {}
exec(compile(tree, "<inc>", "exec"), ns)
try:
    ns['boom']()
except ZeroDivisionError as e:
    print('line', e.__traceback__.tb_next.tb_lineno)

n = ast.parse("x = a + b").body[0]
print([type(c).__name__ for c in ast.walk(n)])
print([(k, type(v).__name__) for k, v in ast.iter_fields(n)])
print([type(c).__name__ for c in ast.iter_child_nodes(n.value)])
new = ast.copy_location(ast.Pass(), n)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)

# literal_eval
for text in ["1", "-2.5", "+3", "1+2j", "-1-2j", "'s'", "b'b'", "(1, [2, {3: 4}], {5})", "set()",
             "None", "True", "  {'a': (1,)}", "...", "{}"]:
    print(repr(ast.literal_eval(text)))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(3)))
for text in ["x", "1 + x", "f()", "2 * 3", "1 + 2", "-'a'", "{1: 2}[1]", "[1, a]"]:
    try:
        ast.literal_eval(text)
    except ValueError as e:
        print('ValueError', str(e).split(' at 0x')[0])
for text in ["1 +", "(", "a = 1"]:
    try:
        ast.literal_eval(text)
    except SyntaxError as e:
        print('SyntaxError', e.msg)


def check(tree, mode="exec"):
    try:
        compile(tree, "<check>", mode)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(' object at 0x')[0])


L = dict(lineno=1, col_offset=0)
check(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []))
check(ast.Module([ast.Expr(ast.Name('x', ast.Load()), **L)], []))
check(ast.Module([ast.Expr(ast.Name('x', ast.Load(), **L), **L)], []))
check(ast.Module([ast.Expr(ast.Name('x', ast.Store(), **L), **L)], []))
check(ast.Module([ast.Expr(None, **L)], []))
check(ast.Module([ast.Expr(**L)], []))
check(ast.Module([ast.Pass(**L)]))
check(ast.Module(ast.Pass(**L), []))
check(ast.Module([ast.Name('x', ast.Load(), **L)], []))
check(ast.Module([ast.Expr(ast.Name(3, ast.Load(), **L), **L)], []))
check(ast.Module([ast.Expr(ast.Constant([1], **L), **L)], []))
check(ast.Module([ast.Expr(ast.Name('None', ast.Load(), **L), **L)], []))
check(ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **L)], []))
check(ast.Expression(ast.Name('x', ast.Load(), **L)))
check(ast.Module([], []), "eval")
check(ast.Name('x'), "eval")
check(5)
check(ast.Module([ast.Expr(ast.Name('x', 5, **L), **L)], []))
check(ast.Module([ast.Assign([ast.Name('x', ast.Load(), **L)], ast.Constant(1, **L), **L)], []))
check(ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno='a', col_offset=0), **L)], []))
check(ast.Module([ast.ImportFrom('m', [ast.alias('a')], **L)], []))
check(ast.Module([ast.ImportFrom('m', [ast.alias('a', **L)], **L)], []))
check(ast.Module([ast.Delete([], **L)], []))
check(ast.Module([ast.Expr(ast.Compare(ast.Constant(1, **L), [ast.Lt()], [], **L), **L)], []))
check(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1, **L)], **L), **L)], []))
check(ast.Module([ast.Try([ast.Pass(**L)], [], [], [], **L)], []))

# fix_missing_locations: a start position set to None stays, a missing or
# None end position is inherited.
n = ast.Name('x', ast.Load(), lineno=None)
c = ast.Constant(1, lineno=5, col_offset=2, end_lineno=None)
m = ast.Module([ast.Expr(n, lineno=3), ast.Expr(c)], [])
ast.fix_missing_locations(m)
print(ast.dump(m, include_attributes=True))
