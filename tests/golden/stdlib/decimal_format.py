# decimal: __format__ with the format-spec language (fill, align, sign, z, 0, width, grouping,
# precision, e/f/g/%/n types, specials).
import decimal
from decimal import *
import math
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
for f in ['', '.3', '10.2f', '<10', '^12.3e', '+.2%', ' ', ',', '012,.2f', 'z.1f', '.0f', '.1e', 'E', 'G', 'g', '.2g', 'n', '>+15,.3f', '*^20.5E', '.30f', '.50e']:
    for v in ['0', '-0', '1234567.891', '-0.00001234', '1E+20', '9.995', '-1.5', '123', 'NaN', '-Inf', '0E-5', '5E-7']:
        t(lambda: format(Decimal(v), f))
for spec in ['x', '.2x', '10.2.3f', ',n', '_', '#', '#.0e', 'zz', '.', '=^10', '+-5']:
    t(lambda: format(Decimal('1.5'), spec))
with localcontext(rounding=ROUND_DOWN, capitals=0):
    print(format(Decimal('1.25'), '.1f'), format(Decimal('1.99'), '.1f'), format(Decimal('1E+10'), ''), format(Decimal('1.5E+10'), '.3'))
with localcontext(rounding=ROUND_UP):
    print(format(Decimal('1.21'), '.1f'), format(Decimal('-1.21'), '.1e'), '{:>12,.2f}|{:<8}|{:^9.1%}'.format(Decimal('-98765.4321'), Decimal('1.5'), Decimal('0.255')))
