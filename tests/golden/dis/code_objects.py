# Code object attributes as CPython 3.11 shows them: counts, flags, names,
# constants, variables (cells, free), co_code, co_lines(), co_positions(),
# co_exceptiontable, replace(), _varname_from_oparg.
import dis


def plain(a, b, /, c, *args, d, e=1, **kwargs):
    local = a + b
    return local


def with_cells(x):
    y = x * 2

    def inner():
        return x + y
    return inner


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


def handler(f):
    try:
        f()
    except ValueError:
        pass


for fn in (plain, with_cells, with_cells(1), gen, coro, agen, handler):
    co = fn.__code__
    print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount,
          co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize,
          dis.pretty_flags(co.co_flags), co.co_firstlineno)
    print(' ', co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names)
    print(' ', [c for c in co.co_consts if not hasattr(c, 'co_code')])
    print(' ', len(co.co_code), co.co_code[:2], type(co.co_code).__name__)
    print(' ', list(co.co_lines()))
    print(' ', list(co.co_positions())[:6])
    print(' ', co.co_exceptiontable, co.co_linetable == co.replace().co_linetable)
    print(' ', [co._varname_from_oparg(i) for i in range(len(co.co_varnames) + len(co.co_cellvars) + len(co.co_freevars)) if i < co.co_nlocals + len(co.co_freevars)])

co = plain.__code__
print(co.co_filename.endswith('code_objects.py'))
renamed = co.replace(co_name='renamed', co_firstlineno=100)
print(renamed.co_name, renamed.co_firstlineno, renamed.co_code == co.co_code)
print(list(renamed.co_lines())[:2])
print(co == co.replace(), hash(co) == hash(co.replace()))
try:
    co._varname_from_oparg(50)
except IndexError as e:
    print('IndexError', e)
src = compile('x = 1\ny = x + 2\n', 'example.py', 'exec')
print(src.co_filename, src.co_name, src.co_qualname, src.co_consts, src.co_names)
print(list(src.co_lines()))
print(list(src.co_positions()))
dis.show_code(src)
