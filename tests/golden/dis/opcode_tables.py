# The opcode module's tables and _opcode.stack_effect for every instruction
# number 0..259 with a range of opargs and each jump setting, plus the
# argument checks' errors. (Negative numbers are CPython's private compiler
# pseudo-instructions and are not tested.)
import opcode
import _opcode

print(opcode.opname)
print(list(opcode.opmap.items()))
for name in ('hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal',
             'hascompare', 'hasfree', 'hasnargs', 'cmp_op', 'HAVE_ARGUMENT',
             'EXTENDED_ARG', '_nb_ops', '_inline_cache_entries', '__all__'):
    print(name, getattr(opcode, name))
print(opcode.stack_effect is _opcode.stack_effect)

opargs = [None, 0, 1, 2, 3, 4, 5, 7, 8, 15, 255, 256, 257, 300, -1,
          2 ** 31 - 1, 2 ** 31, 2 ** 32 + 3]
for op in range(260):
    row = []
    for arg in opargs:
        for jump in (None, True, False):
            try:
                row.append(_opcode.stack_effect(op, arg, jump=jump))
            except ValueError as e:
                row.append(str(e).split()[-1])
    print(op, opcode.opname[op] if op < 256 else '', row)

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'oparg': 3}),
                     (('a',), {}), ((100, 'x'), {}), ((2 ** 70,), {}),
                     ((100, 2 ** 70), {}), ((93, 0), {'jump': 2}),
                     ((93, 0), {'jump': 'yes'}), ((1.5,), {}), ((True,), {})]:
    try:
        print(_opcode.stack_effect(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
print(_opcode.get_specialization_stats())
