# decimal: construction (str/int/float/tuple), str/repr/eng, predicates, conversions, hashing,
# rounding in every mode, operators with ints, comparisons with floats, errors.
import decimal
from decimal import *
import math
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
vals = ['0', '-0', '1', '-1', '1.5', '2.5', '-2.5', '0.1', '123.456', '-0.000123', '1E+10', '1.23E-8', '123456789012345678901234567890', '1e-100', '9.999', 'NaN', '-NaN12', 'sNaN', 'Inf', '-Infinity', '0E+5', '0.000', '1.20', '100', '1E+2', '12345.6789E-20', '-5.5E+3']
for v in vals:
    d = Decimal(v)
    print(v, repr(d), str(d), d.to_eng_string(), d.as_tuple(), d.adjusted(), d.is_zero(), d.is_signed(), d.is_finite(), d.is_nan(), d.is_snan(), d.is_qnan(), d.is_infinite(), d.number_class(), d.is_normal(), d.is_subnormal(), d.is_canonical(), bool(d) if not d.is_snan() else 'x')
    t(lambda: hash(d) if not d.is_nan() else 'nan')
    t(lambda: int(d)); t(lambda: float(d) if not d.is_nan() else str(float(d))); t(lambda: round(d)); t(lambda: round(d, 2)); t(lambda: round(d, -1)); t(lambda: math.floor(d)); t(lambda: math.ceil(d)); t(lambda: math.trunc(d)); t(lambda: d.as_integer_ratio()); t(lambda: complex(d) if not d.is_nan() else 0)
    for r in ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']:
        t(lambda: (d.quantize(Decimal('0.1'), rounding=r), d.to_integral_value(rounding=r), d.to_integral_exact(r)))
    t(lambda: (d.normalize(), d.sqrt(), d.copy_abs(), d.copy_negate(), d.copy_sign(-1), -d, +d, abs(d), d.logb(), d.next_plus(), d.next_minus(), d.next_toward(0)))
    t(lambda: (d == 1, d != 1, d == 1.5, d < 1, d >= 0, d > 0.1, d == complex(1.5, 0)))
    t(lambda: (d + 1, d - 2, 3 * d, d / 7, 7 / d, d // 3, d % 3, -7 // d, -7 % d, divmod(d, 4), d ** 2, 2 ** d, pow(d, 3, 7) if d == int(d) else 0))
print(Decimal.from_float(0.1), Decimal.from_float(-2.5), Decimal.from_float(5), Decimal.from_float(float('inf')), repr(Decimal.from_float(float('nan'))), Decimal(1e300), Decimal(5e-324))
t(lambda: Decimal.from_float('1'))
for v in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 5), [1, [4, 5], 3], (0, (1,), 'F'), (1, (2, 3), 'n'), (0, (4,), 'N'), (0, (1,), 'x'), (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), (0, 1, 0), (0, (1,)), 'abc', ' 12 ', '1e', '\u0661\u0662.5', '1_000.5', '+.5', '-.5e-3', 'Infinity', '-snan0010', 'nan1e2', '', '.', '1..2', '1e+', 'inf5']:
    t(lambda: Decimal(v))
for v in [None, 1j, b'1', [1, 2], object()]:
    t(lambda: Decimal(v))
t(lambda: Decimal('1', 5)); t(lambda: Decimal(value='7')); t(lambda: Decimal())
t(lambda: hash(Decimal('snan')))
# errors whose text names the type: only the exception type (Coil's runtime
# spells heap-type names without the module)
for f in [lambda: Decimal(1) + 1.5, lambda: 1.5 * Decimal(2), lambda: Decimal(1) + '1', lambda: Decimal(1) < 'a']:
    try: f()
    except TypeError: print('TypeError')
t(lambda: Decimal('nan') < 1); t(lambda: Decimal('snan') == 1); t(lambda: Decimal('nan') == Decimal('nan')); t(lambda: Decimal('1.5') in {1.5}); t(lambda: Decimal(2) in {2: 1})
print(hash(Decimal('1.5')) == hash(1.5), hash(Decimal('0.1')) == hash(0.1), hash(Decimal(10**40)) == hash(10**40), hash(Decimal('-1')), hash(Decimal('1E+1000')), hash(Decimal('-1.234E-50')), hash(Decimal('inf')), hash(Decimal('-inf')))
print(sorted([Decimal('1.1'), Decimal('-3'), Decimal('0.5'), 2, Decimal('1E1')]), max(Decimal('1.0'), Decimal('1')), min(Decimal(1), 1))
print(Decimal('1.23').real, Decimal('1.23').imag, Decimal('1.23').conjugate(), Decimal(5).radix(), Decimal('1.0').same_quantum(Decimal('2.0')), Decimal('1.00').same_quantum(Decimal('2.0')), Decimal(1).__reduce__(), Decimal('-1.5E-7').__reduce__())
print(repr(decimal.DecimalTuple(0, (1,), 0)), decimal.DecimalTuple.__module__, Decimal.__module__, Decimal.__qualname__, Context.__module__, issubclass(InvalidOperation, ArithmeticError), issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError), issubclass(DivisionUndefined, ZeroDivisionError), Underflow.__mro__, ConversionSyntax.__mro__)
import copy
d = Decimal('3.14'); print(copy.copy(d) is d, copy.deepcopy(d) is d)
class MyDec(Decimal):
    pass
m = MyDec('1.5'); print(type(m).__name__, repr(m), type(m + 1).__name__, type(MyDec.from_float(0.5)).__name__, MyDec(Decimal(2)))
