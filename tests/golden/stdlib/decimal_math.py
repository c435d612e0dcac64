# decimal: exp, ln, log10, sqrt and power, correctly rounded, at many precisions and
# rounding modes; exact cases, overflow/underflow, special values.
from decimal import *

FLAGS = [InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]
def show(ctx, f):
    ctx.clear_flags()
    try:
        r = str(f())
    except Exception as e:
        r = type(e).__name__
    return r + ' ' + ','.join(s.__name__ for s in FLAGS if ctx.flags[s])

args = ['0', '-0', '1', '2', '10', '0.5', '1.0000001', '0.9999999', '-1', '100', '1E+100', '1E-100', '123.456',
        '3.14159265358979323846', '2.718281828459045', 'Inf', '-Inf', 'NaN', 'sNaN', '1E+6', '-1E+6', '2302.6', '-2302.6']
for prec in [1, 2, 5, 10, 28, 50]:
    for rounding in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP]:
        ctx = Context(prec=prec, rounding=rounding, traps=[])
        for a in args:
            d = Decimal(a)
            print(prec, rounding[6:], a, '| exp', show(ctx, lambda: ctx.exp(d)), '| ln', show(ctx, lambda: ctx.ln(d)),
                  '| log10', show(ctx, lambda: ctx.log10(d)), '| sqrt', show(ctx, lambda: ctx.sqrt(d)))
ctx = Context(prec=28, traps=[])
for a in ['2', '0.5', '-2', '10', '4', '1', '1.0', '-1', '0', '-0', 'Inf', '-Inf', '1.5', '0.1', '7']:
    for b in ['0', '1', '2', '-1', '-2', '3', '0.5', '-0.5', '1.5', '10', '100', '-100', '0.1', 'Inf', '-Inf', 'NaN', '1E+10']:
        print(a, '**', b, '=', show(ctx, lambda: ctx.power(Decimal(a), Decimal(b))))
for prec, rounding in [(5, ROUND_DOWN), (5, ROUND_UP), (9, ROUND_CEILING), (9, ROUND_FLOOR), (40, ROUND_05UP), (3, ROUND_HALF_DOWN)]:
    ctx = Context(prec=prec, rounding=rounding, Emin=-50, Emax=50, traps=[])
    for a, b in [('36', '1.5'), ('16', '1.5'), ('2', '0.5'), ('7', '9'), ('3', '-1'), ('1.1', '100'), ('10', '60'), ('10', '-60'),
                 ('0.1', '200'), ('2', '-200'), ('1', '1.5'), ('6', '-7.3E-121'), ('1.0001', '123456789'), ('9', '0.5'), ('-2', '51')]:
        print(prec, rounding[6:], a, '**', b, '=', show(ctx, lambda: ctx.power(Decimal(a), Decimal(b))))
print(Decimal(2) ** 100, Decimal(2) ** -3, Decimal('1.1') ** 2, Decimal(10) ** Decimal('0.5'), Decimal(1).exp(), Decimal(2).ln(), Decimal(2).sqrt())
print(Decimal('0.0001').sqrt(), Decimal('1E-7').sqrt(), Decimal('100').sqrt(), Decimal('1.21').sqrt(), Decimal('0.000').sqrt(), Decimal('-0').sqrt(), Decimal(10).log10(), Decimal('0.001').log10(), Decimal('1000E-3').ln())
with localcontext(prec=100):
    print(Decimal(1).exp())
    print(Decimal(2).sqrt())
    print(Decimal(10).ln())
