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
big = Context(prec=50, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
small = Context(prec=9, traps=[])
for ctx in (big, small):
    for op, args in [('power', ('-10917840381228316148E-999999999999999999', '10E999999999999999994')), ('power', ('-0', '-3E999999999999999994')),
                     ('power', ('-5279E-3', '-71307E41398226574619319')), ('power', ('92234351629946379252E10', '-18976790955455669810E-2')),
                     ('power', ('1.0000001', '1E+30')), ('power', ('-2', '1E+20')), ('exp', ('1E+999999999999999999',)), ('exp', ('-1E+17',)),
                     ('ln', ('1E-999999999999999999',)), ('log10', ('7E+999999999999999990',)), ('sqrt', ('9E-999999999999999999',)),
                     ('add', ('1E+999999999999999999', '1E-999999999999999999')), ('quantize', ('1E+100', '1E-100')), ('to_integral_exact', ('1E-999999999999999',)),
                     ('divide', ('1E+999999999999999999', '1E-999999999999999999')), ('multiply', ('9E+999999999999999999', '9E+999999999999999999')),
                     ('divide_int', ('1E+30', '3E-30')), ('next_plus', ('9.99999E+999999999999999999',)), ('logb', ('1E-999999999999999999',))]:
        ctx.clear_flags()
        t(lambda: (getattr(ctx, op)(*[Decimal(a) for a in args]), sorted(s.__name__ for s in ctx.flags if ctx.flags[s])))
t(lambda: int(Decimal('1E-999999999999')))
t(lambda: Decimal('123E-999999999999').is_integer() if hasattr(Decimal, 'is_integer') else 'no is_integer')
