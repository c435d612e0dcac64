# decimal: Context attributes and validation, flags/traps signal dicts, repr, getcontext/
# setcontext/localcontext (3.11 keywords), signal hierarchy and raised condition lists, Context methods.
import decimal
from decimal import *
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e.args if isinstance(e, DecimalException) else e)
print(getcontext()); print(DefaultContext); print(BasicContext); print(ExtendedContext)
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR, decimal.__version__, decimal.__libmpdec_version__, ROUND_HALF_EVEN, ROUND_05UP)
c = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow])
print(c, c.Etiny(), c.Etop(), c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(c.flags); print(c.traps)
print(c.flags[Inexact], c.traps[Overflow], c.traps[DivisionByZero], len(c.flags), list(c.flags)[:3], Inexact in c.flags, c.flags.get(Rounded))
c.flags[Rounded] = True; c.traps[Overflow] = False; c.traps[Underflow] = 1
print(c)
c2 = c.copy(); c2.prec = 7; print(c.prec, c2.prec, c2.flags == c.flags, c.__reduce__())
c.clear_flags(); c.clear_traps(); print(c)
for k, v in [('prec', 0), ('prec', 'a'), ('prec', MAX_PREC + 1), ('rounding', 'x'), ('rounding', 1), ('Emin', 1), ('Emax', -1), ('capitals', 2), ('clamp', -1), ('flags', 3), ('traps', {1: 1}), ('traps', [1]), ('traps', [Inexact])]:
    t(lambda: Context(**{k: v}))
    t(lambda: setattr(Context(), k, v))
t(lambda: setattr(c, 'foo', 1)); t(lambda: c.flags.__setitem__('x', 1)); t(lambda: c.flags['x']); t(lambda: c.traps[ConversionSyntax]); t(lambda: delattr(c, 'prec'))
t(lambda: Context(traps={s: False for s in [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]}))
t(lambda: setcontext(5)); t(lambda: Decimal(1).sqrt(5)); t(lambda: localcontext(5))
t(lambda: localcontext(foo=1)); t(lambda: localcontext(prec='a'))
orig = getcontext()
with localcontext() as lc:
    lc.prec = 3
    print(Decimal(1) / 7, lc is getcontext(), lc is not orig)
print(Decimal(1) / 7, getcontext() is orig)
with localcontext(Context(prec=4), rounding=ROUND_UP) as lc:
    print(Decimal(1) / 7, lc.rounding, lc.prec)
with localcontext(prec=6, Emax=5, traps=[]) as lc:
    print(Decimal(10) ** 7, lc.flags[Overflow], lc)
try:
    with localcontext(prec=2):
        raise KeyError('inside')
except KeyError:
    print('restored', getcontext().prec)
setcontext(ExtendedContext); print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 0, Decimal(0) / 0, Decimal('x'), getcontext().flags[DivisionByZero])
setcontext(BasicContext); print(getcontext().prec)
t(lambda: Decimal(1) / 0)
setcontext(DefaultContext); print(getcontext().prec)
setcontext(Context())
for f in [lambda: Decimal('abc'), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('1e999999') * 10, lambda: Decimal('Inf') - Decimal('Inf'), lambda: Decimal(5) // 0, lambda: Decimal(5) % 0, lambda: divmod(Decimal(5), 0), lambda: Decimal(-1).sqrt(), lambda: Decimal(0).ln(), lambda: Decimal(-1).ln(), lambda: Decimal(1).quantize(Decimal('1e-100')), lambda: Decimal('1e20') // Decimal('1e-20'), lambda: Decimal(10) ** 10000000, lambda: Decimal(0) ** 0, lambda: Decimal(-2) ** Decimal('0.5'), lambda: Decimal('sNaN') + 1, lambda: Decimal(0).logb(), lambda: Decimal(1).scaleb(Decimal('1.5')), lambda: Decimal('1e-999999') / 10 ** 30]:
    t(f)
getcontext().clear_flags()
c = Context(prec=3, traps=[Inexact, Rounded, Clamped, Subnormal, Underflow, FloatOperation])
t(lambda: c.add(Decimal('1.234'), 0)); t(lambda: c.create_decimal('1.2345')); t(lambda: c.create_decimal(1.5)); t(lambda: c.create_decimal('1.00')); t(lambda: c.multiply(Decimal('1e-999998'), Decimal('1e-10'))); t(lambda: Decimal(1.5) == c.create_decimal(1))
getcontext().traps[FloatOperation] = True
t(lambda: Decimal(1.5)); t(lambda: Decimal(1) < 1.5); t(lambda: Decimal(1) == 1.0); t(lambda: Decimal.from_float(1.5))
getcontext().traps[FloatOperation] = False
print(getcontext().flags[FloatOperation])
x = Context(prec=5)
for name, args in [('abs', ('-1.234567',)), ('add', ('1.11111', '2.22222')), ('subtract', ('1', '0.000001')), ('multiply', ('1.2345', '6.789')), ('divide', ('1', '3')), ('divide_int', ('10', '3')), ('remainder', ('10', '3')), ('remainder_near', ('10', '6')), ('divmod', ('10', '3')), ('power', ('2', '10')), ('power', ('2', '0.5')), ('sqrt', ('2',)), ('exp', ('1',)), ('ln', ('10',)), ('log10', ('2',)), ('logb', ('250',)), ('minus', ('0',)), ('plus', ('-0',)), ('normalize', ('1.500',)), ('quantize', ('1.23456', '0.01')), ('to_integral_value', ('2.5',)), ('to_integral_exact', ('2.5',)), ('to_integral', ('3.5',)), ('next_plus', ('1',)), ('next_minus', ('1',)), ('next_toward', ('1', '2')), ('compare', ('1', '2')), ('compare_signal', ('1', '2')), ('compare_total', ('1.0', '1')), ('compare_total_mag', ('-1', '1')), ('max', ('1', '2')), ('min', ('1', 'NaN')), ('max_mag', ('-3', '2')), ('min_mag', ('-3', '2')), ('copy_abs', ('-1',)), ('copy_negate', ('1',)), ('copy_sign', ('1', '-2')), ('copy_decimal', ('1.5',)), ('fma', ('2', '3', '4')), ('is_zero', ('0',)), ('is_normal', ('1e-99999',)), ('is_subnormal', ('1e-999999',)), ('number_class', ('-0',)), ('same_quantum', ('1.0', '2.0')), ('scaleb', ('1', '3')), ('rotate', ('12345', '2')), ('shift', ('12345', '-2')), ('logical_and', ('1100', '1010')), ('logical_or', ('1100', '1010')), ('logical_xor', ('1100', '1010')), ('logical_invert', ('1100',)), ('to_sci_string', ('1.23E+7',)), ('to_eng_string', ('1.23E+7',)), ('canonical', ('1',)), ('is_canonical', ('1',)), ('is_finite', ('Inf',)), ('is_infinite', ('Inf',)), ('is_nan', ('NaN',)), ('is_qnan', ('NaN',)), ('is_snan', ('sNaN',)), ('is_signed', ('-1',))]:
    t(lambda: getattr(x, name)(*[Decimal(a) for a in args]))
print(x.radix(), x.power(3, 4, 5), x.add(1, 2), x.flags)
t(lambda: x.add(1.5, 1)); t(lambda: x.add('1', 1)); t(lambda: Decimal(1).quantize(1.5)); t(lambda: Decimal(1).quantize(Decimal(1), rounding='bad')); t(lambda: x.power(Decimal('1.5'), 2, 3)); t(lambda: pow(Decimal(3), 4, 5)); t(lambda: pow(Decimal(-3), 3, 5)); t(lambda: pow(Decimal(3), -1, 5))
