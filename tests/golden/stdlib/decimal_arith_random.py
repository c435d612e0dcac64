# decimal: many pseudo-random operations (LCG, deterministic) under varied contexts
# (precision, rounding, exponent limits, clamp), printing each result and the flags.
from decimal import *

state = [12345]
def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state[0] >> 33) % n

def choice(seq):
    return seq[rnd(len(seq))]

def rnum():
    k = rnd(100)
    if k < 5:
        return choice(['NaN', 'sNaN', '-NaN', 'Inf', '-Inf', 'NaN123', '-sNaN7'])
    if k < 12:
        return choice(['0', '-0', '0E+5', '0.000', '-0E-3'])
    if k < 20:
        return str(rnd(41) - 20)
    nd = choice([1, 2, 3, 5, 10, 20, 30, 40])
    c = rnd(10**nd) + 1
    e = choice([rnd(11) - 5, rnd(81) - 40, rnd(401) - 200])
    return '%s%dE%d' % (choice(['', '-']), c, e)

ROUNDS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
BIN = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'compare',
       'compare_signal', 'compare_total', 'compare_total_mag', 'max', 'min', 'max_mag', 'min_mag', 'next_toward',
       'quantize', 'power', 'scaleb', 'rotate', 'shift', 'same_quantum', 'copy_sign', 'divmod']
UN = ['abs', 'plus', 'minus', 'sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'next_plus', 'next_minus',
      'to_integral_value', 'to_integral_exact', 'number_class', 'to_sci_string', 'to_eng_string']
FLAGS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]

for i in range(1500):
    ctx = Context(prec=choice([1, 3, 5, 9, 16, 28, 40]), rounding=choice(ROUNDS),
                  Emin=choice([-999999, -99, -20]), Emax=choice([999999, 99, 20]), clamp=choice([0, 0, 1]), traps=[])
    if rnd(2):
        op = choice(BIN)
        args = [rnum(), rnum()]
        if op in ('scaleb', 'rotate', 'shift') and rnd(10) < 8:
            args[1] = str(rnd(61) - 30)
        if op == 'power' and rnd(2):
            args[1] = str(rnd(21) - 10)
        if op == 'power' and rnd(10) < 3:
            args = [str(rnd(50) + 1), choice(['0.5', '1.5', '-0.5', '2.25', '0.1', '3'])]
        if op == 'quantize' and rnd(10) < 7:
            args[1] = '1E%d' % (rnd(21) - 10)
    else:
        op = choice(UN + ['fma'])
        args = [rnum()]
        if op == 'fma':
            args = [rnum(), rnum(), rnum()]
        if op == 'exp' and rnd(10) < 7:
            args = ['%dE%d' % (rnd(2 * 10**6) - 10**6, -rnd(9))]
        if op in ('ln', 'log10') and rnd(10) < 7:
            args = ['%dE%d' % (rnd(10**6) + 1, rnd(12) - 8)]
    try:
        r = getattr(ctx, op)(*[Decimal(a) for a in args])
        res = str(r) if not isinstance(r, tuple) else ' '.join(map(str, r))
    except Exception as e:
        res = type(e).__name__
    flags = ','.join(s.__name__ for s in FLAGS if ctx.flags[s])
    print(i, op, ' '.join(args), '|', ctx.prec, ctx.rounding[6:], ctx.Emin, ctx.Emax, ctx.clamp, '->', res, flags)
