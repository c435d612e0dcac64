"""Coroutine predicates and formatting used by asyncio's reprs."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

import collections.abc
import inspect
import types

# Functions marked by the old @asyncio.coroutine-style flag.
_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


_COROUTINE_TYPES = (types.CoroutineType, collections.abc.Coroutine)
_iscoroutine_typecache = set()


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if type(obj) in _iscoroutine_typecache:
        return True
    if isinstance(obj, _COROUTINE_TYPES):
        # Remember a limited number of positive answers (as CPython).
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(type(obj))
        return True
    return False


def _format_coroutine(coro):
    # "name() running at file:line" / "name() done, defined at file:line"
    qualname = getattr(coro, '__qualname__', None)
    name = getattr(coro, '__name__', None)
    if qualname:
        coro_name = f'{qualname}()'
    elif name:
        coro_name = f'{name}()'
    else:
        coro_name = f'<{type(coro).__name__} without __name__>()'

    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{coro_name} running' if running else coro_name

    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{coro_name} running at {filename}:{frame.f_lineno}'
    return f'{coro_name} done, defined at {filename}:{code.co_firstlineno}'
