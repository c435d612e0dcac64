// The type `object` (BaseObjectType) and the generic attribute protocol
// (object_generic_getattr / object_generic_setattr), instance __dict__
// access, dir() and the default repr/hash/compare/init/new/format/reduce.
//
// Invariants
// - Attribute lookup order: data descriptors on the type, then the instance
//   dict, then non-data descriptors / plain class attributes (CPython's
//   PyObject_GenericGetAttr).
// - An instance dict lives at type->dictoffset (negative offsets count from
//   the end of a var-sized object) and is created lazily.
// - object.__init__/__new__ excess-argument rules follow CPython: each
//   complains only when the other one is not overridden.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_impl.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

using namespace type_impl;

// ---------------------------------------------------------------- instance dict

Object** object_dict_ptr(Object* o) noexcept {
  TypeObject* t = o->type;
  ssize off = t->dictoffset;
  if (off == 0)
    return nullptr;
  if (off < 0) {
    // The pointer follows the variable part, at the end of basicsize (which
    // includes it) + the item bytes rounded up to a pointer's alignment, as
    // CPython's _PyObject_VAR_SIZE; type_generic_alloc reserves that much.
    ssize n = static_cast<VarObject*>(o)->size;
    if (n < 0)
      n = -n;
    ssize varbytes = n * t->itemsize;
    if (type_has_flag(t, TPFLAG_UNICODE_SUBCLASS)) // str data: (length + 1) * kind bytes
      varbytes = (n + 1) * static_cast<StrObject*>(o)->kind;
    constexpr ssize align = alignof(Object*);
    off += (t->basicsize + varbytes + align - 1) / align * align;
  }
  return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off);
}

Object* object_get_dict(Object* o) {
  Object** dp = object_dict_ptr(o);
  if (!dp)
    return err_format(AttributeError, "This object has no __dict__");
  if (!*dp) {
    *dp = dict_new();
    if (!*dp)
      return nullptr;
  }
  return newref(*dp);
}

// ---------------------------------------------------------------- generic attributes

Object* object_generic_getattr(Object* obj, Object* name) {
  if (!str_check(name))
    return err_format(TypeError, "attribute name must be string, not '{}'", type_name_of(name));
  TypeObject* tp = obj->type;
  Object* descr = type_lookup(tp, name);
  DescrGetFn f = nullptr;
  if (descr) {
    incref(descr);
    f = descr->type->descr_get;
    if (f && descr->type->descr_set) {
      Object* r = f(descr, obj, tp);
      decref(descr);
      return r;
    }
  }
  if (Object** dp = object_dict_ptr(obj); dp && *dp) {
    Object* d = newref(*dp);
    Object* r = dict_getitem(d, name);
    if (r) {
      incref(r);
      decref(d);
      xdecref(descr);
      return r;
    }
    decref(d);
    if (err_occurred()) {
      xdecref(descr);
      return nullptr;
    }
  }
  if (f) {
    Object* r = f(descr, obj, tp);
    decref(descr);
    return r;
  }
  if (descr)
    return descr; // the reference taken above
  return raise_no_attribute(obj, name);
}

// CPython 3.11 leaves AttributeError.name and .obj unset when a store or a
// deletion fails (only lookups get that context; see object_getattr).
static void raise_setattr_missing(Object* obj, Object* name) {
  err_format(AttributeError, "'{}' object has no attribute '{}'", type_name_of(obj), str_view(name));
}

int object_generic_setattr(Object* obj, Object* name, Object* value) {
  if (!str_check(name)) {
    err_format(TypeError, "attribute name must be string, not '{}'", type_name_of(name));
    return -1;
  }
  TypeObject* tp = obj->type;
  Object* descr = type_lookup(tp, name);
  if (descr) {
    if (DescrSetFn f = descr->type->descr_set) {
      incref(descr);
      int r = f(descr, obj, value);
      decref(descr);
      return r;
    }
  }
  Object** dp = object_dict_ptr(obj);
  if (!dp) {
    if (descr)
      err_format(AttributeError, "'{}' object attribute '{}' is read-only", type_name_of(obj),
                 str_view(name));
    else
      raise_setattr_missing(obj, name);
    return -1;
  }
  if (!*dp) {
    if (!value) {
      raise_setattr_missing(obj, name);
      return -1;
    }
    *dp = dict_new();
    if (!*dp)
      return -1;
  }
  Object* d = newref(*dp);
  int r;
  if (value) {
    r = dict_setitem(d, name, value);
  } else {
    r = dict_delitem(d, name);
    if (r < 0 && err_matches(KeyError)) {
      err_clear();
      raise_setattr_missing(obj, name);
    }
  }
  decref(d);
  return r;
}

// ---------------------------------------------------------------- default slots

static void object_dealloc(Object* o) {
  TypeObject* t = o->type;
  if (t->free_)
    t->free_(o);
  else if (type_has_flag(t, TPFLAG_HAVE_GC))
    gc_free(o);
  else
    object_free(o);
}

Object* object_generic_repr(Object* o) {
  Object* full = type_full_name(o->type);
  if (!full)
    return nullptr;
  Object* r =
      str_from_utf8(fmt::format("<{} object at {:#x}>", str_view(full), reinterpret_cast<uintptr_t>(o)));
  decref(full);
  return r;
}

hash_t object_generic_hash(Object* o) noexcept {
  uintptr_t y = reinterpret_cast<uintptr_t>(o);
  y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
  hash_t x = static_cast<hash_t>(y);
  return x == -1 ? -2 : x;
}

hash_t object_hash_not_implemented(Object* o) {
  err_format(TypeError, "unhashable type: '{}'", type_name_of(o));
  return -1;
}

static Object* object_str_default(Object* o) {
  UnaryFn f = o->type->repr;
  return f ? f(o) : object_generic_repr(o);
}

static Object* object_richcompare_default(Object* self, Object* other, int op) {
  switch (op) {
  case CMP_EQ:
    return newref(self == other ? True : NotImplemented);
  case CMP_NE: {
    RichCompareFn f = self->type->richcompare;
    if (!f)
      return newref(NotImplemented);
    Object* r = f(self, other, CMP_EQ);
    if (r && r != NotImplemented) {
      int ok = object_is_true(r);
      decref(r);
      if (ok < 0)
        return nullptr;
      return bool_from(!ok);
    }
    return r;
  }
  default:
    return newref(NotImplemented);
  }
}

static bool excess_args(Object* args, Object* kwargs) {
  return (args && tuple_size(args) > 0) || (kwargs && dict_check(kwargs) && dict_size(kwargs) > 0);
}

int object_init(Object* self, Object* args, Object* kwargs) {
  TypeObject* type = self->type;
  if (excess_args(args, kwargs)) {
    if (type->init != object_init) {
      err_set_string(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (type->new_ == object_new) {
      err_format(TypeError, "{}.__init__() takes exactly one argument (the instance to initialize)",
                 type_name(type));
      return -1;
    }
  }
  return 0;
}

static Object* abstract_error(TypeObject* type) {
  Object* am = dict_getitem_str(type->dict, "__abstractmethods__");
  Object* sorted = am ? sequence_list(am) : nullptr;
  if (!sorted) {
    if (!err_occurred())
      err_format(TypeError, "Can't instantiate abstract class {}", type_name(type));
    return nullptr;
  }
  if (list_sort(sorted, nullptr, false) < 0) {
    decref(sorted);
    return nullptr;
  }
  Object* sep = str_from_ascii(", ");
  Object* joined = sep ? str_join(sep, sorted) : nullptr;
  xdecref(sep);
  ssize n = list_size(sorted);
  decref(sorted);
  if (!joined)
    return nullptr;
  err_format(TypeError, "Can't instantiate abstract class {} with abstract method{} {}", type_name(type),
             n > 1 ? "s" : "", str_view(joined));
  decref(joined);
  return nullptr;
}

Object* object_new(TypeObject* type, Object* args, Object* kwargs) {
  if (excess_args(args, kwargs)) {
    if (type->new_ != object_new)
      return err_set_string(TypeError,
                            "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->init == object_init)
      return err_format(TypeError, "{}() takes no arguments", type_name(type));
  }
  if (type_has_flag(type, TPFLAG_IS_ABSTRACT))
    return abstract_error(type);
  return type_generic_alloc(type, 0);
}

Object* type_generic_new(TypeObject* type, Object* args, Object* kwargs) {
  return type_generic_alloc(type, 0);
}

// ---------------------------------------------------------------- __class__

static Object* object_get_class(Object* self, void*) {
  return newref(static_cast<Object*>(self->type));
}

static bool same_layout_as_base(TypeObject* child) {
  TypeObject* base = child->base;
  return base && child->basicsize == base->basicsize && child->itemsize == base->itemsize &&
         child->dictoffset == base->dictoffset && child->weaklistoffset == base->weaklistoffset &&
         type_has_flag(child, TPFLAG_HAVE_GC) == type_has_flag(base, TPFLAG_HAVE_GC);
}

static bool same_slots_added(TypeObject* a, TypeObject* b) {
  if (a->base != b->base || a->basicsize != b->basicsize || a->itemsize != b->itemsize)
    return false;
  Object* sa = a->slots_tuple;
  Object* sb = b->slots_tuple;
  ssize na = sa ? tuple_size(sa) : 0, nb = sb ? tuple_size(sb) : 0;
  if (na != nb)
    return false;
  for (ssize i = 0; i < na; i++)
    if (!str_equal(tuple_get(sa, i), tuple_get(sb, i)))
      return false;
  return a->dictoffset == b->dictoffset && a->weaklistoffset == b->weaklistoffset;
}

bool type_impl::compatible_for_assignment(TypeObject* oldto, TypeObject* newto, const char* attr) {
  if (type_has_flag(newto, TPFLAG_HAVE_GC) !=
      type_has_flag(oldto, TPFLAG_HAVE_GC)) { // CPython compares tp_free
    err_format(TypeError, "{} assignment: '{}' deallocator differs from '{}'", attr, type_name(newto),
               type_name(oldto));
    return false;
  }
  TypeObject* newbase = newto;
  TypeObject* oldbase = oldto;
  while (same_layout_as_base(newbase))
    newbase = newbase->base;
  while (same_layout_as_base(oldbase))
    oldbase = oldbase->base;
  if (newbase != oldbase && (newbase->base != oldbase->base || !same_slots_added(newbase, oldbase))) {
    err_format(TypeError, "{} assignment: '{}' object layout differs from '{}'", attr, type_name(newto),
               type_name(oldto));
    return false;
  }
  return true;
}

static int object_set_class(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!type_check(value)) {
    err_format(TypeError, "__class__ must be set to a class, not '{}' object", type_name_of(value));
    return -1;
  }
  auto* newto = static_cast<TypeObject*>(value);
  TypeObject* oldto = self->type;
  bool modules = type_is_subtype(newto, &ModuleType) && type_is_subtype(oldto, &ModuleType);
  if (!modules && (type_has_flag(newto, TPFLAG_IMMUTABLETYPE) || type_has_flag(oldto, TPFLAG_IMMUTABLETYPE) ||
                   !type_has_flag(newto, TPFLAG_HEAPTYPE) || !type_has_flag(oldto, TPFLAG_HEAPTYPE))) {
    err_set_string(TypeError,
                   "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (!compatible_for_assignment(oldto, newto, "__class__"))
    return -1;
  if (type_has_flag(newto, TPFLAG_HEAPTYPE))
    incref(newto);
  self->type = newto;
  if (type_has_flag(oldto, TPFLAG_HEAPTYPE))
    decref(oldto);
  return 0;
}

// ---------------------------------------------------------------- methods

static Object* object_format_method(Object* self, Object* spec) {
  if (!str_check(spec))
    return err_format(TypeError, "__format__() argument must be str, not {}", type_name_of(spec));
  if (str_length(spec) > 0)
    return err_format(TypeError, "unsupported format string passed to {}.__format__", type_name_of(self));
  return object_str(self);
}

static Object* object_sizeof(Object* self, Object*) {
  ssize res = 0;
  if (self->type->itemsize > 0)
    res = static_cast<VarObject*>(self)->size * self->type->itemsize;
  res += self->type->basicsize;
  return int_from_i64(res);
}

static Object* object_subclasshook(Object* cls, Object* const*, ssize) {
  return newref(NotImplemented);
}
static Object* object_init_subclass(Object* cls, Object*) {
  return none_new();
}

int type_merge_class_dict(Object* names, Object* aclass) {
  int error;
  Object* classdict = object_lookup_attr(aclass, COIL_NAME("__dict__"), &error);
  if (error)
    return -1;
  if (classdict) {
    int r = dict_update(names, classdict);
    decref(classdict);
    if (r < 0)
      return -1;
  }
  Object* bases = object_lookup_attr(aclass, COIL_NAME("__bases__"), &error);
  if (error)
    return -1;
  if (!bases)
    return 0;
  Object* seq = sequence_tuple(bases);
  decref(bases);
  if (!seq)
    return -1;
  for (ssize i = 0; i < tuple_size(seq); i++) {
    if (type_merge_class_dict(names, tuple_get(seq, i)) < 0) {
      decref(seq);
      return -1;
    }
  }
  decref(seq);
  return 0;
}

static Object* object_dir_method(Object* self, Object*) {
  int error;
  Object* d = object_lookup_attr(self, COIL_NAME("__dict__"), &error);
  if (error)
    return nullptr;
  Object* names;
  if (d && dict_check(d))
    names = dict_copy(d);
  else
    names = dict_new();
  xdecref(d);
  if (!names)
    return nullptr;
  Object* cls = object_lookup_attr(self, COIL_NAME("__class__"), &error);
  if (error) {
    decref(names);
    return nullptr;
  }
  if (cls && cls != None) {
    int r = type_merge_class_dict(names, cls);
    decref(cls);
    if (r < 0) {
      decref(names);
      return nullptr;
    }
  } else {
    xdecref(cls);
  }
  Object* r = dict_keys_list(names);
  decref(names);
  return r;
}

Object* object_dir(Object* o) {
  if (!o)
    return err_set_string(SystemError, "object_dir: locals() form is handled by builtins.dir");
  bool found;
  Object* res = call_special(o, COIL_NAME("__dir__"), nullptr, 0, &found);
  if (!found)
    return err_set_string(TypeError, "object does not provide __dir__");
  if (!res)
    return nullptr;
  Object* list = sequence_list(res);
  decref(res);
  if (!list)
    return nullptr;
  if (list_sort(list, nullptr, false) < 0) {
    decref(list);
    return nullptr;
  }
  return list;
}

// Slot names of `cls` and its bases (private names already mangled), in MRO order.
static Object* slot_names_of(TypeObject* cls) {
  Object* list = list_new(0);
  if (!list || !cls->mro)
    return list;
  for (ssize i = 0; i < tuple_size(cls->mro); i++) {
    auto* t = static_cast<TypeObject*>(tuple_get(cls->mro, i));
    if (!t->slots_tuple)
      continue;
    for (ssize j = 0; j < tuple_size(t->slots_tuple); j++) {
      Object* n = tuple_get(t->slots_tuple, j);
      if (str_equal_ascii(n, "__dict__") || str_equal_ascii(n, "__weakref__"))
        continue;
      if (list_append(list, n) < 0) {
        decref(list);
        return nullptr;
      }
    }
  }
  return list;
}

static Object* object_getstate_impl(Object* obj, bool required) {
  if (required && obj->type->itemsize)
    return err_format(TypeError, "cannot pickle '{}' object", type_name_of(obj));
  Object* state;
  Object** dp = object_dict_ptr(obj);
  if (dp && *dp && dict_size(*dp) > 0) {
    state = dict_copy(*dp);
    if (!state)
      return nullptr;
  } else {
    state = none_new();
  }
  Object* slotnames = slot_names_of(obj->type);
  if (!slotnames) {
    decref(state);
    return nullptr;
  }
  if (required) {
    ssize basicsize = BaseObjectType.basicsize;
    if (obj->type->dictoffset)
      basicsize += ssize(sizeof(Object*));
    if (obj->type->weaklistoffset)
      basicsize += ssize(sizeof(Object*));
    basicsize += ssize(sizeof(Object*)) * list_size(slotnames);
    if (obj->type->basicsize > basicsize) {
      decref(slotnames);
      decref(state);
      return err_format(TypeError, "cannot pickle '{}' object", type_name_of(obj));
    }
  }
  if (list_size(slotnames) > 0) {
    Object* slots = dict_new();
    if (!slots) {
      decref(slotnames);
      decref(state);
      return nullptr;
    }
    for (ssize i = 0; i < list_size(slotnames); i++) {
      Object* name = list_get(slotnames, i);
      int error;
      Object* v = object_lookup_attr(obj, name, &error);
      if (error) {
        decref(slots);
        decref(slotnames);
        decref(state);
        return nullptr;
      }
      if (v) {
        int r = dict_setitem(slots, name, v);
        decref(v);
        if (r < 0) {
          decref(slots);
          decref(slotnames);
          decref(state);
          return nullptr;
        }
      }
    }
    if (dict_size(slots) > 0) {
      Object* pair = tuple_pack({state, slots});
      decref(state);
      state = pair;
    }
    decref(slots);
    if (!state) {
      decref(slotnames);
      return nullptr;
    }
  }
  decref(slotnames);
  return state;
}

static Object* object_getstate_method(Object* self, Object*) {
  return object_getstate_impl(self, false);
}

// Imports a module through builtins.__import__ (the import system is not a
// contract of the runtime layer).
static Object* import_module_by_name(const char* name) {
  Interpreter* interp = Interpreter::main();
  Object* imp = interp && interp->builtins ? dict_getitem_str(interp->builtins, "__import__") : nullptr;
  if (!imp)
    return err_set_string(ImportError, "__import__ not found");
  Object* n = str_from_utf8(name);
  if (!n)
    return nullptr;
  Object* r = object_call_one(imp, n);
  decref(n);
  return r;
}

static Object* copyreg_attr(const char* attr) {
  Object* mod = import_module_by_name("copyreg");
  if (!mod)
    return nullptr;
  Object* r = object_getattr_str(mod, attr);
  decref(mod);
  return r;
}

static Object* get_state_for_reduce(Object* obj, bool required) {
  Object* getstate = object_getattr(obj, COIL_NAME("__getstate__"));
  if (!getstate)
    return nullptr;
  Object* state;
  if (getstate->type == &BuiltinFunctionType &&
      static_cast<BuiltinFunctionObject*>(getstate)->def->fn == object_getstate_method)
    state = object_getstate_impl(obj, required);
  else
    state = object_call_noargs(getstate);
  decref(getstate);
  return state;
}

static Object* reduce_newobj(Object* obj) {
  if (!obj->type->new_)
    return err_format(TypeError, "cannot pickle '{}' object", type_name_of(obj));
  Object* args = nullptr;
  Object* kwargs = nullptr;
  bool error;
  Object* getnewargs_ex = lookup_special_bound(obj, COIL_NAME("__getnewargs_ex__"), &error);
  if (error)
    return nullptr;
  if (getnewargs_ex) {
    Object* r = object_call_noargs(getnewargs_ex);
    decref(getnewargs_ex);
    if (!r)
      return nullptr;
    if (!tuple_check(r) || tuple_size(r) != 2 || !tuple_check(tuple_get(r, 0)) ||
        !dict_check(tuple_get(r, 1))) {
      decref(r);
      return err_set_string(TypeError, "__getnewargs_ex__ should return a tuple of length 2");
    }
    args = newref(tuple_get(r, 0));
    kwargs = newref(tuple_get(r, 1));
    decref(r);
  } else {
    Object* getnewargs = lookup_special_bound(obj, COIL_NAME("__getnewargs__"), &error);
    if (error)
      return nullptr;
    if (getnewargs) {
      args = object_call_noargs(getnewargs);
      decref(getnewargs);
      if (!args)
        return nullptr;
      if (!tuple_check(args)) {
        err_format(TypeError, "__getnewargs__ should return a tuple, not '{}'", type_name_of(args));
        decref(args);
        return nullptr;
      }
    }
  }
  bool hasargs = args != nullptr;
  if (!args)
    args = tuple_empty();
  Object* newobj;
  Object* newargs;
  if (!kwargs || dict_size(kwargs) == 0) {
    newobj = copyreg_attr("__newobj__");
    ssize n = tuple_size(args);
    newargs = newobj ? tuple_new(n + 1) : nullptr;
    if (newargs) {
      tuple_set(newargs, 0, newref(static_cast<Object*>(obj->type)));
      for (ssize i = 0; i < n; i++)
        tuple_set(newargs, i + 1, newref(tuple_get(args, i)));
    }
  } else {
    newobj = copyreg_attr("__newobj_ex__");
    newargs = newobj ? tuple_pack({obj->type, args, kwargs}) : nullptr;
  }
  decref(args);
  xdecref(kwargs);
  if (!newargs) {
    xdecref(newobj);
    return nullptr;
  }
  bool required = !hasargs && !list_check(obj) && !dict_check(obj);
  Object* state = get_state_for_reduce(obj, required);
  Object* listitems = nullptr;
  Object* dictitems = nullptr;
  if (state && list_check(obj))
    listitems = object_get_iter(obj);
  else if (state)
    listitems = none_new();
  if (state && listitems && dict_check(obj)) {
    Object* items = object_call_method(obj, "items", nullptr, 0);
    dictitems = items ? object_get_iter(items) : nullptr;
    xdecref(items);
  } else if (state && listitems) {
    dictitems = none_new();
  }
  Object* result = nullptr;
  if (state && listitems && dictitems)
    result = tuple_pack({newobj, newargs, state, listitems, dictitems});
  decref(newobj);
  decref(newargs);
  xdecref(state);
  xdecref(listitems);
  xdecref(dictitems);
  return result;
}

static Object* common_reduce(Object* self, int proto) {
  if (proto >= 2)
    return reduce_newobj(self);
  Object* fn = copyreg_attr("_reduce_ex");
  if (!fn)
    return nullptr;
  Object* p = int_from_i64(proto);
  Object* args[2] = {self, p};
  Object* r = p ? object_vectorcall(fn, args, 2, nullptr) : nullptr;
  xdecref(p);
  decref(fn);
  return r;
}

static Object* object_reduce(Object* self, Object*) {
  return common_reduce(self, 0);
}

static Object* object_reduce_ex(Object* self, Object* protocol) {
  ssize proto = number_as_ssize(protocol, nullptr);
  if (proto == -1 && err_occurred())
    return nullptr;
  Object* reduce = type_lookup(self->type, COIL_NAME("__reduce__"));
  Object* base_reduce = dict_getitem_str(BaseObjectType.dict, "__reduce__");
  if (reduce && reduce != base_reduce) {
    Object* m = object_getattr(self, COIL_NAME("__reduce__"));
    if (!m)
      return nullptr;
    Object* r = object_call_noargs(m);
    decref(m);
    return r;
  }
  return common_reduce(self, static_cast<int>(proto));
}

static MethodDef object_methods[] = {
    {"__reduce_ex__", object_reduce_ex, METH_O, "Helper for pickle."},
    {"__reduce__", object_reduce, METH_NOARGS, "Helper for pickle."},
    {"__getstate__", object_getstate_method, METH_NOARGS, "Helper for pickle."},
    {"__subclasshook__", reinterpret_cast<MethodFn>(object_subclasshook), METH_CLASS | METH_FASTCALL,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", object_init_subclass, METH_CLASS | METH_NOARGS,
     "This method is called when a class is subclassed."},
    {"__format__", object_format_method, METH_O, "Default object formatter."},
    {"__sizeof__", object_sizeof, METH_NOARGS, "Size of object in memory, in bytes."},
    {"__dir__", object_dir_method, METH_NOARGS, "Default dir() implementation."},
    {},
};

static GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, nullptr, nullptr},
    {},
};

TypeObject BaseObjectType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "object";
  t.basicsize = sizeof(Object);
  t.dealloc = object_dealloc;
  t.repr = object_generic_repr;
  t.hash = object_generic_hash;
  t.str = object_str_default;
  t.getattro = object_generic_getattr;
  t.setattro = object_generic_setattr;
  t.flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLETYPE;
  t.doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
          "featureless\ninstance that has no instance attributes and cannot be given any.\n";
  t.richcompare = object_richcompare_default;
  t.methods = object_methods;
  t.getset = object_getset;
  t.init = object_init;
  t.new_ = object_new;
  t.free_ = object_free_object;
  return t;
}();
COIL_REGISTER_TYPE(BaseObjectType);

} // namespace coil
