# decimal: the widest context's limits in construction (exponents beyond MAX_EMAX/MIN_ETINY, ssize exponents),
# NaN payloads against the context, huge and tiny operands without blow-ups.
from decimal import *
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: Decimal('1e999999999999999999')); t(lambda: Decimal('1e9999999999999999999')); t(lambda: Decimal('1e-9999999999999999999')); t(lambda: Decimal('nan' + '1' * 40))
t(lambda: Decimal((0, (1,), 10**20))); t(lambda: Decimal('1e999999999999999999') * 10); t(lambda: Decimal(10**30) + Decimal('1e-999999'))
t(lambda: Context(prec=5).create_decimal('nan123456')); t(lambda: Context(prec=5, clamp=1).create_decimal('nan12345')); t(lambda: Context(prec=5).create_decimal(Decimal('snan123456')))
t(lambda: Decimal('0e-99999999') + 0); t(lambda: Decimal(2) ** Decimal('1e-999999999')); t(lambda: Decimal('1e-999998').exp()); t(lambda: Decimal('-1e999999').exp() if 0 else 0)
t(lambda: Decimal('123.456').scaleb(-10**6)); t(lambda: Decimal(5).fma(Decimal('Inf'), Decimal('-Inf'))); t(lambda: Decimal(0).fma(Decimal('Inf'), Decimal('sNaN')))
