"""Decimal fixed and floating point arithmetic (General Decimal Arithmetic).

Coil's own implementation, aiming at CPython 3.11's C `_decimal` behaviour:
same results, same reprs, same signals and messages.

Invariants this module relies on:
- A Decimal is immutable: `_sign` is 0 or 1, `_int` is the coefficient as a
  non-negative Python int (for a NaN, its payload; 0 means no payload),
  `_exp` is the exponent (an int) of a finite number, and `_kind` is one of
  _FIN, _INF, _QNAN, _SNAN.
- Every arithmetic operation collects its conditions in one int bit mask
  (the libmpdec bit layout below) and hands it to `Context._signal` once,
  at the end; `_signal` sets the flags and raises the first trapped
  signal with the list of trapped conditions, as the C implementation does.
- exp/ln/log10 are computed with integer fixed-point arithmetic at a
  growing working precision until both ends of the error interval round to
  the same value (correct rounding, ROUND_HALF_EVEN as libmpdec).
- power follows libmpdec's algorithms, so that results agree digit for
  digit: integral exponents by binary powering at a higher precision,
  others as exp(y * ln(x)) with each step correctly rounded.
"""

import math as _math
import sys as _sys
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR'
]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

# ---------------------------------------------------------------- signals


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Condition bits (libmpdec's layout; FloatOperation uses the spare bit).
_CLAMPED = 0x1
_CONVSYNTAX = 0x2
_DIVZERO = 0x4
_DIVIMPOSSIBLE = 0x8
_DIVUNDEFINED = 0x10
_INEXACT = 0x40
_INVCONTEXT = 0x80
_INVOP = 0x100
_FLOATOP = 0x400
_OVERFLOW = 0x800
_ROUNDED = 0x1000
_SUBNORMAL = 0x2000
_UNDERFLOW = 0x4000
_ALLINVALID = _CONVSYNTAX | _DIVIMPOSSIBLE | _DIVUNDEFINED | _INVCONTEXT | _INVOP

# signal -> its bits, in the order the C module lists flags and picks the
# exception to raise.
_SIGNALS = ((InvalidOperation, _ALLINVALID), (FloatOperation, _FLOATOP),
            (DivisionByZero, _DIVZERO), (Overflow, _OVERFLOW),
            (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL),
            (Inexact, _INEXACT), (Rounded, _ROUNDED), (Clamped, _CLAMPED))
_SIGNAL_BITS = dict(_SIGNALS)
# The conditions listed in a raised exception's argument, in order.
_CONDITIONS = ((InvalidOperation, _INVOP), (ConversionSyntax, _CONVSYNTAX),
               (DivisionImpossible, _DIVIMPOSSIBLE),
               (DivisionUndefined, _DIVUNDEFINED),
               (InvalidContext, _INVCONTEXT)) + _SIGNALS[1:]
# The order of names in Context.__repr__ (libmpdec's bit order).
_REPR_ORDER = ((Clamped, _CLAMPED), (InvalidOperation, _ALLINVALID),
               (DivisionByZero, _DIVZERO), (Inexact, _INEXACT),
               (FloatOperation, _FLOATOP), (Overflow, _OVERFLOW),
               (Rounded, _ROUNDED), (Subnormal, _SUBNORMAL),
               (Underflow, _UNDERFLOW))
_SIGNAL_KEY_MSG = ('valid values for signals are:\n'
                   '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                   '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                   '   Clamped]')
_ROUNDING_MSG = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                           module='decimal')

# ---------------------------------------------------------------- context


class SignalDict:
    """The flags or traps of a context: a live mapping signal -> bool."""
    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self):
        return getattr(self._ctx, self._attr)

    def __getitem__(self, key):
        bits = _SIGNAL_BITS.get(key) if isinstance(key, type) else None
        if bits is None:
            raise KeyError(_SIGNAL_KEY_MSG)
        return bool(self._bits() & bits)

    def __setitem__(self, key, value):
        bits = _SIGNAL_BITS.get(key) if isinstance(key, type) else None
        if bits is None:
            raise KeyError(_SIGNAL_KEY_MSG)
        cur = self._bits()
        setattr(self._ctx, self._attr, cur | bits if value else cur & ~bits)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([s for s, b in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return isinstance(key, type) and key in _SIGNAL_BITS

    def keys(self):
        return [s for s, b in _SIGNALS]

    def values(self):
        return [self[s] for s, b in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s, b in _SIGNALS]

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, SignalDict):
            return self._bits() == other._bits()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('<class %r>:%s' % ('decimal.' + s.__name__,
                                                  self[s])
                               for s, b in _SIGNALS) + '}'

    __hash__ = None


def _signal_bits(value, what, lists=True):
    """Bits of a list or dict of signals (Context arguments)."""
    if isinstance(value, SignalDict):
        return value._bits()
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(k not in _SIGNAL_BITS
                                              for k in value):
            raise KeyError('invalid signal dict')
        bits = 0
        for k, v in value.items():
            if v:
                bits |= _SIGNAL_BITS[k]
        return bits
    if lists and isinstance(value, (list, tuple)):
        bits = 0
        for k in value:
            b = _SIGNAL_BITS.get(k) if isinstance(k, type) else None
            if b is None:
                raise KeyError(_SIGNAL_KEY_MSG)
            bits |= b
        return bits
    raise TypeError('argument must be a signal dict')


def _check_int(v):
    if not isinstance(v, int):
        raise TypeError('an integer is required')
    return v


def _int_attribute(name, valid, message):
    """A Context property holding a validated int in `_<name>`."""
    private = '_' + name

    def get(self):
        return getattr(self, private)

    def set(self, v):
        _check_int(v)
        if not valid(v):
            raise ValueError(message)
        setattr(self, private, v)

    return property(get, set)


class Context(object):
    """Arithmetic context: precision, rounding, exponent limits, signals."""
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals',
                 '_clamp', '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_DEFAULT_READY' in globals() else None
        self._prec = 28 if dc is None else dc._prec
        self._rounding = ROUND_HALF_EVEN if dc is None else dc._rounding
        self._Emin = -999999 if dc is None else dc._Emin
        self._Emax = 999999 if dc is None else dc._Emax
        self._capitals = 1 if dc is None else dc._capitals
        self._clamp = 0 if dc is None else dc._clamp
        self._flags = 0
        self._traps = (_ALLINVALID | _DIVZERO | _OVERFLOW) if dc is None \
            else dc._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _signal_bits(flags, 'flags')
        if traps is not None:
            self._traps = _signal_bits(traps, 'traps')

    # -- attributes
    prec = _int_attribute('prec', lambda v: 1 <= v <= MAX_PREC,
                          'valid range for prec is [1, MAX_PREC]')
    Emin = _int_attribute('Emin', lambda v: MIN_EMIN <= v <= 0,
                          'valid range for Emin is [MIN_EMIN, 0]')
    Emax = _int_attribute('Emax', lambda v: 0 <= v <= MAX_EMAX,
                          'valid range for Emax is [0, MAX_EMAX]')
    capitals = _int_attribute('capitals', lambda v: v in (0, 1),
                              'valid values for capitals are 0 or 1')
    clamp = _int_attribute('clamp', lambda v: v in (0, 1),
                           'valid values for clamp are 0 or 1')

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        if not isinstance(v, str) or v not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(v)]

    @property
    def flags(self):
        return SignalDict(self, '_flags')

    @flags.setter
    def flags(self, v):
        self._flags = _signal_bits(v, 'flags', False)

    @property
    def traps(self):
        return SignalDict(self, '_traps')

    @traps.setter
    def traps(self, v):
        self._traps = _signal_bits(v, 'traps', False)

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = Context.__new__(Context)
        c._prec = self._prec
        c._rounding = self._rounding
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s, b in _SIGNALS if self._flags & b],
                          [s for s, b in _SIGNALS if self._traps & b]))

    def __repr__(self):
        fl = ', '.join(s.__name__ for s, b in _REPR_ORDER if self._flags & b)
        tr = ', '.join(s.__name__ for s, b in _REPR_ORDER if self._traps & b)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=[%s], traps=[%s])' %
                (self._prec, self._rounding, self._Emin, self._Emax,
                 self._capitals, self._clamp, fl, tr))

    def _signal(self, status):
        """Record `status` in the flags; raise the first trapped signal."""
        self._flags |= status
        trapped = status & self._traps
        if trapped:
            for sig, bits in _SIGNALS:
                if trapped & bits:
                    break
            raise sig([c for c, b in _CONDITIONS if trapped & b])

    def _apply(self, a):
        """a rounded to this context (its NaN payload cut to fit)."""
        a = _convert(a)
        if a._kind >= _QNAN:
            return _dec(a._sign, _fix_nan(a, self)._int, 0, a._kind)
        st = [0]
        return _done(self, st, _finalize_any(a, self, st))

    # -- conversions
    def create_decimal(self, num='0'):
        if isinstance(num, str):
            d = _from_str(num, self)
        else:
            d = Decimal(num, self)
            if isinstance(num, float):
                self._signal(_FLOATOP)
        if d._kind >= _QNAN:
            if _ndigits(d._int) > self._prec - self._clamp and d._int:
                self._signal(_CONVSYNTAX)
                return _NAN
            return d
        st = [0]
        r = _finalize(d._sign, d._int, d._exp, self, st)
        if st[0]:
            self._signal(st[0])
        return r

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return self.create_decimal(d) if type(d) is Decimal else d

    def __setattr__(self, name, value):
        if name[0] != '_' and name not in ('prec', 'rounding', 'Emin', 'Emax',
                                           'capitals', 'clamp', 'flags',
                                           'traps'):
            raise AttributeError("'decimal.Context' object has no attribute "
                                 "'%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')


def _ctx_arg(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# The current context (one thread in Coil: a module-level variable).
_current = [None]


def getcontext():
    c = _current[0]
    if c is None:
        c = _current[0] = DefaultContext.copy()
    return c


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current[0] = context


class _ContextManager(object):
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_LOCALCONTEXT_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                      'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCALCONTEXT_KEYS:
            raise TypeError('%r is an invalid keyword argument for this '
                            'function' % k)
        if k == 'flags':
            new._flags = _signal_bits(v, k)
        elif k == 'traps':
            new._traps = _signal_bits(v, k)
        else:
            setattr(new, k, v)
    return _ContextManager(new)


# ---------------------------------------------------------------- helpers

_FIN, _INF, _QNAN, _SNAN = 0, 1, 2, 3
_HASH_MOD = _sys.hash_info.modulus
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)


def _ndigits(c):
    return len(str(c))


def _dec(sign, coeff, exp, kind=_FIN):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._kind = kind
    return d


def _round_int(c, ndrop, sign, rounding):
    """Drop the `ndrop` (> 0) last digits of c under `rounding`.

    Returns (quotient, inexact)."""
    if ndrop > _ndigits(c) + 1:
        q, r = 0, c
        half = -1  # r is below half of the unit
    else:
        p = 10**ndrop
        q, r = divmod(c, p)
        half = 2 * r - p
        half = (half > 0) - (half < 0)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        inc = half > 0 or (half == 0 and q & 1)
    elif rounding == ROUND_HALF_UP:
        inc = half >= 0
    elif rounding == ROUND_HALF_DOWN:
        inc = half > 0
    elif rounding == ROUND_DOWN:
        inc = False
    elif rounding == ROUND_UP:
        inc = True
    elif rounding == ROUND_CEILING:
        inc = not sign
    elif rounding == ROUND_FLOOR:
        inc = sign
    else:  # ROUND_05UP
        inc = q % 5 == 0
    return (q + 1 if inc else q), True


def _overflow(sign, ctx, st):
    st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
    r = ctx._rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
        return _dec(sign, 0, 0, _INF)
    return _dec(sign, 10**ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _finalize(sign, c, e, ctx, st):
    """Round (sign, c, e) to the context and check its exponent limits."""
    prec = ctx._prec
    if c:
        # fast path: nothing to round, clamp or flag
        nd = len(str(c))
        if nd <= prec and ctx._Emin <= e + nd - 1 <= ctx._Emax and \
                (not ctx._clamp or e <= ctx._Emax - prec + 1):
            return _dec(sign, c, e)
    emin = ctx._Emin
    emax = ctx._Emax
    etiny = emin - prec + 1
    if c == 0:
        top = emax - prec + 1 if ctx._clamp else emax
        if e > top:
            e = top
            st[0] |= _CLAMPED
        elif e < etiny:
            e = etiny
            st[0] |= _CLAMPED
        return _dec(sign, 0, e)
    nd = _ndigits(c)
    adj = e + nd - 1
    if adj > emax:
        return _overflow(sign, ctx, st)
    if adj < emin:
        status = _SUBNORMAL
        if e < etiny:
            c, inexact = _round_int(c, etiny - e, sign, ctx._rounding)
            e = etiny
            status |= _ROUNDED
            if inexact:
                status |= _INEXACT | _UNDERFLOW
                if c == 0:
                    status |= _CLAMPED
        st[0] |= status
    elif nd > prec:
        ndrop = nd - prec
        c, inexact = _round_int(c, ndrop, sign, ctx._rounding)
        e += ndrop
        st[0] |= _ROUNDED | _INEXACT if inexact else _ROUNDED
        if c == 10**prec:
            c //= 10
            e += 1
        if e + prec - 1 > emax:
            return _overflow(sign, ctx, st)
    if ctx._clamp:
        etop = emax - prec + 1
        if e > etop:
            c *= 10**(e - etop)
            e = etop
            st[0] |= _CLAMPED
    return _dec(sign, c, e)


def _fix_nan(d, ctx):
    """A quiet NaN with the payload of d cut to the context."""
    p = d._int
    keep = ctx._prec - ctx._clamp
    if p and _ndigits(p) > keep:
        p = p % 10**keep if keep > 0 else 0
    return _dec(d._sign, p, 0, _QNAN)


def _nans(a, b, st, ctx):
    """The NaN result of an operation on a and b (b may be None), or None."""
    ka = a._kind
    kb = b._kind if b is not None else _FIN
    if ka < _QNAN and kb < _QNAN:
        return None
    if ka == _SNAN:
        st[0] |= _INVOP
        return _fix_nan(a, ctx)
    if kb == _SNAN:
        st[0] |= _INVOP
        return _fix_nan(b, ctx)
    if ka == _QNAN:
        return _fix_nan(a, ctx)
    return _fix_nan(b, ctx)


def _invalid(st, bit=_INVOP):
    st[0] |= bit
    return _NAN


def _done(ctx, st, result):
    if st[0]:
        ctx._signal(st[0])
    return result


def _from_int(v):
    if v < 0:
        return _dec(1, -v, 0)
    return _dec(0, v, 0)


def _conv(other):
    """Operand conversion for the operators: Decimal and int only."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return NotImplemented


def _convert(other):
    """Operand conversion for methods: TypeError for what is not exact."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError('conversion from %s to Decimal is not supported' %
                    type(other).__name__)


def _parse(s):
    """(sign, coeff, exp, kind) from a numeric string, or None."""
    s = s.strip().replace('_', '')
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isdecimal():
                out.append(str(int(ch)))
            elif ch.isascii():
                out.append(ch)
            else:
                return None
        s = ''.join(out)
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return sign, 0, 0, _INF
    kind = _FIN
    if low.startswith('nan'):
        kind = _QNAN
        rest = low[3:]
    elif low.startswith('snan'):
        kind = _SNAN
        rest = low[4:]
    if kind != _FIN:
        if rest and not rest.isdigit():
            return None
        return sign, int(rest) if rest else 0, 0, kind
    epos = low.find('e')
    exp = 0
    if epos >= 0:
        es = low[epos + 1:]
        low = low[:epos]
        body = es[1:] if es[:1] in ('+', '-') else es
        if not body or not body.isdigit():
            return None
        exp = int(es)
    dot = low.find('.')
    if dot >= 0:
        ip = low[:dot]
        fp = low[dot + 1:]
    else:
        ip = low
        fp = ''
    if not ip and not fp:
        return None
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    return sign, int(ip + fp), exp - len(fp), _FIN


def _from_str(s, ctx):
    r = _parse(s)
    if r is None:
        ctx._signal(_CONVSYNTAX)
        return _NAN
    if r[3] == _FIN and not _exact_in_limits(r[1], r[2]):
        ctx._signal(_INVOP)
        return _NAN
    return _dec(r[0], r[1], r[2], r[3])


def _exact_in_limits(c, e):
    """Is c*10**e representable without rounding in the widest context?"""
    if e < MIN_ETINY:
        return False
    if c == 0:
        return e <= MAX_EMAX
    return e + _ndigits(c) - 1 <= MAX_EMAX


def _from_float(f):
    if f != f:
        return _dec(0, 0, 0, _QNAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_FLOAT, -_INF_FLOAT):
        return _dec(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5**k, -k)


_INF_FLOAT = float('inf')


def _from_tuple(v, ctx):
    if len(v) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = v
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    kind = _FIN
    if isinstance(exp, str):
        if exp == 'F':
            kind = _INF
        elif exp == 'n':
            kind = _QNAN
        elif exp == 'N':
            kind = _SNAN
        else:
            raise ValueError("string argument in the third position must be "
                             "'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    elif not -2**63 <= exp < 2**63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dg
    if kind == _INF:
        return _dec(sign, 0, 0, _INF)
    if kind != _FIN:
        return _dec(sign, c, 0, kind)
    if not _exact_in_limits(c, exp):
        ctx._signal(_INVOP)
        return _NAN
    return _dec(sign, c, exp)


def _cmp_mag(a, b):
    """Compare |a| and |b|, both finite."""
    if a._int == 0 or b._int == 0:
        return (a._int != 0) - (b._int != 0)
    da = _ndigits(a._int)
    db = _ndigits(b._int)
    adja = a._exp + da - 1
    adjb = b._exp + db - 1
    if adja != adjb:
        return 1 if adja > adjb else -1
    ca, cb = a._int, b._int
    if a._exp > b._exp:
        ca *= 10**(a._exp - b._exp)
    elif b._exp > a._exp:
        cb *= 10**(b._exp - a._exp)
    return (ca > cb) - (ca < cb)


def _cmp(a, b):
    """Numeric comparison of two non-NaN Decimals: -1, 0 or 1."""
    if a._kind == _INF or b._kind == _INF:
        va = 0 if a._kind != _INF else (-1 if a._sign else 1)
        vb = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if va == vb:
            return 0
        if va or vb:
            if va and vb:
                return (va > vb) - (va < vb)
            if va:
                return va
            return -vb
    za = a._int == 0
    zb = b._int == 0
    if za and zb:
        return 0
    sa = 0 if za else (-1 if a._sign else 1)
    sb = 0 if zb else (-1 if b._sign else 1)
    if sa != sb:
        return (sa > sb) - (sa < sb)
    m = _cmp_mag(a, b)
    return -m if a._sign else m


def _sci(sign, c, e, kind, eng, capitals):
    """to-scientific-string / to-engineering-string of the spec."""
    s = '-' if sign else ''
    if kind == _INF:
        return s + 'Infinity'
    if kind == _QNAN:
        return s + 'NaN' + (str(c) if c else '')
    if kind == _SNAN:
        return s + 'sNaN' + (str(c) if c else '')
    digits = str(c)
    n = len(digits)
    left = e + n
    if e <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif c == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        body = '0.' + '0' * -dot + digits
    elif dot >= n:
        body = digits + '0' * (dot - n)
    else:
        body = digits[:dot] + '.' + digits[dot:]
    if left != dot:
        body += ('E' if capitals else 'e') + '%+d' % (left - dot)
    return s + body


# ---------------------------------------------------------------- arithmetic


def _add(a, b, ctx, st, negate_b=False):
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._kind or b._kind:
        r = _nans(a, b, st, ctx)
        if r is not None:
            return r
        if a._kind == _INF and b._kind == _INF and a._sign != bsign:
            return _invalid(st)
        if a._kind == _INF:
            return _dec(a._sign, 0, 0, _INF)
        return _dec(bsign, 0, 0, _INF)
    prec = ctx._prec
    ca, ea, sa = a._int, a._exp, a._sign
    cb, eb, sb = b._int, b._exp, bsign
    exp = ea if ea < eb else eb
    if ca == 0 and cb == 0:
        if sa != sb:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        else:
            sign = sa
        return _finalize(sign, 0, exp, ctx, st)
    if ca == 0:
        exp = max(exp, eb - prec - 1)
        if eb >= exp:
            return _finalize(sb, cb * 10**(eb - exp), exp, ctx, st)
        return _finalize(sb, cb, eb, ctx, st)
    if cb == 0:
        exp = max(exp, ea - prec - 1)
        if ea >= exp:
            return _finalize(sa, ca * 10**(ea - exp), exp, ctx, st)
        return _finalize(sa, ca, ea, ctx, st)
    # Keep the smaller operand as a sticky digit when it lies entirely
    # below the rounding position of the larger one.
    if ea < eb:
        ca, ea, sa, cb, eb, sb = cb, eb, sb, ca, ea, sa
    # now ea >= eb
    if ea != eb:
        la = _ndigits(ca)
        lim = ea + min(-1, la - prec - 2)
        if _ndigits(cb) + eb - 1 < lim:
            cb = 1
            eb = lim
        ca *= 10**(ea - eb)
        ea = eb
    if sa == sb:
        return _finalize(sa, ca + cb, ea, ctx, st)
    if ca >= cb:
        c, sign = ca - cb, sa
    else:
        c, sign = cb - ca, sb
    if c == 0:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
    return _finalize(sign, c, ea, ctx, st)


def _mul(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _nans(a, b, st, ctx)
        if r is not None:
            return r
        if (a._kind != _INF and a._int == 0) or \
                (b._kind != _INF and b._int == 0):
            return _invalid(st)
        return _dec(sign, 0, 0, _INF)
    return _finalize(sign, a._int * b._int, a._exp + b._exp, ctx, st)


def _div(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _nans(a, b, st, ctx)
        if r is not None:
            return r
        if a._kind == _INF:
            if b._kind == _INF:
                return _invalid(st)
            return _dec(sign, 0, 0, _INF)
        st[0] |= _CLAMPED
        return _dec(sign, 0, ctx._Emin - ctx._prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _DIVUNDEFINED)
        st[0] |= _DIVZERO
        return _dec(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finalize(sign, 0, ideal, ctx, st)
    prec = ctx._prec
    shift = _ndigits(b._int) - _ndigits(a._int) + prec + 1
    if shift >= 0:
        q, rem = divmod(a._int * 10**shift, b._int)
    else:
        q, rem = divmod(a._int, b._int * 10**-shift)
    exp = ideal - shift
    if rem:
        q = q * 10 + 1
        exp -= 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finalize(sign, q, exp, ctx, st)


def _divint_rem(a, b, ctx, st):
    """(integer quotient, remainder) of two finite numbers, b != 0.

    Returns None after flagging DivisionImpossible."""
    ideal = a._exp if a._exp < b._exp else b._exp
    sign = a._sign ^ b._sign
    if a._int == 0:
        return _dec(sign, 0, 0), _finalize(a._sign, 0, ideal, ctx, st)
    expdiff = (a._exp + _ndigits(a._int)) - (b._exp + _ndigits(b._int))
    if expdiff <= -2:
        return _dec(sign, 0, 0), _rescale_fin(a, ideal, ctx, st)
    if expdiff <= ctx._prec:
        ca, cb = a._int, b._int
        if a._exp >= b._exp:
            ca *= 10**(a._exp - b._exp)
        else:
            cb *= 10**(b._exp - a._exp)
        q, rem = divmod(ca, cb)
        if q < 10**ctx._prec:
            return (_dec(sign, q, 0),
                    _finalize(a._sign, rem, ideal, ctx, st))
    st[0] |= _DIVIMPOSSIBLE
    return None


def _rescale_fin(a, exp, ctx, st):
    c = a._int
    if a._exp >= exp:
        c *= 10**(a._exp - exp)
    else:
        c, _ = _round_int(c, exp - a._exp, a._sign, ctx._rounding)
    return _finalize(a._sign, c, exp, ctx, st)


def _floordiv(a, b, ctx, st):
    r = _nans(a, b, st, ctx)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _invalid(st)
        return _dec(sign, 0, 0, _INF)
    if b._kind == _INF:
        return _dec(sign, 0, 0)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _DIVUNDEFINED)
        st[0] |= _DIVZERO
        return _dec(sign, 0, 0, _INF)
    st2 = [0]
    r = _divint_rem(a, b, ctx, st2)
    st[0] |= st2[0] & _DIVIMPOSSIBLE
    if r is None:
        return _NAN
    return _finalize(r[0]._sign, r[0]._int, 0, ctx, st)


def _remainder_specials(a, b, ctx, st):
    """The result of a remainder with a NaN, an infinity or a zero divisor,
    or None."""
    r = _nans(a, b, st, ctx)
    if r is not None:
        return r
    if a._kind == _INF:
        return _invalid(st)
    if b._kind == _INF:
        return _finalize(a._sign, a._int, a._exp, ctx, st)
    if b._int == 0:
        if a._int == 0:
            return _invalid(st, _DIVUNDEFINED)
        return _invalid(st)
    return None


def _mod(a, b, ctx, st):
    r = _remainder_specials(a, b, ctx, st)
    if r is not None:
        return r
    r = _divint_rem(a, b, ctx, st)
    return _NAN if r is None else r[1]


def _divmod(a, b, ctx, st):
    r = _nans(a, b, st, ctx)
    if r is not None:
        return r, r
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            r = _invalid(st)
            return r, r
        return _dec(sign, 0, 0, _INF), _invalid(st)
    if b._kind == _INF:
        return _dec(sign, 0, 0), _finalize(a._sign, a._int, a._exp, ctx, st)
    if b._int == 0:
        if a._int == 0:
            r = _invalid(st, _DIVUNDEFINED)
            return r, r
        st[0] |= _DIVZERO | _INVOP
        return _dec(sign, 0, 0, _INF), _NAN
    r = _divint_rem(a, b, ctx, st)
    if r is None:
        return _NAN, _NAN
    return _finalize(r[0]._sign, r[0]._int, 0, ctx, st), r[1]


def _remainder_near(a, b, ctx, st):
    r = _remainder_specials(a, b, ctx, st)
    if r is not None:
        return r
    ideal = a._exp if a._exp < b._exp else b._exp
    if a._int == 0:
        return _finalize(a._sign, 0, ideal, ctx, st)
    expdiff = (a._exp + _ndigits(a._int)) - (b._exp + _ndigits(b._int))
    if expdiff >= ctx._prec + 1:
        return _invalid(st, _DIVIMPOSSIBLE)
    if expdiff <= -2:
        return _rescale_fin(a, ideal, ctx, st)
    ca, cb = a._int, b._int
    if a._exp >= b._exp:
        ca *= 10**(a._exp - b._exp)
    else:
        cb *= 10**(b._exp - a._exp)
    q, rem = divmod(ca, cb)
    # nearest integer quotient, ties to even
    if 2 * rem + (q & 1) > cb:
        rem -= cb
        q += 1
    if q >= 10**ctx._prec:
        return _invalid(st, _DIVIMPOSSIBLE)
    sign = a._sign
    if rem < 0:
        sign ^= 1
        rem = -rem
    return _finalize(sign, rem, ideal, ctx, st)


def _plus(a, ctx, st, negate=False):
    r = _nans(a, None, st, ctx)
    if r is not None:
        return r
    sign = a._sign ^ 1 if negate else a._sign
    if a._kind == _INF:
        return _dec(sign, 0, 0, _INF)
    if a._int == 0 and ctx._rounding != ROUND_FLOOR:
        sign = 0
    return _finalize(sign, a._int, a._exp, ctx, st)


def _fma(a, b, c, ctx, st):
    # the product is exact; only the sum is rounded
    if (a._kind == _INF and b._kind == _FIN and b._int == 0) or \
            (b._kind == _INF and a._kind == _FIN and a._int == 0):
        if c._kind == _SNAN:
            st[0] |= _INVOP
        return _invalid(st)
    if a._kind >= _QNAN or b._kind >= _QNAN or c._kind >= _QNAN:
        for x in (a, b, c):
            if x._kind == _SNAN:
                st[0] |= _INVOP
                return _fix_nan(x, ctx)
        for x in (a, b, c):
            if x._kind == _QNAN:
                return _fix_nan(x, ctx)
    if a._kind == _INF or b._kind == _INF:
        if (a._kind != _INF and a._int == 0) or \
                (b._kind != _INF and b._int == 0):
            return _invalid(st)
        prod = _dec(a._sign ^ b._sign, 0, 0, _INF)
    else:
        prod = _dec(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    return _add(prod, c, ctx, st)


# ------------------------------------------------- exp, ln, log10, power

_CONST = {}


def _atanh_inv(q, one):
    """atanh(1/q) * one, truncated (error below a few units)."""
    s = one // q
    total = s
    q2 = q * q
    k = 1
    while s:
        s //= q2
        k += 2
        total += s // k
    return total


def _const(name, w):
    """ln(2) or ln(10) times 10**w (error below a few units)."""
    have = _CONST.get(name)
    if have is None or have[0] < w:
        g = max(w + 10, 2 * have[0] if have else 0)
        one = 10**g
        ln2 = 2 * _atanh_inv(3, one)
        _CONST['ln2'] = (g, ln2)
        _CONST['ln10'] = (g, 3 * ln2 + 2 * _atanh_inv(9, one))
        have = _CONST[name]
    return have[1] // 10**(have[0] - w)


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w for c > 0, with an error below 100 units."""
    n = _ndigits(c)
    k = e + n - 1  # c*10**e = m * 10**k with 1 <= m < 10
    r = 8 + _ndigits(w) * 2
    g = w + 10 + r // 3 + _ndigits(abs(k))
    one = 10**g
    shift = g - (n - 1)
    m = c * 10**shift if shift >= 0 else c // 10**-shift
    j = 0
    while m > one * 14 // 10:
        m >>= 1
        j += 1
    for _ in range(r):
        m = _math.isqrt(m * one)
    neg = m < one
    y = (abs(m - one) * one) // (m + one)
    total = y
    p = y
    y2 = y * y // one
    i = 1
    while p:
        p = p * y2 // one
        i += 2
        total += p // i
    lnm = (2 * total) << r
    if neg:
        lnm = -lnm
    res = lnm + j * _const('ln2', g) + k * _const('ln10', g)
    return res // 10**(g - w)


def _exp_fixed(x, w):
    """exp(x / 10**w) as (coeff, exp10), relative error below 10**-(w-2)."""
    mag = _ndigits(abs(x) // 10**w) if x else 1
    s = 8 + _ndigits(w) * 2
    g = w + 10 + s // 3 + mag
    one = 10**g
    xg = x * 10**(g - w)
    ln10 = _const('ln10', g)
    n = xg // ln10
    r = (xg - n * ln10) >> s
    term = one
    total = one
    i = 0
    while term:
        i += 1
        term = term * r // (one * i)
        total += term
    for _ in range(s):
        total = total * total // one
    return total, n - g


def _half_even(ctx):
    c = ctx.copy()
    c._rounding = ROUND_HALF_EVEN
    return c


def _same_round(sign, lo, hi, e, ctx):
    """Do sign*lo*10**e and sign*hi*10**e round to the same result?"""
    if lo <= 0:
        return None
    a = _finalize(sign, lo, e, ctx, [0])
    b = _finalize(sign, hi, e, ctx, [0])
    if a._kind != b._kind or a._int != b._int or a._exp != b._exp:
        return None
    return a


def _ziv(sign, approx, ctx, st, prec):
    """Run approx(w) -> (coeff, exp10, err) until the result is settled."""
    w = prec + 8
    for _ in range(6):
        c, e, err = approx(w)
        if _same_round(sign, c - err, c + err, e, ctx) is not None:
            return _finalize(sign, c * 10 + 1, e - 1, ctx, st)
        nd = _ndigits(c)
        w += max(prec + 8 - nd, 0) + prec + 8
    # The value sits on a rounding boundary: it is exact there; the C
    # module's approximation lands just above it.
    c, _ = _round_int(c, 3, 0, ROUND_HALF_EVEN)
    return _finalize(sign, c * 10 + 1, e + 2, ctx, st)


def _adjusted(a):
    return a._exp + _ndigits(a._int) - 1


def _exp(a, ctx, st):
    r = _nans(a, None, st, ctx)
    if r is not None:
        return r
    if a._kind == _INF:
        return _dec(0, 0, 0) if a._sign else _dec(0, 0, 0, _INF)
    if a._int == 0:
        return _dec(0, 1, 0)
    hctx = _half_even(ctx)
    adj = _adjusted(a)
    if adj > 25:
        est = _math.inf
    else:
        digits = str(a._int)[:17]
        est = int(digits) * 10.0**(adj - len(digits) + 1) / 2.302585092994046
    if a._sign:
        if est > -(ctx._Emin - ctx._prec + 1) + 3:
            return _finalize(0, 1, ctx._Emin - ctx._prec - 1, hctx, st)
    elif est > ctx._Emax + 3:
        return _finalize(0, 1, ctx._Emax + 1, hctx, st)

    def approx(w):
        ww = w + max(adj, 0)
        sh = a._exp + ww
        if sh >= 0:
            x = a._int * 10**sh
        elif adj + ww < -2:
            x = 0
        else:
            x = a._int // 10**-sh
        if a._sign:
            x = -x - 1
        c, e = _exp_fixed(x, ww)
        return c, e, c // 10**(w - 2) + 2

    return _ziv(0, approx, hctx, st, ctx._prec)


def _ln_checks(a, st, ctx):
    r = _nans(a, None, st, ctx)
    if r is not None:
        return r
    if a._sign and (a._kind == _INF or a._int):
        return _invalid(st)
    if a._kind == _INF:
        return _dec(0, 0, 0, _INF)
    if a._int == 0:
        return _dec(1, 0, 0, _INF)
    return None


def _is_pow10(c):
    s = str(c)
    return s[0] == '1' and s.count('0') == len(s) - 1


def _ln(a, ctx, st):
    r = _ln_checks(a, st, ctx)
    if r is not None:
        return r
    if a._exp <= 0 and _is_pow10(a._int) and _ndigits(a._int) == 1 - a._exp:
        return _dec(0, 0, 0)  # ln(1)
    hctx = _half_even(ctx)
    sign = 1 if _cmp(a, _ONE) < 0 else 0

    def approx(w):
        v = abs(_ln_fixed(a._int, a._exp, w))
        return v, -w, 200

    return _ziv(sign, approx, hctx, st, ctx._prec)


def _log10(a, ctx, st):
    r = _ln_checks(a, st, ctx)
    if r is not None:
        return r
    if _is_pow10(a._int):
        k = a._exp + _ndigits(a._int) - 1
        return _finalize(1 if k < 0 else 0, abs(k), 0, _half_even(ctx), st)
    hctx = _half_even(ctx)
    sign = 1 if _cmp(a, _ONE) < 0 else 0

    def approx(w):
        v = _ln_fixed(a._int, a._exp, w + 3)
        v = abs(v * 10**w // _const('ln10', w + 3))
        return v, -w, 200

    return _ziv(sign, approx, hctx, st, ctx._prec)


def _is_integral(b):
    if b._exp >= 0 or b._int == 0:
        return True
    if -b._exp >= _ndigits(b._int):
        return False
    return b._int % 10**-b._exp == 0


def _is_odd(b):
    """Is the integral finite b odd?"""
    if b._exp > 0:
        return 0
    if b._exp == 0:
        return b._int & 1
    return (b._int // 10**-b._exp) & 1


def _int_value(b):
    return b._int * 10**b._exp if b._exp >= 0 else b._int // 10**-b._exp


def _pow_int(a, b, sign, ctx, st):
    """x**n for an integral n, as the C module computes it."""
    n = -_int_value(b) if b._sign else _int_value(b)
    wctx = ctx.copy()
    wctx._prec = ctx._prec + _ndigits(abs(n)) + 2
    wctx._rounding = ROUND_HALF_EVEN
    wctx._clamp = 0
    base = _dec(0, a._int, a._exp)
    if n < 0:
        wctx._prec += 1
        wst = [0]
        base = _div(_ONE, base, wctx, wst)
        st[0] |= wst[0]
        n = -n
    wst = [0]
    r = base
    bit = 1 << (n.bit_length() - 1)
    while bit > 1:
        bit >>= 1
        r = _mul(r, r, wctx, wst)
        if n & bit:
            r = _mul(r, base, wctx, wst)
        if r._kind != _FIN or (r._int == 0 and wst[0] & _CLAMPED):
            break
    st[0] |= wst[0]
    if r._kind == _INF:
        return _finalize(sign, 1, ctx._Emax + 1, ctx, st)
    return _finalize(sign, r._int, r._exp, ctx, st)


def _pow(a, b, ctx, st):
    r = _nans(a, b, st, ctx)
    if r is not None:
        return r
    bint = b._kind == _FIN and _is_integral(b)
    if b._kind == _FIN and b._int == 0:
        if a._kind == _FIN and a._int == 0:
            return _invalid(st)
        return _dec(0, 1, 0)
    sign = 0
    if a._sign:
        if bint:
            sign = _is_odd(b)
        elif a._kind == _INF or a._int:
            return _invalid(st)
    if a._kind == _FIN and a._int == 0:
        return _dec(sign, 0, 0) if not b._sign else _dec(sign, 0, 0, _INF)
    if a._kind == _INF:
        return _dec(sign, 0, 0, _INF) if not b._sign else _dec(sign, 0, 0)
    one_cmp = _cmp_mag(a, _ONE)
    if b._kind == _INF:
        if one_cmp == 0:
            st[0] |= _INEXACT | _ROUNDED
            return _dec(0, 10**(ctx._prec - 1), 1 - ctx._prec)
        if (one_cmp > 0) == (not b._sign):
            return _dec(0, 0, 0, _INF)
        return _dec(0, 0, 0)
    if one_cmp == 0 and bint:
        # (+-1.000...)**n
        n = _int_value(b)
        exp = a._exp * n if not b._sign else 0
        if exp < 1 - ctx._prec:
            exp = 1 - ctx._prec
            st[0] |= _ROUNDED
        return _dec(sign, 10**-exp, exp)
    # Certain overflow or underflow (libmpdec's coarse bound check, on
    # lower bounds of the exponents of log10|x| and y).
    t = _adjusted(a)
    if t > 0:
        lbz = _ndigits(t) - 1
    elif t < -1:
        lbz = _ndigits(-(t + 1)) - 1
    else:
        d = _add(_dec(0, a._int, a._exp), _ONE, _MAXCTX, [0], True)
        u = _adjusted(d) if d._int else None
        lbz = None if u is None else (u - 2 if t == 0 else u - 1)
    if lbz is not None:
        lb = lbz + _adjusted(b)
        if (t < 0) == bool(b._sign):
            if _ndigits(ctx._Emax) < lb:
                return _finalize(sign, 1, ctx._Emax + 1, ctx, st)
        elif _ndigits(ctx._prec - 1 - ctx._Emin) < lb:
            return _finalize(sign, 1, ctx._Emin - ctx._prec, ctx, st)
    if bint:
        return _pow_int(a, b, sign, ctx, st)
        # too large to compute exactly: fall through to exp(y * ln(x))
    # As the C module: ln, multiply and exp at a higher precision with
    # ROUND_HALF_EVEN (each correctly rounded), then round to the context.
    wctx = Context.__new__(Context)
    wctx._prec = max(_ndigits(a._int), ctx._prec) + 23
    wctx._rounding = ROUND_HALF_EVEN
    wctx._Emin = MIN_EMIN
    wctx._Emax = MAX_EMAX
    wctx._clamp = 0
    wctx._capitals = 1
    wctx._flags = wctx._traps = 0
    wst = [0]
    v = _ln(_dec(0, a._int, a._exp), wctx, wst)
    v = _mul(v, b, wctx, wst)
    v = _exp(v, wctx, st)  # its conditions are the result's (libmpdec)
    st[0] |= _INEXACT | _ROUNDED
    if v._kind == _INF:
        return _finalize(sign, 1, ctx._Emax + 1, ctx, st)
    if v._exp <= 0 and _is_pow10(v._int) and _ndigits(v._int) == 1 - v._exp:
        return _dec(sign, 10**(ctx._prec - 1), 1 - ctx._prec)
    return _finalize(sign, v._int, v._exp, ctx, st)


def _sqrt(a, ctx, st):
    r = _nans(a, None, st, ctx)
    if r is not None:
        return r
    if a._int == 0 and a._kind == _FIN:
        return _finalize(a._sign, 0, a._exp >> 1, ctx, st)
    if a._sign:
        return _invalid(st)
    if a._kind == _INF:
        return _dec(0, 0, 0, _INF)
    prec = ctx._prec + 1
    c, e = a._int, a._exp
    ideal = e >> 1
    if e & 1:
        c *= 10
        e -= 1
    # make the root have at least prec digits
    k = prec - (_ndigits(c) + 1) // 2
    exact = True
    if k >= 0:
        c *= 100**k
    else:
        c, rem = divmod(c, 100**-k)
        exact = rem == 0
    root = _math.isqrt(c)
    exp = (e >> 1) - k
    if exact and root * root == c:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    else:
        root = root * 10 + 1
        exp -= 1
    return _finalize(0, root, exp, _half_even(ctx), st)


# ---------------------------------------------------------------- Decimal


_CMP_OPS = {'eq': lambda c: c == 0, 'ne': lambda c: c != 0,
            'lt': lambda c: c < 0, 'le': lambda c: c <= 0,
            'gt': lambda c: c > 0, 'ge': lambda c: c >= 0}


def _binop(fn, reflected=False):
    # The hot path of the operators: conversion, context and status inline.
    def op(self, other):
        if not isinstance(other, Decimal):
            if not isinstance(other, int):
                return NotImplemented
            other = _from_int(other)
        ctx = _current[0] or getcontext()
        st = [0]
        if reflected:
            r = fn(other, self, ctx, st)
        else:
            r = fn(self, other, ctx, st)
        if st[0]:
            ctx._signal(st[0])
        return r
    return op


def _sub(a, b, ctx, st):
    return _add(a, b, ctx, st, True)


def _not_nan_int(d, what):
    if d._kind >= _QNAN:
        raise ValueError('cannot convert NaN to %s' % what)
    if d._kind == _INF:
        raise OverflowError('cannot convert Infinity to %s' % what)


def _quantize(a, b, rounding, ctx, st):
    r = _nans(a, b, st, ctx)
    if r is not None:
        return r
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF:
            return _dec(a._sign, 0, 0, _INF)
        return _invalid(st)
    exp = b._exp
    if not (ctx._Emin - ctx._prec + 1 <= exp <= ctx._Emax):
        return _invalid(st)
    if a._int == 0:
        return _finalize(a._sign, 0, exp, ctx, st)
    adj = _adjusted(a)
    if adj > ctx._Emax or adj - exp + 1 > ctx._prec:
        return _invalid(st)
    c = a._int
    inexact = False
    if a._exp >= exp:
        c *= 10**(a._exp - exp)
    else:
        c, inexact = _round_int(c, exp - a._exp, a._sign, rounding)
    if c and (_ndigits(c) > ctx._prec or exp + _ndigits(c) - 1 > ctx._Emax):
        return _invalid(st)
    if c and exp + _ndigits(c) - 1 < ctx._Emin:
        st[0] |= _SUBNORMAL
    if exp > a._exp:
        st[0] |= _ROUNDED | _INEXACT if inexact else _ROUNDED
    return _finalize(a._sign, c, exp, ctx, st)


def _to_integral(a, rounding, ctx, st, exact):
    r = _nans(a, None, st, ctx)
    if r is not None:
        return r
    if a._kind == _INF or a._exp >= 0:
        return a
    if a._int == 0:
        return _dec(a._sign, 0, 0)
    c, inexact = _round_int(a._int, -a._exp, a._sign, rounding)
    if exact:
        st[0] |= _ROUNDED | _INEXACT if inexact else _ROUNDED
    return _dec(a._sign, c, 0)


def _total_key(d):
    """Comparison key for compare_total on the non-negative side."""
    if d._kind == _QNAN:
        return (3, d._int, 0)
    if d._kind == _SNAN:
        return (2, d._int, 0)
    if d._kind == _INF:
        return (1, 0, 0)
    return (0, 0, 0)


def _compare_total(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ka, kb = _total_key(a), _total_key(b)
    if ka != kb or ka[0] != 0:
        r = (ka > kb) - (ka < kb)
    else:
        r = _cmp_mag(a, b)
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    return -r if a._sign else r


def _nextafter(a, ctx, up):
    """next_plus (up) or next_minus of a finite or infinite a."""
    if a._kind == _INF:
        if a._sign == (0 if up else 1):
            return a
        return _dec(1 if up else 0, 10**ctx._prec - 1,
                    ctx._Emax - ctx._prec + 1)
    c2 = ctx.copy()
    c2._rounding = ROUND_CEILING if up else ROUND_FLOOR
    r = _finalize(a._sign, a._int, a._exp, c2, [0])
    if _cmp(r, a) != 0:
        return r
    tiny = _dec(0 if up else 1, 1, ctx._Emin - ctx._prec)
    return _add(a, tiny, c2, [0])


def _logical_digits(d):
    if d._kind != _FIN or d._sign or d._exp != 0:
        return None
    s = str(d._int)
    if s.strip('01'):
        return None
    return s


def _logical(a, b, ctx, st, fn):
    da = _logical_digits(a)
    db = _logical_digits(b) if b is not None else '0'
    if da is None or db is None:
        return _invalid(st)
    p = ctx._prec
    da = da[-p:].rjust(p, '0')
    db = db[-p:].rjust(p, '0')
    out = ''.join(fn(x, y) for x, y in zip(da, db))
    return _dec(0, int(out), 0)


def _int_operand(b, limit):
    """The integer value of b for rotate/shift/scaleb, or None."""
    if b._kind != _FIN or b._exp != 0 or b._int > limit:
        return None
    return -b._int if b._sign else b._int


class Decimal(object):
    """Floating point class for decimal arithmetic."""
    __slots__ = ('_sign', '_int', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, str):
            d = _from_str(value, context or getcontext())
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, float):
            (context or getcontext())._signal(_FLOATOP)
            d = _from_float(value)
        elif isinstance(value, (list, tuple)):
            d = _from_tuple(value, context or getcontext())
        else:
            raise TypeError('conversion from %s to Decimal is not supported' %
                            type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        r = object.__new__(cls)
        r._sign = d._sign
        r._int = d._int
        r._exp = d._exp
        r._kind = d._kind
        return r

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- conversions to text
    def __str__(self, eng=False, context=None):
        ctx = getcontext() if context is None else context
        return _sci(self._sign, self._int, self._exp, self._kind, eng,
                    ctx._capitals)

    def to_eng_string(self, context=None):
        ctx = _ctx_arg(context)
        return _sci(self._sign, self._int, self._exp, self._kind, True,
                    ctx._capitals)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __format__(self, spec, override=None):
        return _format(self, spec, getcontext())

    # -- predicates and accessors
    def adjusted(self):
        if self._kind != _FIN:
            return 0
        return _adjusted(self)

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind >= _QNAN:
            digits = tuple(map(int, str(self._int))) if self._int else ()
            return DecimalTuple(self._sign, digits,
                                'n' if self._kind == _QNAN else 'N')
        return DecimalTuple(self._sign, tuple(map(int, str(self._int))),
                            self._exp)

    def as_integer_ratio(self):
        _not_nan_int(self, 'integer ratio')
        n = self._int
        if self._exp >= 0:
            n *= 10**self._exp
            d = 1
        else:
            d = 10**-self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == _FIN

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _QNAN

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FIN and self._int == 0

    def is_normal(self, context=None):
        if self._kind != _FIN or self._int == 0:
            return False
        return _adjusted(self) >= _ctx_arg(context)._Emin

    def is_subnormal(self, context=None):
        if self._kind != _FIN or self._int == 0:
            return False
        return _adjusted(self) < _ctx_arg(context)._Emin

    def number_class(self, context=None):
        ctx = _ctx_arg(context)
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _QNAN:
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._kind == _INF:
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        if _adjusted(self) < ctx._Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def radix(self):
        return _dec(0, 10, 0)

    def same_quantum(self, other, context=None):
        other = _convert(other)
        if self._kind != _FIN or other._kind != _FIN:
            return (self._kind >= _QNAN and other._kind >= _QNAN) or \
                (self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _dec(0, 0, 0)

    def conjugate(self):
        return self

    # -- copies
    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _dec(self._sign ^ 1, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _convert(other)
        return _dec(other._sign, self._int, self._exp, self._kind)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    # -- numbers
    def __bool__(self):
        return self._kind != _FIN or self._int != 0

    def __hash__(self):
        if self._kind != _FIN:
            if self._kind == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._kind == _QNAN:
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            eh = pow(10, self._exp, _HASH_MOD)
        else:
            eh = pow(_HASH_10INV, -self._exp, _HASH_MOD)
        h = self._int * eh % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __int__(self):
        _not_nan_int(self, 'integer')
        if self._exp >= 0:
            v = self._int * 10**self._exp
        elif -self._exp > _ndigits(self._int):
            v = 0
        else:
            v = self._int // 10**-self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._kind >= _QNAN:
            if self._kind == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            return -_math.nan if self._sign else _math.nan
        if self._kind == _INF:
            return -_INF_FLOAT if self._sign else _INF_FLOAT
        return float(_sci(self._sign, self._int, self._exp, _FIN, False, 1))

    def __complex__(self):
        return complex(float(self))

    def _round_int(self, rounding):
        _not_nan_int(self, 'integer')
        if self._exp >= 0:
            v = self._int * 10**self._exp
        else:
            v, _ = _round_int(self._int, -self._exp, self._sign, rounding)
        return -v if self._sign else v

    def __floor__(self):
        return self._round_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._round_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._round_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        ctx = getcontext()
        st = [0]
        return _done(ctx, st, _quantize(self, _dec(0, 1, -n), ctx._rounding,
                                        ctx, st))

    # -- arithmetic operators
    __add__ = _binop(_add)
    __radd__ = _binop(_add, True)
    __sub__ = _binop(_sub)
    __rsub__ = _binop(_sub, True)
    __mul__ = _binop(_mul)
    __rmul__ = _binop(_mul, True)
    __truediv__ = _binop(_div)
    __rtruediv__ = _binop(_div, True)
    __floordiv__ = _binop(_floordiv)
    __rfloordiv__ = _binop(_floordiv, True)
    __mod__ = _binop(_mod)
    __rmod__ = _binop(_mod, True)
    __divmod__ = _binop(_divmod)
    __rdivmod__ = _binop(_divmod, True)

    def __pow__(self, other, modulo=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        st = [0]
        if modulo is not None:
            modulo = _conv(modulo)
            if modulo is NotImplemented:
                return modulo
            return _done(ctx, st, _powmod(self, other, modulo, ctx, st))
        return _done(ctx, st, _pow(self, other, ctx, st))

    def __rpow__(self, other, modulo=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo)

    def __neg__(self):
        ctx = getcontext()
        st = [0]
        return _done(ctx, st, _plus(self, ctx, st, True))

    def __pos__(self):
        ctx = getcontext()
        st = [0]
        return _done(ctx, st, _plus(self, ctx, st))

    def __abs__(self, round=True, context=None):
        ctx = _ctx_arg(context)
        st = [0]
        return _done(ctx, st, _plus(self, ctx, st, self._sign == 1))

    # -- comparisons
    def _compare_with(self, other, op):
        """(self, other) as Decimals for a comparison, or NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if op in ('eq', 'ne'):
                ctx._flags |= _FLOATOP
            else:
                ctx._signal(_FLOATOP)
            return _from_float(other)
        if isinstance(other, complex) and op in ('eq', 'ne'):
            if other.imag != 0:
                return None
            return self._compare_with(other.real, op)
        num = getattr(other, 'numerator', None)
        den = getattr(other, 'denominator', None)
        if isinstance(num, int) and isinstance(den, int) and \
                not isinstance(other, (bool, int)) and den > 0 and \
                hasattr(type(other), 'limit_denominator'):
            return (num, den)
        return NotImplemented

    def _richcmp(self, other, op):
        o = self._compare_with(other, op)
        if o is NotImplemented:
            return o
        if o is None:
            return op == 'ne'
        a = self
        if isinstance(o, tuple):
            num, den = o
            if a._kind == _FIN:
                a = _dec(a._sign, a._int * den, a._exp)
            o = _from_int(num)
        if a._kind >= _QNAN or o._kind >= _QNAN:
            if op in ('eq', 'ne'):
                if a._kind == _SNAN or o._kind == _SNAN:
                    getcontext()._signal(_INVOP)
                return op == 'ne'
            getcontext()._signal(_INVOP)
            return False
        return _CMP_OPS[op](_cmp(a, o))



# --------------------------------------------- the named operations


def _compare(a, b, ctx, st):
    r = _nans(a, b, st, ctx)
    if r is not None:
        return r
    return _from_int(_cmp(a, b))


def _compare_signal(a, b, ctx, st):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        st[0] |= _INVOP
        return _nans(a, b, [0], ctx)
    return _from_int(_cmp(a, b))


def _compare_total_op(a, b, ctx, st):
    return _from_int(_compare_total(a, b))


def _compare_total_mag_op(a, b, ctx, st):
    return _from_int(_compare_total(a.copy_abs(), b.copy_abs()))


def _minmax(a, b, ctx, st, want_max, mag):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        if a._kind == _QNAN and b._kind < _QNAN:
            return _finalize_any(b, ctx, st)
        if b._kind == _QNAN and a._kind < _QNAN:
            return _finalize_any(a, ctx, st)
        return _nans(a, b, st, ctx)
    if mag:
        c = _cmp(a.copy_abs(), b.copy_abs())
    else:
        c = _cmp(a, b)
    if c == 0:
        c = _compare_total(a, b)
    if want_max:
        ans = b if c < 0 else a
    else:
        ans = a if c < 0 else b
    return _finalize_any(ans, ctx, st)


def _finalize_any(d, ctx, st):
    if d._kind != _FIN:
        return d
    return _finalize(d._sign, d._int, d._exp, ctx, st)


def _max(a, b, ctx, st):
    return _minmax(a, b, ctx, st, True, False)


def _max_mag(a, b, ctx, st):
    return _minmax(a, b, ctx, st, True, True)


def _min(a, b, ctx, st):
    return _minmax(a, b, ctx, st, False, False)


def _min_mag(a, b, ctx, st):
    return _minmax(a, b, ctx, st, False, True)


def _next_plus(a, ctx, st):
    r = _nans(a, None, st, ctx)
    return r if r is not None else _nextafter(a, ctx, True)


def _next_minus(a, ctx, st):
    r = _nans(a, None, st, ctx)
    return r if r is not None else _nextafter(a, ctx, False)


def _next_toward(a, b, ctx, st):
    r = _nans(a, b, st, ctx)
    if r is not None:
        return r
    c = _cmp(a, b)
    if c == 0:
        return _dec(b._sign, a._int, a._exp, a._kind)
    ans = _nextafter(a, ctx, c < 0)
    if ans._kind == _INF:
        st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
    elif _adjusted(ans) < ctx._Emin:
        st[0] |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
        if ans._int == 0:
            st[0] |= _CLAMPED
    return ans


def _normalize(a, ctx, st):
    r = _nans(a, None, st, ctx)
    if r is not None:
        return r
    if a._kind == _INF:
        return a
    d = _finalize(a._sign, a._int, a._exp, ctx, st)
    if d._kind == _INF:
        return d
    if d._int == 0:
        return _dec(d._sign, 0, 0)
    top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
    c, e = d._int, d._exp
    while c % 10 == 0 and e < top:
        c //= 10
        e += 1
    return _dec(d._sign, c, e)


def _logb(a, ctx, st):
    r = _nans(a, None, st, ctx)
    if r is not None:
        return r
    if a._kind == _INF:
        return _dec(0, 0, 0, _INF)
    if a._int == 0:
        st[0] |= _DIVZERO
        return _dec(1, 0, 0, _INF)
    adj = _adjusted(a)
    return _finalize(1 if adj < 0 else 0, abs(adj), 0, ctx, st)


def _scaleb(a, b, ctx, st):
    r = _nans(a, b, st, ctx)
    if r is not None:
        return r
    n = _int_operand(b, 2 * (ctx._Emax + ctx._prec))
    if n is None:
        return _invalid(st)
    if a._kind == _INF:
        return a
    return _finalize(a._sign, a._int, a._exp + n, ctx, st)


def _rotate(a, b, ctx, st):
    r = _nans(a, b, st, ctx)
    if r is not None:
        return r
    n = _int_operand(b, ctx._prec)
    if n is None:
        return _invalid(st)
    if a._kind == _INF:
        return a
    p = ctx._prec
    digits = str(a._int)[-p:].rjust(p, '0')
    n %= p
    digits = digits[n:] + digits[:n]
    return _dec(a._sign, int(digits), a._exp)


def _shift(a, b, ctx, st):
    r = _nans(a, b, st, ctx)
    if r is not None:
        return r
    n = _int_operand(b, ctx._prec)
    if n is None:
        return _invalid(st)
    if a._kind == _INF:
        return a
    p = ctx._prec
    c = a._int % 10**p
    if n >= 0:
        c = (c * 10**n) % 10**p
    else:
        c //= 10**-n
    return _dec(a._sign, c, a._exp)


def _logical_and(a, b, ctx, st):
    return _logical(a, b, ctx, st, lambda x, y: '1' if x == y == '1' else '0')


def _logical_or(a, b, ctx, st):
    return _logical(a, b, ctx, st, lambda x, y: '1' if '1' in (x, y) else '0')


def _logical_xor(a, b, ctx, st):
    return _logical(a, b, ctx, st, lambda x, y: '1' if x != y else '0')


def _logical_invert(a, ctx, st):
    return _logical(a, None, ctx, st, lambda x, y: '0' if x == '1' else '1')


def _powmod(a, b, m, ctx, st):
    for x in (a, b, m):
        if x._kind == _SNAN:
            st[0] |= _INVOP
            return _fix_nan(x, ctx)
    for x in (a, b, m):
        if x._kind == _QNAN:
            return _fix_nan(x, ctx)
    if not (_is_integral_fin(a) and _is_integral_fin(b) and
            _is_integral_fin(m)):
        return _invalid(st)
    if b._sign or m._int == 0:
        return _invalid(st)
    mv = _int_value(m)
    if _ndigits(mv) > ctx._prec:
        return _invalid(st)
    if a._int == 0 and b._int == 0:
        return _invalid(st)
    bv = _int_value(b)
    r = pow(_int_value(a), bv, mv)
    sign = a._sign if bv & 1 else 0
    return _dec(sign, r, 0)


def _is_integral_fin(d):
    return d._kind == _FIN and _is_integral(d)


def _make_unary(fn):
    def method(self, context=None):
        ctx = _ctx_arg(context)
        st = [0]
        return _done(ctx, st, fn(self, ctx, st))
    return method


def _make_binary(fn):
    def method(self, other, context=None):
        ctx = _ctx_arg(context)
        other = _convert(other)
        st = [0]
        return _done(ctx, st, fn(self, other, ctx, st))
    return method


for _name, _fn in (('exp', _exp), ('ln', _ln), ('log10', _log10),
                   ('logb', _logb), ('logical_invert', _logical_invert),
                   ('next_minus', _next_minus), ('next_plus', _next_plus),
                   ('normalize', _normalize), ('sqrt', _sqrt)):
    setattr(Decimal, _name, _make_unary(_fn))

for _name, _fn in (('compare', _compare), ('compare_signal', _compare_signal),
                   ('compare_total', _compare_total_op),
                   ('compare_total_mag', _compare_total_mag_op),
                   ('logical_and', _logical_and), ('logical_or', _logical_or),
                   ('logical_xor', _logical_xor), ('max', _max),
                   ('max_mag', _max_mag), ('min', _min), ('min_mag', _min_mag),
                   ('next_toward', _next_toward),
                   ('remainder_near', _remainder_near), ('rotate', _rotate),
                   ('scaleb', _scaleb), ('shift', _shift)):
    setattr(Decimal, _name, _make_binary(_fn))


def _d_fma(self, other, third, context=None):
    ctx = _ctx_arg(context)
    other = _convert(other)
    third = _convert(third)
    st = [0]
    return _done(ctx, st, _fma(self, other, third, ctx, st))


def _rounding_arg(rounding, ctx):
    if rounding is None:
        return ctx._rounding
    if not isinstance(rounding, str) or rounding not in _ROUNDINGS:
        raise TypeError(_ROUNDING_MSG)
    return rounding


def _d_quantize(self, exp, rounding=None, context=None):
    ctx = _ctx_arg(context)
    exp = _convert(exp)
    st = [0]
    return _done(ctx, st, _quantize(self, exp, _rounding_arg(rounding, ctx),
                                    ctx, st))


def _d_to_integral_value(self, rounding=None, context=None):
    ctx = _ctx_arg(context)
    st = [0]
    return _done(ctx, st, _to_integral(self, _rounding_arg(rounding, ctx),
                                       ctx, st, False))


def _d_to_integral_exact(self, rounding=None, context=None):
    ctx = _ctx_arg(context)
    st = [0]
    return _done(ctx, st, _to_integral(self, _rounding_arg(rounding, ctx),
                                       ctx, st, True))


for _name in _CMP_OPS:
    setattr(Decimal, '__%s__' % _name,
            (lambda op: lambda self, other: self._richcmp(other, op))(_name))

Decimal.fma = _d_fma
Decimal.quantize = _d_quantize
Decimal.to_integral_value = _d_to_integral_value
Decimal.to_integral = _d_to_integral_value
Decimal.to_integral_exact = _d_to_integral_exact


# ------------------------------------------------- the Context methods


def _ctx_unary(fn):
    def method(self, a):
        a = _convert(a)
        st = [0]
        return _done(self, st, fn(a, self, st))
    return method


def _ctx_binary(fn):
    def method(self, a, b):
        a = _convert(a)
        b = _convert(b)
        st = [0]
        return _done(self, st, fn(a, b, self, st))
    return method


def _abs_op(a, ctx, st):
    return _plus(a, ctx, st, a._sign == 1)


def _minus_op(a, ctx, st):
    return _plus(a, ctx, st, True)


def _plus_op(a, ctx, st):
    return _plus(a, ctx, st)


for _name, _fn in (('abs', _abs_op), ('exp', _exp), ('ln', _ln),
                   ('log10', _log10), ('logb', _logb),
                   ('logical_invert', _logical_invert), ('minus', _minus_op),
                   ('next_minus', _next_minus), ('next_plus', _next_plus),
                   ('normalize', _normalize), ('plus', _plus_op),
                   ('sqrt', _sqrt)):
    setattr(Context, _name, _ctx_unary(_fn))

for _name, _fn in (('add', _add), ('subtract', _sub), ('multiply', _mul),
                   ('divide', _div), ('divide_int', _floordiv),
                   ('remainder', _mod), ('divmod', _divmod),
                   ('compare', _compare), ('compare_signal', _compare_signal),
                   ('compare_total', _compare_total_op),
                   ('compare_total_mag', _compare_total_mag_op),
                   ('logical_and', _logical_and), ('logical_or', _logical_or),
                   ('logical_xor', _logical_xor), ('max', _max),
                   ('max_mag', _max_mag), ('min', _min), ('min_mag', _min_mag),
                   ('next_toward', _next_toward),
                   ('remainder_near', _remainder_near), ('rotate', _rotate),
                   ('scaleb', _scaleb), ('shift', _shift)):
    setattr(Context, _name, _ctx_binary(_fn))

for _name in ('copy_abs', 'copy_negate', 'is_canonical', 'is_finite',
              'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed',
              'is_zero', 'canonical', 'adjusted'):
    setattr(Context, _name,
            (lambda n: lambda self, a: getattr(_convert(a), n)())(_name))

for _name in ('is_normal', 'is_subnormal', 'number_class', 'to_eng_string'):
    setattr(Context, _name,
            (lambda n: lambda self, a: getattr(_convert(a), n)(self))(_name))


def _c_copy_sign(self, a, b):
    return _convert(a).copy_sign(_convert(b))


def _c_same_quantum(self, a, b):
    return _convert(a).same_quantum(_convert(b))


def _c_copy_decimal(self, a):
    return _convert(a)


def _c_to_sci_string(self, a):
    a = _convert(a)
    return _sci(a._sign, a._int, a._exp, a._kind, False, self._capitals)


def _c_fma(self, a, b, c):
    return _d_fma(_convert(a), b, c, self)


def _c_power(self, a, b, modulo=None):
    a = _convert(a)
    b = _convert(b)
    st = [0]
    if modulo is not None:
        return _done(self, st, _powmod(a, b, _convert(modulo), self, st))
    return _done(self, st, _pow(a, b, self, st))


def _c_quantize(self, a, b):
    return _d_quantize(_convert(a), b, None, self)


def _c_radix(self):
    return _dec(0, 10, 0)


def _c_to_integral_value(self, a):
    return _d_to_integral_value(_convert(a), None, self)


def _c_to_integral_exact(self, a):
    return _d_to_integral_exact(_convert(a), None, self)


Context.copy_sign = _c_copy_sign
Context.same_quantum = _c_same_quantum
Context.copy_decimal = _c_copy_decimal
Context.to_sci_string = _c_to_sci_string
Context.fma = _c_fma
Context.power = _c_power
Context.quantize = _c_quantize
Context.radix = _c_radix
Context.to_integral = _c_to_integral_value
Context.to_integral_value = _c_to_integral_value
Context.to_integral_exact = _c_to_integral_exact


# ---------------------------------------------------------------- format


def _parse_spec(spec):
    """Split a format spec; ValueError('invalid format string') if bad."""
    bad = ValueError('invalid format string')
    fill, align = ' ', None
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nozero = False
    if i < n and spec[i] == 'z':
        nozero = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        if align is None:
            fill, align = '0', '='
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = ','
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise bad
        prec = int(spec[j:i])
    typ = None
    if i < n and spec[i] in 'eEfFgGn%':
        typ = spec[i]
        i += 1
    if i != n:
        raise bad
    if typ == 'n' and sep:
        raise bad
    return fill, align or '>', sign, nozero, zeropad, width, sep, prec, typ


def _group(intpart, sep, minwidth):
    """Insert thousands separators, padding with zeros to minwidth."""
    def grouped(digits):
        if not sep:
            return digits
        groups = []
        while digits:
            groups.append(digits[-3:])
            digits = digits[:-3]
        return sep.join(reversed(groups))

    out = grouped(intpart)
    while len(out) < minwidth:
        intpart = '0' + intpart
        out = grouped(intpart)
    return out


def _format(d, spec, ctx):
    fill, align, signopt, nozero, zeropad, width, sep, prec, typ = \
        _parse_spec(spec)
    sign = d._sign
    if d._kind != _FIN:
        body = _sci(0, d._int, d._exp, d._kind, False, 1)
        if typ == '%':
            body += '%'
        if zeropad and fill == '0' and align == '=':
            fill = ' '
            align = '>'
        s = '-' if sign else ('' if signopt == '-' else signopt)
        return _align(s, body, fill, align, width)
    if typ is None or typ == 'n':
        typ_eff = 'G' if ctx._capitals else 'g'
        if typ == 'n':
            typ_eff = 'g'
        if typ is None and prec is None:
            typ_eff = None
    else:
        typ_eff = typ
    c, e = d._int, d._exp
    if typ_eff == '%':
        e += 2
    rnd = ctx._rounding
    if prec is not None:
        if typ_eff in ('e', 'E'):
            c, e = _round_sig(c, e, prec + 1, sign, rnd)
            if c and _ndigits(c) < prec + 1:
                pad = prec + 1 - _ndigits(c)
                c *= 10**pad
                e -= pad
        elif typ_eff in ('f', 'F', '%'):
            if e < -prec:
                c, _ = _round_int(c, -prec - e, sign, rnd)
            else:
                c *= 10**(e + prec)
            e = -prec
        elif typ_eff in ('g', 'G') and _ndigits(c) > prec:
            c, e = _round_sig(c, e, max(prec, 1), sign, rnd)
    if c == 0 and e > 0 and typ_eff in ('f', 'F', '%'):
        e = 0
    if c == 0 and nozero:
        sign = 0
    digits = str(c)
    left = e + len(digits)
    if typ_eff is None:
        if e <= 0 and left > -6:
            dot = left
        else:
            dot = 1
        echar = 'E' if ctx._capitals else 'e'
    elif typ_eff in ('e', 'E'):
        dot = 1 - prec if (c == 0 and prec is not None) else 1
        echar = typ_eff
    elif typ_eff in ('f', 'F', '%'):
        dot = left
        echar = ''
    else:
        if e <= 0 and left > -6:
            dot = left
        else:
            dot = 1
        echar = 'E' if typ_eff == 'G' else 'e'
    if dot < 0:
        intpart = '0'
        frac = '0' * -dot + digits
    elif dot > len(digits):
        intpart = digits + '0' * (dot - len(digits))
        frac = ''
    else:
        intpart = digits[:dot] or '0'
        frac = digits[dot:]
    exp = left - dot
    s = '-' if sign else ('' if signopt == '-' else signopt)
    tail = ''
    if frac:
        tail = '.' + frac
    if exp != 0 or typ_eff in ('e', 'E'):
        tail += echar + '%+d' % exp
    if typ_eff == '%':
        tail += '%'
    if zeropad and fill == '0' and align == '=':
        minw = width - len(s) - len(tail)
        intpart = _group(intpart, sep, max(minw, 0))
    else:
        intpart = _group(intpart, sep, 0)
    return _align(s, intpart + tail, fill, align, width)


def _round_sig(c, e, p, sign, rnd):
    nd = _ndigits(c)
    if nd <= p:
        return c, e
    c, _ = _round_int(c, nd - p, sign, rnd)
    e += nd - p
    if _ndigits(c) > p:
        c //= 10
        e += 1
    return c, e


def _align(s, body, fill, align, width):
    n = len(s) + len(body)
    pad = width - n
    if pad <= 0:
        return s + body
    if align == '<':
        return s + body + fill * pad
    if align == '>':
        return fill * pad + s + body
    if align == '=':
        return s + fill * pad + body
    half = pad // 2
    return fill * half + s + body + fill * (pad - half)


_NAN = _dec(0, 0, 0, _QNAN)
_ONE = _dec(0, 1, 0)
_MAXCTX = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])

try:
    import numbers as _numbers
    _numbers.Number.register(Decimal)
except ImportError:  # Coil has no numbers module yet
    pass

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999,
                       Emax=999999, capitals=1, clamp=0, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999,
                          Emax=999999, capitals=1, clamp=0, flags=[],
                          traps=[])
_DEFAULT_READY = True

del _name, _fn
