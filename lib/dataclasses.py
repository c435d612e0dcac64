"""Data classes: generated __init__/__repr__/__eq__/ordering/__hash__.

Coil's dataclasses module, written for Coil with CPython 3.11's behaviour.
@dataclass collects the fields of a class from its own __annotations__ (and
the __dataclass_fields__ of dataclass bases, most basic first), then adds
the methods it was asked for, never replacing one the class defines itself
(except __hash__, following the table in _hash_action).

Methods are generated as source text and compiled with exec(), so they
have real signatures (inspect.signature, argument errors naming the
parameters).  The text is wrapped in a factory function whose parameters
carry the values it needs (field types, defaults, default factories), and
it runs with the globals of the class's module, as CPython does.
"""

import sys
import copy
import types
import inspect
import keyword
import abc
from reprlib import recursive_repr

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "KW_ONLY", "MISSING", "fields", "asdict", "astuple",
           "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return "dataclasses.InitVar[%s]" % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @recursive_repr()
    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,"
                "repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare, self.metadata,
                   self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass beyond its annotation and default."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    positional = tuple(f for f in fields if f.init and not f.kw_only)
    keyword_only = tuple(f for f in fields if f.init and f.kw_only)
    return positional, keyword_only


def _tuple_str(obj_name, fields):
    if not fields:
        return "()"
    return "(%s,)" % ",".join("%s.%s" % (obj_name, f.name) for f in fields)


def _create_fn(name, args, body, *, globals=None, locals=None, return_type=MISSING):
    """Compile `def name(args): body` with `locals` bound as closure values."""
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    args = ",".join(args)
    body = "\n".join("  %s" % line for line in body)
    inner = " def %s(%s)%s:\n%s" % (name, args, return_annotation, body)
    params = ", ".join(locals.keys())
    text = "def __create_fn__(%s):\n%s\n return %s" % (params, inner, name)
    namespace = {}
    exec(text, globals, namespace)
    return namespace["__create_fn__"](**locals)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return "__dataclass_builtins_object__.__setattr__(%s,%r,%s)" % (self_name, name, value)
    return "%s.%s=%s" % (self_name, name, value)


def _field_init(f, frozen, locals, self_name, slots):
    default_name = "_dflt_%s" % f.name
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = "%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (default_name, f.name, f.name)
        else:
            value = "%s()" % default_name
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        locals[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ""
    elif f.default is not MISSING:
        default = "=_dflt_%s" % f.name
    else:
        default = "=_HAS_DEFAULT_FACTORY"
    return "%s:_type_%s%s" % (f.name, f.name, default)


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, globals, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % (f.name,))
    locals = {"_type_%s" % f.name: f.type for f in fields}
    locals.update({"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                   "__dataclass_builtins_object__": object})
    body = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        params = ",".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append("%s.%s(%s)" % (self_name, _POST_INIT_NAME, params))
    if not body:
        body = ["pass"]
    params = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ["*"] + [_init_param(f) for f in kw_only_fields]
    return _create_fn("__init__", params, body, locals=locals, globals=globals,
                      return_type=None)


def _repr_fn(fields, globals):
    parts = ", ".join("%s={self.%s!r}" % (f.name, f.name) for f in fields)
    fn = _create_fn("__repr__", ("self",),
                    ['return self.__class__.__qualname__ + f"(%s)"' % parts],
                    globals=globals)
    return recursive_repr()(fn)


def _frozen_get_del_attr(cls, fields, globals):
    locals = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    names = "(" + ",".join(repr(f.name) for f in fields) + ("," if fields else "") + ")"
    setter = _create_fn("__setattr__", ("self", "name", "value"), [
        "if type(self) is cls or name in %s:" % names,
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        "super(cls, self).__setattr__(name, value)"], locals=locals, globals=globals)
    deleter = _create_fn("__delattr__", ("self", "name"), [
        "if type(self) is cls or name in %s:" % names,
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        "super(cls, self).__delattr__(name)"], locals=locals, globals=globals)
    return setter, deleter


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ("self", "other"), [
        "if other.__class__ is self.__class__:",
        " return %s%s%s" % (self_tuple, op, other_tuple),
        "return NotImplemented"], globals=globals)


def _hash_fn(fields, globals):
    return _create_fn("__hash__", ("self",),
                      ["return hash(%s)" % _tuple_str("self", fields)], globals=globals)


# --- recognising ClassVar / InitVar / KW_ONLY annotations -----------------

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is typing._GenericAlias and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _split_annotation(text):
    """For a string annotation, the (module, name) at its start, as the
    pattern `\\s*(?:(\\w+)\\s*\\.)?\\s*(\\w+)` reads it; None if no match."""
    def ident(pos):
        end = pos
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1
        return text[pos:end], end

    def skip(pos):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return pos

    pos = skip(0)
    first, end = ident(pos)
    if first:
        after = skip(end)
        if after < len(text) and text[after] == ".":
            second, end2 = ident(skip(after + 1))
            if second:
                return first, second
    if not first:
        return None
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    parts = _split_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    ns = None
    if module_name is None:
        ns = sys.modules.get(cls.__module__).__dict__
    else:
        module = sys.modules.get(cls.__module__)
        if module and module.__dict__.get(module_name) is a_module:
            ns = sys.modules.get(cls.__module__).__dict__
    if ns and is_type_predicate(ns.get(name), a_module):
        return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get("typing")
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, dataclasses, dataclasses.InitVar, _is_initvar))):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % (f.name,))
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError("field %s is a ClassVar but specifies kw_only" % (f.name,))
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = "%s.%s" % (cls.__qualname__, value.__name__)
    return value


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _hash_set_none(cls, fields, globals):
    return None


def _hash_add(cls, fields, globals):
    chosen = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(chosen, globals))


def _hash_exception(cls, fields, globals):
    raise TypeError("Cannot overwrite attribute __hash__ in class %s" % (cls.__name__,))


# (unsafe_hash, eq, frozen, has explicit __hash__) -> action; None: leave it.
_hash_action = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): _hash_set_none,
    (False, True, False, True): None,
    (False, True, True, False): _hash_add,
    (False, True, True, True): None,
    (True, False, False, False): _hash_add,
    (True, False, False, True): _hash_exception,
    (True, False, True, False): _hash_add,
    (True, False, True, True): _hash_exception,
    (True, True, False, False): _hash_add,
    (True, True, False, True): _hash_exception,
    (True, True, True, False): _hash_add,
    (True, True, True, True): _hash_exception,
}


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    dataclasses = sys.modules[__name__]
    for name, a_type in cls_annotations.items():
        if (_is_kw_only(a_type, dataclasses)
                or (isinstance(a_type, str)
                    and _is_type(a_type, cls, dataclasses, dataclasses.KW_ONLY, _is_kw_only))):
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__", _init_fn(
            all_init_fields, std_init_fields, kw_only_init_fields, frozen,
            has_post_init, "__dataclass_self__" if "self" in fields else "self",
            globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn([f for f in field_list if f.repr], globals))

    if eq:
        compared = [f for f in field_list if f.compare]
        _set_new_attribute(cls, "__eq__", _cmp_fn(
            "__eq__", "==", _tuple_str("self", compared), _tuple_str("other", compared),
            globals=globals))

    if order:
        compared = [f for f in field_list if f.compare]
        self_tuple = _tuple_str("self", compared)
        other_tuple = _tuple_str("other", compared)
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, self_tuple, other_tuple,
                                                     globals=globals)):
                raise TypeError("Cannot overwrite attribute %s in class %s. "
                                "Consider using functools.total_ordering" % (name, cls.__name__))

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (fn.__name__, cls.__name__))

    action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]
    if action:
        cls.__hash__ = action(cls, field_list, globals)

    if not getattr(cls, "__doc__"):
        try:
            text_sig = str(inspect.signature(cls)).replace(" -> None", "")
        except (TypeError, ValueError):
            text_sig = ""
        cls.__doc__ = cls.__name__ + text_sig

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    slots = cls.__dict__.get("__slots__")
    if slots is None:
        if getattr(cls, "__weakrefoffset__", False):
            yield "__weakref__"
        if getattr(cls, "__dictoffset__", False):
            yield "__dict__"
        return
    if isinstance(slots, str):
        yield slots
    elif hasattr(slots, "__next__"):
        raise TypeError("Slots of '%s' cannot be determined" % (cls.__name__,))
    else:
        yield from slots


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    if "__slots__" in cls_dict:
        raise TypeError("%s already specifies __slots__" % (cls.__name__,))
    wanted = field_names + (("__weakref__",) if weakref_slot else ())
    cls_dict["__slots__"] = tuple(n for n in wanted if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if "__getstate__" not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if "__setstate__" not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (or instance), ClassVars and
    InitVars excluded."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Recursively convert a dataclass instance into a dict of its fields."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _rebuild(obj, dict_factory, lambda name, value: (name, value))


def astuple(obj, *, tuple_factory=tuple):
    """Recursively convert a dataclass instance into a tuple of its fields."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _rebuild(obj, tuple_factory, lambda name, value: value)


def _rebuild(obj, factory, entry):
    """Copy obj recursively: dataclass instances become factory([entry(name,
    value), ...]); namedtuples, lists, tuples and dicts are rebuilt with
    their own type; anything else is deep-copied."""
    if _is_dataclass_instance(obj):
        return factory([entry(f.name, _rebuild(getattr(obj, f.name), factory, entry))
                        for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_rebuild(v, factory, entry) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_rebuild(v, factory, entry) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_rebuild(k, factory, entry), _rebuild(v, factory, entry))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass from a list of names, (name, type) or
    (name, type, Field) items."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if keyword.iskeyword(name):
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new object of obj's class with some fields replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
