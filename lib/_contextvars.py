"""Context variables (PEP 567), Coil's implementation in Python.

Each thread has a current Context (created empty on first use). A Context
maps ContextVar -> value through a plain dict: copy_context() copies the
dict, so later set() calls in one context never show in another, which is
what CPython's immutable mapping gives. Context.run() makes a context
current for the length of a call; a context can be entered by one run() at
a time. asyncio gives each Task and each scheduled callback a copy of the
context current when it was created.
"""

try:
    from _thread import _local as _ThreadLocal
except ImportError:
    class _ThreadLocal:
        pass

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_state = _ThreadLocal()


def _current():
    ctx = getattr(_state, 'context', None)
    if ctx is None:
        ctx = _state.context = Context()
    return ctx


def _not_a_base(cls, name):
    raise TypeError(f"type '_contextvars.{name}' is not an acceptable base type")


def _check_var(key):
    if type(key) is not ContextVar:
        raise TypeError(f"a ContextVar key was expected, got {key!r}")


class Context:
    """A mapping of context variables to their values."""

    __slots__ = ('_data', '_entered', '_outer')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._data = {}
        self._entered = False
        self._outer = None

    def __init_subclass__(cls, **kwargs):
        _not_a_base(cls, 'Context')

    def run(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'run' of '_contextvars.Context' object needs an argument")
        self, *args = args
        if not args:
            raise TypeError("run() missing 1 required positional argument")
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        callable, *args = args
        self._outer = _current()
        self._entered = True
        _state.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.context = self._outer
            self._outer = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        _check_var(var)
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def get(self, var, default=None):
        _check_var(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        _check_var(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return iter(list(self._data))

    def values(self):
        return iter(list(self._data.values()))

    def items(self):
        return iter(list(self._data.items()))

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()
_NO_DEFAULT = object()


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError(f"ContextVar() takes at most 2 arguments ({len(args) + len(kwargs)} given)")
        for key in kwargs:
            if key not in ('name', 'default'):
                raise TypeError(f"{key!r} is an invalid keyword argument for ContextVar()")
        if len(args) > 1:
            raise TypeError(f"ContextVar() takes at most 1 positional argument ({len(args)} given)")
        if not args:
            raise TypeError("ContextVar() takes exactly 1 positional argument (0 given)")
        name = args[0]
        default = kwargs.get('default', _NO_DEFAULT)
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        _not_a_base(cls, 'ContextVar')

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        if len(args) != 1:
            raise TypeError(f"ContextVar.set() takes exactly one argument ({len(args)} given)")
        ctx = _current()
        old = ctx._data.get(self, _MISSING)
        ctx._data[self] = args[0]
        return Token._make(ctx, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old is _MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old
        token._used = True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        text = f"<ContextVar name={self._name!r}"
        if self._default is not _NO_DEFAULT:
            text += f" default={self._default!r}"
        return text + f" at {id(self):#x}>"


class Token:
    """What ContextVar.set() returns, for ContextVar.reset()."""

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    def __init_subclass__(cls, **kwargs):
        _not_a_base(cls, 'Token')

    @classmethod
    def _make(cls, ctx, var, old):
        tok = object.__new__(cls)
        tok._ctx = ctx
        tok._var = var
        tok._old = old
        tok._used = False
        return tok

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at {id(self):#x}>"


def copy_context():
    """Return a copy of the current Context."""
    return _current().copy()


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
