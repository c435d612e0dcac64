# The dis module's API: get_instructions (every field), Instruction and
# Positions records, Bytecode (iteration, dis(), info(), first_line,
# current_offset, from_traceback), code_info/show_code, findlinestarts,
# findlabels, stack_effect, the opcode tables, distb, raw bytes and
# source strings, show_caches, errors.
import dis
import opcode
from _dishelp import Collector, scrub, show


def sample(a, b=1):
    c = a + b
    if c > 10:
        return print(c, end='')
    for i in range(c):
        c = c - i
    return c


print('get_instructions')
for ins in dis.get_instructions(sample):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr),
          ins.offset, ins.starts_line, ins.is_jump_target, tuple(ins.positions))
first = next(iter(dis.get_instructions(sample)))
print(first)
print(first._fields)
print(isinstance(first, tuple), len(first), first[0], first.positions.lineno)
print(dis.Positions(1, 2), dis.Positions())
print(first._replace(offset=99).offset, first._asdict()['opname'])
print('first_line')
for ins in dis.get_instructions(sample, first_line=100):
    if ins.starts_line is not None:
        print(ins.offset, ins.starts_line)
print('show_caches')
for ins in dis.get_instructions(sample, show_caches=True):
    if ins.opname == 'CACHE':
        print(ins.offset, ins.arg, ins.argval, repr(ins.argrepr), ins.starts_line)

print('Bytecode')
bc = dis.Bytecode(sample)
print(bc.first_line == sample.__code__.co_firstlineno, bc.current_offset)
print([ins.opname for ins in bc])
print(bc.dis(), end='')
print(bc.info())
print(repr(dis.Bytecode('x + 1')))
bc2 = dis.Bytecode(sample, first_line=1, current_offset=6)
print(bc2.first_line)
print(bc2.dis(), end='')
print(dis.Bytecode(sample, show_caches=True).dis().count('CACHE'))

print('code_info')
print(dis.code_info(sample))
dis.show_code(sample)
print(dis.code_info('a = b + 1'))
print(dis.pretty_flags(0), dis.pretty_flags(3), dis.pretty_flags(0x20 | 0x40 | 0x100000))

print('findlinestarts/findlabels')
print(list(dis.findlinestarts(sample.__code__)))
print(dis.findlabels(sample.__code__.co_code))

print('stack_effect')
for args in [(opcode.opmap['POP_TOP'],), (opcode.opmap['LOAD_CONST'], 0),
             (opcode.opmap['BUILD_LIST'], 3), (opcode.opmap['FOR_ITER'], 4),
             (opcode.opmap['MAKE_FUNCTION'], 15)]:
    print(args, dis.stack_effect(*args))
print(dis.stack_effect(opcode.opmap['FOR_ITER'], 4, jump=True),
      dis.stack_effect(opcode.opmap['FOR_ITER'], 4, jump=False))
for args, kwargs in [((1, 0), {}), ((100,), {}), ((3,), {}), (('x',), {}),
                     ((100, 1), {'jump': 1}), ((), {})]:
    try:
        dis.stack_effect(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print('tables')
print(dis.opname[100], dis.opmap['RETURN_VALUE'], dis.HAVE_ARGUMENT, dis.EXTENDED_ARG)
print(dis.hasjrel, dis.hasjabs, dis.hasconst, dis.hasname)
print(dis.haslocal, dis.hasfree, dis.hascompare, dis.cmp_op, opcode.hasnargs)
print(len(dis.opname), sum(1 for n in dis.opname if not n.startswith('<')))
print(opcode._nb_ops[5], opcode._inline_cache_entries[opcode.opmap['LOAD_GLOBAL']])
print(sorted(dis.__all__))
print(sorted(opcode.__all__))
print(dis.COMPILER_FLAG_NAMES[32], repr(dis.UNKNOWN))

print('raw bytes')
show(sample.__code__.co_code)
show(bytes([opcode.opmap['LOAD_CONST'], 0, opcode.opmap['RETURN_VALUE'], 0]))
print('source strings')
show('x = 1')
show('a + b * c')
show('def f(x):\n    return x\n')

print('traceback')


def fails(n):
    return 10 // n


try:
    fails(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
inner = tb
while inner.tb_next:
    inner = inner.tb_next
out = Collector()
dis.distb(inner, file=out)
print(out.text().count('-->'))
print([line for line in out.text().splitlines() if '-->' in line])
bt = dis.Bytecode.from_traceback(tb)
print(bt.codeobj.co_name, bt.current_offset)
print([line for line in bt.dis().splitlines() if '-->' in line])
try:
    del __import__('sys').last_traceback
except AttributeError:
    pass
try:
    dis.distb()
except RuntimeError as e:
    print('RuntimeError', e)

print('errors')
for bad in (42, None.__class__):
    try:
        dis.dis(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    dis.get_instructions(3.5)
except TypeError as e:
    print('TypeError', e)
try:
    dis.code_info([])
except TypeError as e:
    print('TypeError', e)
