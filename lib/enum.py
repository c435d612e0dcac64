"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag and helpers.

Coil's enum module, written for Coil with CPython 3.11's behaviour:

* The class body runs in an _EnumDict that records which names become
  members (in definition order) and resolves auto() values as they are
  assigned, through the _generate_next_value_ in force at that point.
* EnumType.__new__ swaps each member value for a _Pending placeholder whose
  __set_name__ (called by type.__new__ in definition order, before
  __init_subclass__) builds the member object, detects aliases and records
  it in _member_names_/_member_map_/_value2member_map_.
* After creation, the class's __new__ is replaced by Enum.__new__, which
  looks values up; the constructor used for members stays in _new_member_.
* Flag values that are not members are built on demand by Flag._missing_
  (pseudo-members, cached in _value2member_map_), following the class's
  FlagBoundary.

The module bootstraps itself: while Enum, ReprEnum and Flag are being
defined, the module globals of those names are still None, and the code
paths that need them check for that.
"""

import sys
import builtins as _builtins
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique", "property", "verify", "member", "nonmember",
    "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "global_flag_repr",
    "global_enum_repr", "global_str", "global_enum", "EnumCheck",
    "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "pickle_by_global_name",
    "pickle_by_enum_name", "show_flag_values",
]

# Filled in as the module defines them (see the module docstring).
Enum = ReprEnum = Flag = None
STRICT = CONFORM = EJECT = KEEP = None


# --- name classification -------------------------------------------------

def _is_dunder(name):
    return (len(name) > 4 and name[:2] == "__" and name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == "_" and name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith("__"))


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_internal_class(cls_name, obj):
    """Whether obj is a class defined in the body of the enum cls_name."""
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, "__qualname__", "")
    start = cls_name + "." + getattr(obj, "__name__", "")
    return qualname == start or qualname.endswith("." + start)


def _warn_deprecated(message, stacklevel):
    """DeprecationWarning as CPython 3.11's enum gives; stacklevel counts
    from the caller of this helper.  Without a warnings module, nothing."""
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel + 1)


def _is_single_bit(num):
    if num == 0:
        return False
    return num & (num - 1) == 0


def _high_bit(value):
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    start = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError("%r is not a positive integer" % start)
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like built-in bin(), but in two's complement with a sign bit first.

    bin(10) is '0b0 1010' and bin(~10) is '0b1 0101'.
    """
    width = num.bit_length()
    if num >= 0:
        digits = format(num, "b").rjust(width, "0") if width else ""
        sign = "0"
    else:
        digits = format(~num, "b").rjust(width, "0") if width else ""
        digits = digits.translate({48: 49, 49: 48})
        sign = "1"
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign * max_bits + digits)[-max_bits:]
    return "0b%s %s" % (sign, digits)


def _make_class_unpicklable(obj):
    def _break_on_call_reduce(self, proto):
        raise TypeError("%r cannot be pickled" % self)

    if isinstance(obj, dict):
        obj["__reduce_ex__"] = _break_on_call_reduce
        obj["__module__"] = "<unknown>"
    else:
        setattr(obj, "__reduce_ex__", _break_on_call_reduce)
        setattr(obj, "__module__", "<unknown>")


# --- markers used in class bodies ----------------------------------------

class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Stands for a member value computed by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class nonmember(object):
    """Protects a class-body value from becoming a member."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Forces a class-body value (e.g. a function) to become a member."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """Attribute that reads the instance normally and members on the class.

    Used for `name`/`value` and whenever a member's name is also the name
    of a property further up the MRO.
    """

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is not None and self.fget is not None:
            return self.fget(instance)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# --- member construction -------------------------------------------------

class _Pending:
    """Holds a member's raw value until the class exists (see __set_name__)."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        raw = self.value
        args = raw if isinstance(raw, tuple) else (raw,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        if enum_class._use_args_:
            new_member = enum_class._new_member_(enum_class, *args)
        else:
            new_member = enum_class._new_member_(enum_class)
        if not hasattr(new_member, "_value_"):
            if enum_class._member_type_ is object:
                new_member._value_ = raw
            else:
                try:
                    new_member._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    err = TypeError("_value_ not set in __new__, unable to create it")
                    err.__cause__ = exc
                    raise err
        value = new_member._value_
        new_member._name_ = member_name
        new_member.__objclass__ = enum_class
        new_member.__init__(*args)
        new_member._sort_order_ = len(enum_class._member_names_)

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

        # An earlier member with an equal value makes this name an alias.
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
        if canonical is not None:
            new_member = canonical
        elif not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(member_name)

        # A property of that name further up the MRO needs a redirecting
        # enum.property so both the member and the property keep working.
        shadowed = None
        for base in enum_class.__mro__[1:]:
            found = base.__dict__.get(member_name)
            if found is None:
                continue
            if isinstance(found, (_builtins.property, DynamicClassAttribute)):
                shadowed = found
                break
            if hasattr(found, "fget") and hasattr(found, "fset") and hasattr(found, "fdel"):
                shadowed = found
        if shadowed is not None:
            redirect = property()
            redirect.member = new_member
            redirect.__set_name__(enum_class, member_name)
            redirect.fget = shadowed.fget
            redirect.fset = shadowed.fset
            redirect.fdel = shadowed.fdel
            type.__setattr__(enum_class, member_name, redirect)
        else:
            type.__setattr__(enum_class, member_name, new_member)
        enum_class._member_map_[member_name] = new_member
        try:
            enum_class._value2member_map_.setdefault(value, new_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)


class _EnumDict(dict):
    """Class-body namespace of an enum: tracks members and auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_internal_class(self._cls_name, value):
            _warn_deprecated("In 3.13 classes created inside an enum will not become a member.  "
                             "Use the `member` decorator to keep the current behavior.", 2)
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ("_order_", "_generate_next_value_", "_numeric_repr_",
                           "_missing_", "_ignore_", "_iter_member_",
                           "_iter_member_by_value_", "_iter_member_by_def_"):
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use" % (key,))
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                else:
                    value = list(value)
                self._ignore = value
                clash = set(value) & set(self._member_names)
                if clash:
                    raise ValueError("_ignore_ cannot specify already set names: %r" % (clash,))
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            record_value = True
            single = isinstance(value, auto)
            if single:
                value = (value,)
            if type(value) is tuple and any(isinstance(v, auto) for v in value):
                resolved = []
                for v in value:
                    if isinstance(v, auto):
                        record_value = False
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                        self._last_values.append(v)
                    resolved.append(v)
                value = resolved[0] if single else tuple(resolved)
            self._member_names[key] = None
            if record_value:
                self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


# --- the metaclass -------------------------------------------------------

class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            namespace["_generate_next_value_"] = getattr(first_enum, "_generate_next_value_", None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict.setdefault("_ignore_", []).append("_ignore_")
        for key in classdict["_ignore_"]:
            classdict.pop(key, None)
        member_names = list(classdict._member_names)
        bad = set(member_names) & {"mro", ""}
        if bad:
            raise ValueError("invalid enum member name(s) %s" % (",".join(repr(n) for n in bad)))
        order = classdict.pop("_order_", None)
        body = dict(classdict.items())

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(body, member_type, first_enum)
        body["_new_member_"] = new_member
        body["_use_args_"] = use_args
        for name in member_names:
            body[name] = _Pending(body[name])
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = member_type
        body["_value_repr_"] = metacls._find_data_repr_(cls, bases)
        body["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
        body["_flag_mask_"] = 0
        body["_singles_mask_"] = 0
        body["_all_bits_"] = 0
        body["_inverted_"] = None
        try:
            enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        except RuntimeError as exc:
            # type.__new__ wraps errors raised by __set_name__.
            raise (exc.__cause__ or exc) from None
        body.update(enum_class.__dict__)

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type "
                                "(i.e. int, str, float, etc.)")
            if "__format__" not in body:
                enum_class.__format__ = member_type.__format__
                body["__format__"] = enum_class.__format__
            if "__str__" not in body:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                enum_class.__str__ = method
                body["__str__"] = enum_class.__str__
        for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
            if name in body:
                continue
            current = getattr(enum_class, name)
            if current in (getattr(member_type, name), getattr(object, name)):
                setattr(enum_class, name, getattr(first_enum, name))

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__",
                         "__rxor__", "__invert__"):
                if name not in body:
                    setattr(enum_class, name, getattr(Flag, name))
                    body[name] = getattr(Flag, name)

        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new_member
            enum_class.__new__ = Enum.__new__

        if isinstance(order, str):
            order = order.replace(",", " ").split()
        if not is_flag and not (Flag is None and cls == "Flag"):
            for name in ("_boundary_", "_flag_mask_", "_singles_mask_", "_all_bits_", "_inverted_"):
                delattr(enum_class, name)
        elif is_flag:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if order:
                order = [o for o in order
                         if o not in enum_class._member_map_
                         or _is_single_bit(enum_class[o]._value_)]
        if order:
            order = [o for o in order
                     if o not in enum_class._member_map_ or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            _warn_deprecated("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                             "False depending on whether the value is a member or the value of a member", 2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (_builtins.type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__",
                 "__len__", "__members__", "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add("__new__")
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add("__init_subclass__")
        if cls._member_type_ is object:
            return sorted(names)
        return sorted(set(dir(cls._member_type_)) | names)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            seen = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, seen[:])
                seen.append(value)
                pairs.append((name, value))
            names = pairs
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        new_cls = cls(name, members, module=module, boundary=boundary or KEEP)
        if as_global:
            global_enum(new_cls)
        else:
            sys.modules[new_cls.__module__].__dict__.update(new_cls.__members__)
        module_globals[name] = new_cls
        return new_cls

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if "__repr__" in base.__dict__:
                    return base.__dict__["__repr__"]
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.add(base._member_type_)
                        break
                elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                    found.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(found) > 1:
            raise TypeError("too many data types for %r: %r" % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        new = classdict.get("__new__", None)
        save_new = first_enum is not None and new is not None
        if new is None:
            trivial = (None, None.__new__, object.__new__, Enum.__new__)
            for method in ("__new_member__", "__new__"):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in trivial:
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new in (Enum.__new__, object.__new__))
        return new, save_new, use_args


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    Members are accessed as attributes (Color.RED), by value (Color(1)) or
    by name (Color['RED']); iterating the class yields them in definition
    order, aliases excluded.
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag)
                    and cls._boundary_ is EJECT and isinstance(result, int)):
                return result
            not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            if result is None and exc is None:
                raise not_valid
            if exc is None:
                exc = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                                % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = not_valid
            raise exc
        finally:
            exc = None
            not_valid = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            _warn_deprecated("In 3.13 the default `auto()`/`_generate_next_value_` will require all values "
                             "to be sortable and support adding +1\n"
                             "and the value returned will be the largest value in the enum incremented by 1", 3)
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = set()
        if self.__class__._member_type_ is not object:
            names = set(object.__dir__(self))
        for name in getattr(self, "__dict__", []):
            if name[0] != "_" and name not in self._member_map_:
                names.add(name)
        for klass in self.__class__.mro():
            for name, obj in klass.__dict__.items():
                if name[0] == "_":
                    continue
                if isinstance(obj, _builtins.property):
                    if obj.fget is not None or name not in self._member_map_:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in self._member_map_:
                    names.add(name)
        return sorted({"__class__", "__doc__", "__eq__", "__hash__", "__module__"} | names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2]))
        value = str(*values)
        new = str.__new__(cls, value)
        new._value_ = value
        return new

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with values outside its members' bits.

    strict (Flag's default) raises, conform drops the extra bits, eject
    returns a plain int, keep (IntFlag's default) keeps them.
    """

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high = _high_bit(last_value)
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, width), bin(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]"
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        if member_value or aliases:
            parts = []
            combined = 0
            for m in cls._iter_member_(member_value):
                parts.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for m in cls._member_map_.values():
                    if m not in parts and m._value_ and m._value_ & value == m._value_:
                        parts.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            pseudo._name_ = "|".join([m._name_ for m in parts])
            if not combined:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError("%r: no members with value %r" % (cls, unknown))
            elif unknown:
                pseudo._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, show(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    dups = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if dups:
        details = ", ".join(["%s -> %s" % pair for pair in dups])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    return "%s.%s" % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return "%s.%s" % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return "|".join(["%s.%s" % (module, name) for name in self.name.split("|")])
    parts = []
    for name in self.name.split("|"):
        if name[0].isdigit():
            parts.append(name)
        else:
            parts.append("%s.%s" % (module, name))
    return "|".join(parts)


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Makes the members' repr use the module name and exports them."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """Conditions verify() can check."""

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck conditions."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if issubclass(enumeration, Flag):
            kind = "flag"
        elif issubclass(enumeration, Enum):
            kind = "enum"
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                dups = [(name, m.name) for name, m in enumeration.__members__.items()
                        if name != m.name]
                if dups:
                    details = ", ".join(["%s -> %s" % pair for pair in dups])
                    raise ValueError("aliases found in %r: %s" % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == "flag":
                    missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high))
                               if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(("invalid %s %r: missing values %s" % (
                        kind, cls_name, ", ".join(str(m) for m in missing)))[:256])
            elif check is NAMED_FLAGS:
                canonical = enumeration._member_names_
                known = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in canonical or alias.value < 0:
                        continue
                    missed = [v for v in _iter_bits_lsb(alias.value) if v not in known]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        which = "alias %s is missing" % missing_names[0]
                    else:
                        which = "aliases %s and %s are missing" % (
                            ", ".join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        amount = "value 0x%x" % missing_value
                    else:
                        amount = "combined values of 0x%x" % missing_value
                    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]"
                                     % (cls_name, which, amount))
        return enumeration
