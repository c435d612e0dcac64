// Creating classes at run time: type(name, bases, dict) / class statements.
// Metaclass calculation, best base and instance layout (__slots__, __dict__,
// __weakref__), the namespace conventions (__qualname__, __module__,
// __doc__, implicit staticmethod/classmethod, __classcell__), __set_name__,
// __init_subclass__, __bases__ assignment, and the instance lifecycle of
// heap types (subtype_dealloc / traverse / clear).
//
// Invariants
// - A heap type's instance layout is its solid base's layout followed by
//   the __slots__ members, then the __dict__ pointer (unless a base already
//   has one; var-sized bases get it at a negative offset, i.e. at the end),
//   then the weakref list pointer.
// - A heap type is GC-tracked, and so are its instances when the solid base
//   is, or when the class adds any reference (slots, dict, weakref list).
// - Instances hold a strong reference to their heap type, dropped by
//   subtype_dealloc after the static base's dealloc freed the memory.
// - A static base's dealloc frees the memory with `o->type->free_`.
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/dict_split.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/function.h"
#include "runtime/objects/list.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_impl.h"
#include "runtime/objects/weakref.h"
#include "runtime/thread_state.h"

namespace coil {

using namespace type_impl;

// ---------------------------------------------------------------- instance lifecycle

static void clear_heap_slots(Object* o) {
  for (TypeObject* t = o->type; t && type_has_flag(t, TPFLAG_HEAPTYPE); t = t->base) {
    MemberDef* m = static_cast<HeapTypeObject*>(t)->ht_members;
    for (; m && m->name; m++) {
      Object** slot = reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + m->offset);
      clear_ref(*slot);
    }
  }
}

static bool dict_is_ours(TypeObject* type) {
  TypeObject* base = solid_static_base(type);
  return type->dictoffset && (!base || base->dictoffset != type->dictoffset);
}

static void subtype_dealloc(Object* o) {
  TypeObject* type = o->type;
  bool gc = type_has_flag(type, TPFLAG_HAVE_GC);
  if (gc)
    gc_untrack(o);
  // Long chains of instances (a.next.next...) are freed iteratively; a
  // deferred object comes back here later, from the start.
  if (!trashcan_begin(o))
    return;
  if (type->finalize && (!gc || !(gc_head_of(o)->prev & 1))) {
    o->refcnt = 1; // temporarily alive while __del__ runs
    type->finalize(o);
    if (gc)
      gc_head_of(o)->prev |= 1; // the collector's "finalized" bit (runtime/gc.cpp)
    if (--o->refcnt != 0) {
      // Resurrected by __del__.
      if (gc)
        gc_track(o);
      trashcan_end();
      return;
    }
  }
  // Weak references die after __del__ (which may still use them), before
  // the slots and the dict are cleared (runtime/objects/weakref.h).
  if (type->weaklistoffset > 0)
    weakref_clear_all(o);
  clear_heap_slots(o);
  if (dict_is_ours(type)) {
    instance_clear_values(o);
    if (Object** dp = object_dict_ptr(o))
      clear_ref(*dp);
  }
  TypeObject* base = solid_static_base(type);
  if (gc && base && type_has_flag(base, TPFLAG_HAVE_GC))
    gc_track(o); // the base's dealloc expects a tracked object
  if (base && base->dealloc)
    base->dealloc(o);
  else
    type->free_(o);
  decref(type);
  trashcan_end();
}

static int subtype_traverse(Object* o, VisitFn visit, void* arg) {
  TypeObject* type = o->type;
  for (TypeObject* t = type; t && type_has_flag(t, TPFLAG_HEAPTYPE); t = t->base) {
    MemberDef* m = static_cast<HeapTypeObject*>(t)->ht_members;
    for (; m && m->name; m++) {
      Object* v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + m->offset);
      if (v)
        if (int r = visit(v, arg))
          return r;
    }
  }
  if (dict_is_ours(type)) {
    if (DictValues* v = instance_values(o)) {
      for (ssize i = 0; i < v->nused; ++i)
        if (int r = visit(v->slots[v->order[i]], arg))
          return r;
    }
    Object** dp = object_dict_ptr(o);
    if (dp && *dp)
      if (int r = visit(*dp, arg))
        return r;
  }
  if (type_has_flag(type, TPFLAG_HEAPTYPE))
    if (int r = visit(type, arg))
      return r;
  TypeObject* base = solid_static_base(type);
  if (base && base->traverse)
    return base->traverse(o, visit, arg);
  return 0;
}

static int subtype_clear(Object* o) {
  clear_heap_slots(o);
  if (dict_is_ours(o->type)) {
    instance_clear_values(o);
    if (Object** dp = object_dict_ptr(o))
      clear_ref(*dp);
  }
  TypeObject* base = solid_static_base(o->type);
  if (base && base->clear)
    return base->clear(o);
  return 0;
}

// __dict__ / __weakref__ attributes of instances of heap types.
static Object* subtype_get_dict(Object* self, void*) {
  return object_get_dict(self);
}

static int subtype_set_dict(Object* self, Object* value, void*) {
  // The attributes in values become a dict first, which the new one replaces.
  if (object_materialize_dict(self) < 0)
    return -1;
  Object** dp = object_dict_ptr(self);
  if (!dp) {
    err_set_string(AttributeError, "This object has no __dict__");
    return -1;
  }
  if (value && !dict_check(value)) {
    err_format(TypeError, "__dict__ must be set to a dictionary, not a '{}'", type_name_of(value));
    return -1;
  }
  setref(*dp, xnewref(value));
  return 0;
}

static Object* subtype_get_weakref(Object* self, void*) {
  ssize off = self->type->weaklistoffset;
  if (off <= 0)
    return err_set_string(AttributeError, "This object has no __weakref__");
  Object* v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + off);
  return newref(v ? v : None);
}

static GetSetDef subtype_getset_dict[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables (if defined)",
     nullptr},
    {},
};
static GetSetDef subtype_getset_weakref[] = {
    {"__weakref__", subtype_get_weakref, nullptr, "list of weak references to the object (if defined)",
     nullptr},
    {},
};

// ---------------------------------------------------------------- layout

static bool extra_ivars(TypeObject* type, TypeObject* base) {
  ssize t_size = type->basicsize;
  ssize b_size = base->basicsize;
  if (type->itemsize || base->itemsize)
    return t_size != b_size || type->itemsize != base->itemsize;
  if (type->weaklistoffset && base->weaklistoffset == 0 &&
      type->weaklistoffset + ssize(sizeof(Object*)) == t_size)
    t_size -= ssize(sizeof(Object*));
  if (type->dictoffset && base->dictoffset == 0 && type->dictoffset + ssize(sizeof(Object*)) == t_size)
    t_size -= ssize(sizeof(Object*));
  return t_size != b_size;
}

static TypeObject* solid_base(TypeObject* type) {
  TypeObject* base = type->base ? solid_base(type->base) : &BaseObjectType;
  return extra_ivars(type, base) ? type : base;
}

static TypeObject* best_base(Object* bases) {
  TypeObject* base = nullptr;
  TypeObject* winner = nullptr;
  for (ssize i = 0; i < tuple_size(bases); i++) {
    Object* b = tuple_get(bases, i);
    if (!type_check(b)) {
      err_set_string(TypeError, "bases must be types");
      return nullptr;
    }
    auto* bt = static_cast<TypeObject*>(b);
    if (!type_has_flag(bt, TPFLAG_READY) && type_ready(bt) < 0)
      return nullptr;
    if (!type_has_flag(bt, TPFLAG_BASETYPE)) {
      err_format(TypeError, "type '{}' is not an acceptable base type", type_name(bt));
      return nullptr;
    }
    TypeObject* candidate = solid_base(bt);
    if (!winner) {
      winner = candidate;
      base = bt;
    } else if (type_is_subtype(winner, candidate)) {
    } else if (type_is_subtype(candidate, winner)) {
      winner = candidate;
      base = bt;
    } else {
      err_set_string(TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

static TypeObject* calculate_metaclass(TypeObject* metatype, Object* bases) {
  TypeObject* winner = metatype;
  for (ssize i = 0; i < tuple_size(bases); i++) {
    TypeObject* tmp = tuple_get(bases, i)->type;
    if (type_is_subtype(winner, tmp))
      continue;
    if (type_is_subtype(tmp, winner)) {
      winner = tmp;
      continue;
    }
    err_set_string(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                              "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// _Py_Mangle: __x inside class C becomes _C__x.
static Object* mangle(Object* classname, Object* name) {
  std::string_view n = str_view(name);
  if (n.size() < 2 || n[0] != '_' || n[1] != '_' || (n.size() >= 4 && n.substr(n.size() - 2) == "__") ||
      n.find('.') != std::string_view::npos)
    return newref(name);
  std::string_view c = str_view(classname);
  size_t k = 0;
  while (k < c.size() && c[k] == '_')
    k++;
  if (k == c.size())
    return newref(name);
  std::string s = "_";
  s += c.substr(k);
  s += n;
  return str_from_utf8(s);
}

// ---------------------------------------------------------------- class creation

static Object* current_globals_name() {
  ThreadState* ts = ThreadState::current();
  if (!ts || !ts->current_frame || !ts->current_frame->globals)
    return nullptr;
  return dict_getitem_str(ts->current_frame->globals, "__name__");
}

static int wrap_in_dict(Object* dict, const char* key, Object* (*wrap)(Object*)) {
  Object* v = dict_getitem_str(dict, key);
  if (!v || !function_check(v))
    return 0;
  Object* w = wrap(v);
  if (!w)
    return -1;
  int r = dict_setitem_str(dict, key, w);
  decref(w);
  return r;
}

static int set_names(TypeObject* type) {
  Object* items = dict_items_list(type->dict);
  if (!items)
    return -1;
  for (ssize i = 0; i < list_size(items); i++) {
    Object* pair = list_get(items, i);
    Object* key = tuple_get(pair, 0);
    Object* value = tuple_get(pair, 1);
    if (!type_lookup(value->type, COIL_NAME("__set_name__")))
      continue;
    Object* args[2] = {type, key};
    Object* r = call_special_required(value, COIL_NAME("__set_name__"), args, 2);
    if (!r) {
      Object* cause = err_fetch();
      Object* krepr = object_repr(key);
      if (!krepr) {
        decref(cause);
        decref(items);
        return -1;
      }
      err_format(RuntimeError, "Error calling __set_name__ on '{}' instance {} in '{}'", type_name_of(value),
                 str_view(krepr), type_name(type));
      decref(krepr);
      Object* exc = err_current();
      if (exc) {
        incref(cause);
        exception_set_cause(exc, cause);
        exception_set_context(exc, cause);
      } else {
        decref(cause);
      }
      decref(items);
      return -1;
    }
    decref(r);
  }
  decref(items);
  return 0;
}

static int init_subclass(TypeObject* type, Object* kwds) {
  Object* mro = type->mro;
  for (ssize i = 1; i < tuple_size(mro); i++) {
    auto* t = static_cast<TypeObject*>(tuple_get(mro, i));
    Object* attr = t->dict ? dict_getitem_str(t->dict, "__init_subclass__") : nullptr;
    if (!attr)
      continue;
    incref(attr);
    Object* bound;
    if (DescrGetFn get = attr->type->descr_get)
      bound = get(attr, nullptr, type);
    else
      bound = newref(attr);
    decref(attr);
    if (!bound)
      return -1;
    Object* empty = tuple_empty();
    Object* r = object_call(bound, empty, kwds && dict_size(kwds) ? kwds : nullptr);
    decref(empty);
    decref(bound);
    if (!r)
      return -1;
    decref(r);
    return 0;
  }
  return 0;
}

Object* type_new_from_spec(TypeObject* metatype, Object* name, Object* bases, Object* orig_dict,
                           Object* kwds) {
  // Metaclass.
  TypeObject* winner = calculate_metaclass(metatype, bases);
  if (!winner)
    return nullptr;
  if (winner != metatype && winner->new_ != type_new_slot) {
    Object* args = tuple_pack({name, bases, orig_dict});
    if (!args)
      return nullptr;
    Object* r = winner->new_(winner, args, kwds);
    decref(args);
    return r;
  }
  metatype = winner;
  Object* owned_bases;
  if (tuple_size(bases) == 0)
    owned_bases = tuple_pack({&BaseObjectType});
  else
    owned_bases = newref(bases);
  if (!owned_bases)
    return nullptr;
  TypeObject* base = best_base(owned_bases);
  if (!base) {
    decref(owned_bases);
    return nullptr;
  }
  Object* dict = dict_copy(orig_dict);
  if (!dict) {
    decref(owned_bases);
    return nullptr;
  }
  auto fail = [&](Object* type) -> Object* {
    xdecref(type);
    xdecref(dict);
    xdecref(owned_bases);
    return nullptr;
  };

  // __slots__.
  Object* slots = dict_getitem_str(dict, "__slots__");
  bool add_dict = false, add_weak = false;
  bool may_add_dict = base->dictoffset == 0;
  bool may_add_weak = base->weaklistoffset == 0 && base->itemsize == 0;
  Object* slot_names = nullptr; // sorted, mangled names of real slots
  Object* slots_tuple = nullptr;
  if (!slots) {
    add_dict = may_add_dict;
    add_weak = may_add_weak;
  } else {
    if (str_check(slots))
      slots_tuple = tuple_pack({slots});
    else
      slots_tuple = sequence_tuple(slots);
    if (!slots_tuple)
      return fail(nullptr);
    slot_names = list_new(0);
    if (!slot_names) {
      decref(slots_tuple);
      return fail(nullptr);
    }
    auto slots_fail = [&]() -> Object* {
      decref(slots_tuple);
      decref(slot_names);
      return fail(nullptr);
    };
    for (ssize i = 0; i < tuple_size(slots_tuple); i++) {
      Object* s = tuple_get(slots_tuple, i);
      if (!str_check(s)) {
        err_format(TypeError, "__slots__ items must be strings, not '{}'", type_name_of(s));
        return slots_fail();
      }
      if (!str_is_identifier(s)) {
        err_set_string(TypeError, "__slots__ must be identifiers");
        return slots_fail();
      }
      if (str_equal_ascii(s, "__dict__")) {
        if (!may_add_dict || add_dict) {
          err_set_string(TypeError, "__dict__ slot disallowed: we already got one");
          return slots_fail();
        }
        add_dict = true;
        continue;
      }
      if (str_equal_ascii(s, "__weakref__")) {
        if (!may_add_weak || add_weak) {
          err_set_string(TypeError,
                         "__weakref__ slot disallowed: either we already got one, or the base type "
                         "does not support weakrefs");
          return slots_fail();
        }
        add_weak = true;
        continue;
      }
      Object* m = mangle(name, s);
      if (!m)
        return slots_fail();
      if (!str_equal_ascii(s, "__qualname__") && !str_equal_ascii(s, "__classcell__") &&
          dict_getitem(dict, m)) {
        Object* rep = object_repr(s);
        if (rep) {
          err_format(ValueError, "{} in __slots__ conflicts with class variable", str_view(rep));
          decref(rep);
        }
        decref(m);
        return slots_fail();
      }
      int r = list_append(slot_names, m);
      decref(m);
      if (r < 0)
        return slots_fail();
    }
    if (list_sort(slot_names, nullptr, false) < 0)
      return slots_fail();
    if (list_size(slot_names) > 0 && base->itemsize != 0) {
      err_format(TypeError, "nonempty __slots__ not supported for subtype of '{}'", type_name(base));
      return slots_fail();
    }
    decref(slots_tuple);
    slots_tuple = list_as_tuple(slot_names);
    if (!slots_tuple) {
      decref(slot_names);
      return fail(nullptr);
    }
  }
  // Adding __dict__/__weakref__ through a later base, as CPython does.
  if (slots && !add_dict && may_add_dict) {
    for (ssize i = 0; i < tuple_size(owned_bases) && !add_dict; i++) {
      auto* b = static_cast<TypeObject*>(tuple_get(owned_bases, i));
      add_dict = b != base && b->dictoffset != 0;
    }
  }
  if (slots && !add_weak && may_add_weak) {
    for (ssize i = 0; i < tuple_size(owned_bases) && !add_weak; i++) {
      auto* b = static_cast<TypeObject*>(tuple_get(owned_bases, i));
      add_weak = b != base && b->weaklistoffset != 0;
    }
  }

  // Allocate the type object.
  auto* ht = reinterpret_cast<HeapTypeObject*>(type_generic_alloc(metatype, 0));
  if (!ht) {
    xdecref(slots_tuple);
    xdecref(slot_names);
    return fail(nullptr);
  }
  TypeObject* type = ht;
  type->flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE;
  type->as_number = &ht->number_storage;
  type->as_sequence = &ht->sequence_storage;
  type->as_mapping = &ht->mapping_storage;
  ht->ht_name = newref(name);
  type->name = str_as_utf8(name);
  if (!type->name) {
    xdecref(slots_tuple);
    xdecref(slot_names);
    return fail(type);
  }
  type->bases = owned_bases;
  owned_bases = nullptr;
  type->base = newref(base);
  type->dict = dict;
  dict = nullptr;
  type->slots_tuple = slots_tuple;
  type->vectorcall = type_default_vectorcall();
  auto tfail = [&]() -> Object* {
    xdecref(slot_names);
    return fail(type);
  };

  // Namespace conventions.
  if (!dict_getitem_str(type->dict, "__module__")) {
    Object* modname = current_globals_name();
    if (modname && dict_setitem_str(type->dict, "__module__", modname) < 0)
      return tfail();
  }
  if (Object* qn = dict_getitem_str(type->dict, "__qualname__")) {
    if (!str_check(qn)) {
      err_format(TypeError, "type __qualname__ must be a str, not {}", type_name_of(qn));
      return tfail();
    }
    type->qualname = newref(qn);
    if (dict_delitem_str(type->dict, "__qualname__") < 0)
      return tfail();
  } else {
    type->qualname = newref(name);
  }
  if (wrap_in_dict(type->dict, "__new__", staticmethod_new) < 0 ||
      wrap_in_dict(type->dict, "__init_subclass__", classmethod_new) < 0 ||
      wrap_in_dict(type->dict, "__class_getitem__", classmethod_new) < 0)
    return tfail();

  // Layout.
  ssize slotoffset = base->basicsize;
  type->itemsize = base->itemsize;
  ssize nslots = slot_names ? list_size(slot_names) : 0;
  if (nslots > 0) {
    ht->ht_members = new MemberDef[static_cast<size_t>(nslots + 1)]();
    for (ssize i = 0; i < nslots; i++) {
      Object* sname = tuple_get(slots_tuple, i);
      ht->ht_members[i] = MemberDef{str_as_utf8(sname), MEMBER_OBJECT_EX, slotoffset, 0, nullptr};
      slotoffset += ssize(sizeof(Object*));
    }
    ht->ht_members[nslots] = MemberDef{nullptr, 0, 0, 0, nullptr};
  }
  // CPython 3.11 manages the dict of classes whose base has no items; Coil's
  // int keeps its digits inline (itemsize 0) where CPython's has items, so
  // int subclasses keep the dict pointer in the object, as CPython's.
  bool managed = add_dict && !base->itemsize && !type_has_flag(base, TPFLAG_LONG_SUBCLASS);
  if (add_dict && !managed) {
    if (base->itemsize) {
      type->dictoffset = -ssize(sizeof(Object*));
      slotoffset += ssize(sizeof(Object*));
    }
  }
  if (!add_dict)
    type->flags |= base->flags & TPFLAG_MANAGED_DICT;
  if (add_dict && !managed && !base->itemsize) {
    type->dictoffset = slotoffset; // Coil's int: after the digits' storage
    slotoffset += ssize(sizeof(Object*));
  }
  if (add_weak) {
    type->weaklistoffset = slotoffset;
    slotoffset += ssize(sizeof(Object*));
  }
  if (managed) {
    // As CPython 3.11, a managed dict: the dict and values pointers live in
    // a pre-header before the GC header (type.h: managed_dict_ptr), the
    // attributes in values over the class's shared keys (dict_split.h);
    // __dictoffset__ is CPython's figure for that layout.
    type->flags |= TPFLAG_MANAGED_DICT;
    type->dictoffset = -slotoffset - 3 * ssize(sizeof(Object*));
  }
  if (type_has_flag(type, TPFLAG_MANAGED_DICT)) {
    ht->cached_keys = shared_keys_new();
    if (!ht->cached_keys)
      err_clear(); // instances then start with a dict instead of values
  }
  type->basicsize = slotoffset;
  // As CPython 3.11: every class's instances are tracked by the collector
  // (even with `__slots__ = ()`, a cycle can go through the class).
  type->flags |= TPFLAG_HAVE_GC;
  type->dealloc = subtype_dealloc;
  if (type_has_flag(type, TPFLAG_HAVE_GC)) {
    type->traverse = subtype_traverse;
    type->clear = subtype_clear;
    type->free_ = gc_free_object;
  } else {
    type->free_ = object_free_object;
  }
  // Descriptors for the slots and the added __dict__/__weakref__.
  for (ssize i = 0; i < nslots; i++) {
    Object* d = descr_new_member(type, &ht->ht_members[i]);
    if (!d || dict_setitem(type->dict, tuple_get(slots_tuple, i), d) < 0) {
      xdecref(d);
      return tfail();
    }
    decref(d);
  }
  if (add_dict && !dict_getitem_str(type->dict, "__dict__")) {
    Object* d = descr_new_getset(type, subtype_getset_dict);
    if (!d || dict_setitem_str(type->dict, "__dict__", d) < 0) {
      xdecref(d);
      return tfail();
    }
    decref(d);
  }
  if (add_weak && !dict_getitem_str(type->dict, "__weakref__")) {
    Object* d = descr_new_getset(type, subtype_getset_weakref);
    if (!d || dict_setitem_str(type->dict, "__weakref__", d) < 0) {
      xdecref(d);
      return tfail();
    }
    decref(d);
  }
  xdecref(slot_names);
  slot_names = nullptr;
  if (!dict_getitem_str(type->dict, "__doc__")) {
    if (dict_setitem_str(type->dict, "__doc__", None) < 0)
      return tfail();
  }
  if (dict_getitem_str(type->dict, "__eq__") && !dict_getitem_str(type->dict, "__hash__")) {
    if (dict_setitem_str(type->dict, "__hash__", None) < 0)
      return tfail();
  }

  // __classcell__ is consumed here and filled once the class exists.
  Object* cell = dict_getitem_str(type->dict, "__classcell__");
  if (cell) {
    if (!cell_check(cell)) {
      err_format(TypeError, "__classcell__ must be a nonlocal cell, not {}", type_name_of(cell));
      return tfail();
    }
    incref(cell);
    if (dict_delitem_str(type->dict, "__classcell__") < 0) {
      decref(cell);
      return tfail();
    }
  }

  if (type_ready(type) < 0) {
    xdecref(cell);
    return tfail();
  }
  type_fixup_slots(type);
  type_modified(type);
  if (cell) {
    setref(static_cast<CellObject*>(cell)->ref, newref(static_cast<Object*>(type)));
    decref(cell);
  }
  if (set_names(type) < 0 || init_subclass(type, kwds) < 0)
    return tfail();
  return type;
}

Object* type_impl::type_new_slot(TypeObject* metatype, Object* args, Object* kwargs) {
  ssize nargs = args ? tuple_size(args) : 0;
  if (metatype == &TypeType && nargs == 1 && (!kwargs || dict_size(kwargs) == 0))
    return newref(static_cast<Object*>(tuple_get(args, 0)->type));
  if (nargs != 3)
    return err_format(TypeError, "type.__new__() takes exactly 3 arguments ({} given)", nargs);
  Object* name = tuple_get(args, 0);
  Object* bases = tuple_get(args, 1);
  Object* dict = tuple_get(args, 2);
  if (!str_check(name))
    return err_format(TypeError, "type.__new__() argument 1 must be str, not {}", arg_type_name(name));
  if (!tuple_check(bases))
    return err_format(TypeError, "type.__new__() argument 2 must be tuple, not {}", arg_type_name(bases));
  if (!dict_check(dict))
    return err_format(TypeError, "type.__new__() argument 3 must be dict, not {}", arg_type_name(dict));
  return type_new_from_spec(metatype, name, bases, dict, kwargs);
}

// ---------------------------------------------------------------- __bases__ assignment

static int mro_update_recursive(TypeObject* type, int depth) {
  if (depth > 500)
    return 0;
  if (type_mro_update(type) < 0)
    return -1;
  type_fixup_slots(type);
  Object* subs = type_subclasses_list(type);
  if (!subs)
    return -1;
  for (ssize i = 0; i < list_size(subs); i++) {
    if (mro_update_recursive(static_cast<TypeObject*>(list_get(subs, i)), depth + 1) < 0) {
      decref(subs);
      return -1;
    }
  }
  decref(subs);
  return 0;
}

int type_impl::type_set_bases(Object* self, Object* value, void*) {
  auto* type = static_cast<TypeObject*>(self);
  if (!type_has_flag(type, TPFLAG_HEAPTYPE) || type_has_flag(type, TPFLAG_IMMUTABLETYPE)) {
    err_format(TypeError, "cannot set '__bases__' attribute of immutable type '{}'", type_name(type));
    return -1;
  }
  if (!value) {
    err_format(TypeError, "cannot delete '__bases__' attribute of immutable type '{}'", type_name(type));
    return -1;
  }
  if (!tuple_check(value)) {
    err_format(TypeError, "can only assign tuple to {}.__bases__, not {}", type_name(type),
               type_name_of(value));
    return -1;
  }
  if (tuple_size(value) == 0) {
    err_format(TypeError, "can only assign non-empty tuple to {}.__bases__, not ()", type_name(type));
    return -1;
  }
  for (ssize i = 0; i < tuple_size(value); i++) {
    Object* b = tuple_get(value, i);
    if (!type_check(b)) {
      err_format(TypeError, "{}.__bases__ must be tuple of classes, not '{}'", type_name(type),
                 type_name_of(b));
      return -1;
    }
    if (type_is_subtype(static_cast<TypeObject*>(b), type)) {
      err_set_string(TypeError, "a __bases__ item causes an inheritance cycle");
      return -1;
    }
  }
  TypeObject* new_base = best_base(value);
  if (!new_base)
    return -1;
  TypeObject* old_base = type->base;
  if (!compatible_for_assignment(old_base, new_base, "__bases__"))
    return -1;
  Object* old_bases = type->bases;
  for (ssize i = 0; i < tuple_size(old_bases); i++)
    type_remove_subclass(static_cast<TypeObject*>(tuple_get(old_bases, i)), type);
  type->bases = newref(value);
  type->base = newref(new_base);
  if (mro_update_recursive(type, 0) < 0) {
    // Restore the previous hierarchy.
    Object* err = err_fetch();
    decref(type->bases);
    type->bases = old_bases;
    decref(type->base);
    type->base = old_base;
    if (mro_update_recursive(type, 0) < 0)
      err_clear();
    for (ssize i = 0; i < tuple_size(old_bases); i++)
      type_add_subclass(static_cast<TypeObject*>(tuple_get(old_bases, i)), type);
    err_restore(err);
    return -1;
  }
  for (ssize i = 0; i < tuple_size(value); i++)
    if (type_add_subclass(static_cast<TypeObject*>(tuple_get(value, i)), type) < 0)
      err_clear();
  decref(old_bases);
  decref(old_base);
  type_modified(type);
  return 0;
}

} // namespace coil
