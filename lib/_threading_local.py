"""Thread-local objects (threading.local).

Coil's own implementation: each local object keeps one attribute dict per
thread, keyed by the id of the thread's Thread object and dropped when
that object dies (a weak reference's callback). Attribute access goes
through the running thread's dict with the usual precedence: data
descriptors of the class, then the instance dict, then other class
attributes. A thread's first access runs the class's __init__ with the
arguments given at construction, as CPython's _thread._local does.

Invariants
- _LocalImpl.dicts maps id(thread) -> (weakref(thread), dict); an entry
  exists only while its Thread object is alive.
- Only the thread an entry belongs to creates it (under the impl's lock).
"""

from weakref import ref as _ref

__all__ = ["local"]

_MISSING = object()


class _LocalImpl:
    __slots__ = ('args', 'kwargs', 'dicts', 'lock', '__weakref__')

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}
        self.lock = RLock()

    def thread_dict(self, owner):
        """The running thread's dict, created (and __init__ run) on first use."""
        thread = current_thread()
        entry = self.dicts.get(id(thread))
        if entry is not None:
            return entry[1]
        d = {}
        key = id(thread)
        wself = _ref(self)

        def thread_gone(_, key=key, wself=wself):
            impl = wself()
            if impl is not None:
                impl.dicts.pop(key, None)

        self.dicts[key] = (_ref(thread, thread_gone), d)
        if owner is not None:
            init = type(owner).__init__
            if init is not object.__init__:
                init(owner, *self.args, **self.kwargs)
        return d


def _impl(self):
    return object.__getattribute__(self, '_local__impl')


def _class_attr(tp, name):
    for klass in tp.__mro__:
        d = klass.__dict__
        if name in d:
            return d[name]
    return _MISSING


def _type_name(tp):
    return '_thread._local' if tp is local else tp.__name__


class local:
    """Thread-local data"""

    __slots__ = ('_local__impl', '__weakref__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kw)
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread's dict; __init__ runs through the normal call.
        impl.thread_dict(None)
        return self

    def __getattribute__(self, name):
        impl = _impl(self)
        with impl.lock:
            d = impl.thread_dict(self)
        if name == '__dict__':
            return d
        tp = type(self)
        attr = _class_attr(tp, name)
        if attr is not _MISSING:
            kind = type(attr)
            getter = getattr(kind, '__get__', None)
            if getter is not None and (hasattr(kind, '__set__') or hasattr(kind, '__delete__')):
                return getter(attr, self, tp)
        if name in d:
            return d[name]
        if attr is not _MISSING:
            getter = getattr(type(attr), '__get__', None)
            if getter is not None:
                return getter(attr, self, tp)
            return attr
        raise AttributeError(f"'{_type_name(tp)}' object has no attribute '{name}'")

    def _local__target(self, name, hook):
        """The running thread's dict and the class attribute `name` when its
        type defines `hook` (__set__/__delete__), else None."""
        tp = type(self)
        if name == '__dict__':
            raise AttributeError(
                f"'{_type_name(tp)}' object attribute '__dict__' is read-only")
        impl = _impl(self)
        with impl.lock:
            d = impl.thread_dict(self)
        attr = _class_attr(tp, name)
        if attr is not _MISSING and getattr(type(attr), hook, None) is not None:
            return d, attr
        return d, None

    def __setattr__(self, name, value):
        d, attr = local._local__target(self, name, '__set__')
        if attr is not None:
            type(attr).__set__(attr, self, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        d, attr = local._local__target(self, name, '__delete__')
        if attr is not None:
            type(attr).__delete__(attr, self)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError(
                f"'{_type_name(type(self))}' object has no attribute '{name}'") from None


local.__module__ = '_thread'
local.__name__ = local.__qualname__ = '_local'

from threading import current_thread, RLock
