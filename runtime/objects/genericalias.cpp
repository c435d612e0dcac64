// types.GenericAlias (list[int]) and types.UnionType (int | str), plus the
// `__class_getitem__` of the built-in containers and `type.__or__`.
//
// Invariants
// - A GenericAlias holds its origin and a tuple of args (a single subscript
//   is stored as a 1-tuple). Attribute access other than its own
//   attributes is forwarded to the origin, as CPython.
// - __parameters__ is computed on first access (CPython 3.11's rule: the
//   args that have __typing_subst__, i.e. type variables, and the
//   __parameters__ of the other non-type args, first-seen order, no
//   duplicates); `parameters` is nullptr until then.  Subscripting an alias
//   substitutes those parameters (list[T][int] is list[int]).
// - A UnionType's args are flattened (no nested unions), deduplicated, in
//   first-seen order, with None stored as NoneType; a union of one type is
//   that type itself.
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include <fmt/format.h>

#include <string>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_impl.h"
#include "runtime/runtime.h"

namespace coil {

using namespace type_impl;

struct GenericAliasObject : Object {
  Object* origin;
  Object* args; // tuple
  Object* parameters;
};
struct UnionObject : Object {
  Object* args; // tuple
  Object* parameters;
};

static bool is_generic_alias(Object* o) {
  return o->type == &GenericAliasType;
}
static bool is_union(Object* o) {
  return o->type == &UnionType;
}

// repr of one item inside list[...] / int | str.
static bool repr_item(std::string& out, Object* p) {
  if (p == Ellipsis) {
    out += "...";
    return true;
  }
  if (p == static_cast<Object*>(&NoneType) || p == None) {
    out += "None";
    return true;
  }
  if (type_check(p) && !is_generic_alias(p)) {
    Object* full = type_full_name(static_cast<TypeObject*>(p));
    if (!full)
      return false;
    out += str_to_std(full);
    decref(full);
    return true;
  }
  Object* r = object_repr(p);
  if (!r)
    return false;
  out += str_to_std(r);
  decref(r);
  return true;
}

// ---------------------------------------------------------------- parameters and substitution

// getattr without AttributeError: nullptr with *error == 0 when missing.
static Object* lookup_attr_str(Object* o, const char* name, int* error) {
  Object* n = str_from_ascii(name);
  if (!n) {
    *error = 1;
    return nullptr;
  }
  Object* r = object_lookup_attr(o, n, error);
  decref(n);
  return r;
}

static ssize index_in(Object* params, Object* p) {
  for (ssize i = 0; i < tuple_size(params); i++)
    if (tuple_get(params, i) == p)
      return i;
  return -1;
}

// The type parameters of a tuple of args (see the invariants).
static Object* make_parameters(Object* args) {
  Object* params = list_new(0);
  if (!params)
    return nullptr;
  auto add = [&](Object* p) -> int {
    for (ssize k = 0; k < list_size(params); k++)
      if (list_get(params, k) == p)
        return 0;
    return list_append(params, p);
  };
  bool ok = true;
  for (ssize i = 0; ok && i < tuple_size(args); i++) {
    Object* a = tuple_get(args, i);
    if (type_check(a))
      continue;
    int error = 0;
    Object* subst = lookup_attr_str(a, "__typing_subst__", &error);
    if (error) {
      ok = false;
      break;
    }
    if (subst) {
      decref(subst);
      ok = add(a) >= 0;
      continue;
    }
    Object* sub = lookup_attr_str(a, "__parameters__", &error);
    if (error) {
      ok = false;
      break;
    }
    if (sub && tuple_check(sub))
      for (ssize j = 0; ok && j < tuple_size(sub); j++)
        ok = add(tuple_get(sub, j)) >= 0;
    xdecref(sub);
  }
  if (!ok) {
    decref(params);
    return nullptr;
  }
  Object* result = list_as_tuple(params);
  decref(params);
  return result;
}

// Borrowed: the cached parameters of an alias or union (computed once).
static Object* cached_parameters(Object*& slot, Object* args) {
  if (!slot)
    slot = make_parameters(args);
  return slot;
}

// One arg with the parameters replaced by the matching items: a type stays,
// a type variable becomes its item (through __typing_subst__), anything with
// __parameters__ is subscripted with the items of its own parameters.
static Object* substitute_arg(Object* arg, Object* params, Object* items) {
  if (type_check(arg))
    return newref(arg);
  int error = 0;
  Object* subst = lookup_attr_str(arg, "__typing_subst__", &error);
  if (error)
    return nullptr;
  if (subst) {
    Object* r = object_call_one(subst, tuple_get(items, index_in(params, arg)));
    decref(subst);
    return r;
  }
  Object* sub = lookup_attr_str(arg, "__parameters__", &error);
  if (error)
    return nullptr;
  if (!sub || !tuple_check(sub) || tuple_size(sub) == 0) {
    xdecref(sub);
    return newref(arg);
  }
  Object* subargs = tuple_new(tuple_size(sub));
  if (!subargs) {
    decref(sub);
    return nullptr;
  }
  for (ssize j = 0; j < tuple_size(sub); j++) {
    Object* p = tuple_get(sub, j);
    ssize k = index_in(params, p);
    tuple_set(subargs, j, newref(k >= 0 ? tuple_get(items, k) : p));
  }
  decref(sub);
  Object* r = object_getitem(arg, subargs);
  decref(subargs);
  return r;
}

// args with params replaced by `item` (one item or a tuple of them); the
// error messages are CPython's, naming `self`.
static Object* substitute_args(Object* self, Object* args, Object* params, Object* item) {
  ssize nparams = tuple_size(params);
  if (nparams == 0) {
    Object* r = object_repr(self);
    if (r) {
      err_set_string(TypeError, fmt::format("{} is not a generic class", str_to_std(r)).c_str());
      decref(r);
    }
    return nullptr;
  }
  Object* items = tuple_check(item) ? newref(item) : tuple_pack({item});
  if (!items)
    return nullptr;
  ssize nitems = tuple_size(items);
  if (nitems != nparams) {
    Object* r = object_repr(self);
    if (r) {
      err_set_string(TypeError, fmt::format("Too {} arguments for {}; actual {}, expected {}",
                                            nitems > nparams ? "many" : "few", str_to_std(r), nitems, nparams)
                                    .c_str());
      decref(r);
    }
    decref(items);
    return nullptr;
  }
  Object* out = tuple_new(tuple_size(args));
  if (!out) {
    decref(items);
    return nullptr;
  }
  for (ssize i = 0; i < tuple_size(args); i++) {
    Object* a = substitute_arg(tuple_get(args, i), params, items);
    if (!a) {
      for (ssize j = i; j < tuple_size(args); j++)
        tuple_set(out, j, newref(None));
      decref(out);
      decref(items);
      return nullptr;
    }
    tuple_set(out, i, a);
  }
  decref(items);
  return out;
}

// ---------------------------------------------------------------- GenericAlias

Object* generic_alias_new(Object* origin, Object* args) {
  Object* targs = tuple_check(args) ? newref(args) : tuple_pack({args});
  if (!targs)
    return nullptr;
  auto* ga = reinterpret_cast<GenericAliasObject*>(gc_alloc(&GenericAliasType, sizeof(GenericAliasObject)));
  if (!ga) {
    decref(targs);
    return nullptr;
  }
  ga->origin = newref(origin);
  ga->args = targs;
  ga->parameters = nullptr;
  gc_track(ga);
  return ga;
}

static Object* ga_type_new(TypeObject*, Object* args, Object* kwargs) {
  if (no_keywords_dict("GenericAlias", kwargs) < 0)
    return nullptr;
  ssize n = args ? tuple_size(args) : 0;
  if (check_nargs("GenericAlias", n, 2, 2) < 0)
    return nullptr;
  return generic_alias_new(tuple_get(args, 0), tuple_get(args, 1));
}

static void ga_dealloc(Object* o) {
  auto* ga = static_cast<GenericAliasObject*>(o);
  gc_untrack(o);
  clear_ref(ga->origin);
  clear_ref(ga->args);
  clear_ref(ga->parameters);
  gc_free(o);
}

static int ga_traverse(Object* o, VisitFn visit, void* arg) {
  auto* ga = static_cast<GenericAliasObject*>(o);
  Object* refs[] = {ga->origin, ga->args, ga->parameters};
  for (Object* r : refs)
    if (r)
      if (int v = visit(r, arg))
        return v;
  return 0;
}

static Object* ga_repr(Object* self) {
  auto* ga = static_cast<GenericAliasObject*>(self);
  std::string s;
  if (!repr_item(s, ga->origin))
    return nullptr;
  s += '[';
  ssize n = tuple_size(ga->args);
  if (n == 0)
    s += "()";
  for (ssize i = 0; i < n; i++) {
    if (i)
      s += ", ";
    if (!repr_item(s, tuple_get(ga->args, i)))
      return nullptr;
  }
  s += ']';
  return str_from_utf8(s);
}

static Object* ga_call(Object* self, Object* args, Object* kwargs) {
  auto* ga = static_cast<GenericAliasObject*>(self);
  Object* obj = object_call(ga->origin, args, kwargs);
  if (!obj)
    return nullptr;
  if (object_setattr_str(obj, "__orig_class__", self) < 0) {
    if (!err_matches(AttributeError) && !err_matches(TypeError)) {
      decref(obj);
      return nullptr;
    }
    err_clear();
  }
  return obj;
}

static const char* const ga_own_attrs[] = {
    "__class__",       "__origin__",     "__args__",
    "__unpacked__",    "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce_ex__",  "__reduce__",
    "__copy__",        "__deepcopy__"};

static Object* ga_getattro(Object* self, Object* name) {
  if (str_check(name)) {
    bool own = false;
    for (const char* a : ga_own_attrs)
      own |= str_equal_ascii(name, a);
    if (!own)
      return object_getattr(static_cast<GenericAliasObject*>(self)->origin, name);
  }
  return object_generic_getattr(self, name);
}

static Object* ga_richcompare(Object* a, Object* b, int op) {
  if (!is_generic_alias(b) || (op != CMP_EQ && op != CMP_NE))
    return newref(NotImplemented);
  auto* x = static_cast<GenericAliasObject*>(a);
  auto* y = static_cast<GenericAliasObject*>(b);
  int eq = object_richcompare_bool(x->origin, y->origin, CMP_EQ);
  if (eq < 0)
    return nullptr;
  if (eq) {
    eq = object_richcompare_bool(x->args, y->args, CMP_EQ);
    if (eq < 0)
      return nullptr;
  }
  return bool_from(op == CMP_EQ ? eq != 0 : eq == 0);
}

static hash_t ga_hash(Object* self) {
  auto* ga = static_cast<GenericAliasObject*>(self);
  hash_t h0 = object_hash(ga->origin);
  if (h0 == -1)
    return -1;
  hash_t h1 = object_hash(ga->args);
  if (h1 == -1)
    return -1;
  hash_t h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

static Object* ga_mro_entries(Object* self, Object*) {
  return tuple_pack({static_cast<GenericAliasObject*>(self)->origin});
}

static Object* ga_instancecheck(Object*, Object*) {
  return err_set_string(TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Object* ga_subclasscheck(Object*, Object*) {
  return err_set_string(TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static Object* ga_reduce(Object* self, Object*) {
  auto* ga = static_cast<GenericAliasObject*>(self);
  Object* inner = tuple_pack({ga->origin, ga->args});
  if (!inner)
    return nullptr;
  Object* r = tuple_pack({self->type, inner});
  decref(inner);
  return r;
}

static Object* ga_parameters(Object* self, void*) {
  auto* ga = static_cast<GenericAliasObject*>(self);
  return xnewref(cached_parameters(ga->parameters, ga->args));
}

static Object* ga_getitem(Object* self, Object* item) {
  auto* ga = static_cast<GenericAliasObject*>(self);
  Object* params = cached_parameters(ga->parameters, ga->args);
  if (!params)
    return nullptr;
  Object* args = substitute_args(self, ga->args, params, item);
  if (!args)
    return nullptr;
  Object* r = generic_alias_new(ga->origin, args);
  decref(args);
  return r;
}

static MappingMethods ga_as_mapping = {nullptr, ga_getitem, nullptr};

static GetSetDef ga_getset[] = {
    {"__parameters__", ga_parameters, nullptr, "Type variables in the GenericAlias.", nullptr},
    {},
};

static Object* union_or(Object* a, Object* b);

static MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, METH_O, nullptr},
    {"__instancecheck__", ga_instancecheck, METH_O, nullptr},
    {"__subclasscheck__", ga_subclasscheck, METH_O, nullptr},
    {"__reduce__", ga_reduce, METH_NOARGS, nullptr},
    {},
};

static MemberDef ga_members[] = {
    {"__origin__", MEMBER_OBJECT, offsetof(GenericAliasObject, origin), MEMBER_READONLY, nullptr},
    {"__args__", MEMBER_OBJECT, offsetof(GenericAliasObject, args), MEMBER_READONLY, nullptr},
    {},
};

static NumberMethods ga_as_number = [] {
  NumberMethods m{};
  m.or_ = union_or;
  return m;
}();

TypeObject GenericAliasType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "types.GenericAlias";
  t.basicsize = sizeof(GenericAliasObject);
  t.dealloc = ga_dealloc;
  t.repr = ga_repr;
  t.as_number = &ga_as_number;
  t.hash = ga_hash;
  t.call = ga_call;
  t.getattro = ga_getattro;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  t.doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ "
          "is (int,).";
  t.traverse = ga_traverse;
  t.richcompare = ga_richcompare;
  t.methods = ga_methods;
  t.members = ga_members;
  t.getset = ga_getset;
  t.as_mapping = &ga_as_mapping;
  t.new_ = ga_type_new;
  return t;
}();
COIL_REGISTER_TYPE(GenericAliasType);

// ---------------------------------------------------------------- UnionType

static bool is_unionable(Object* o) {
  return o == None || type_check(o) || is_generic_alias(o) || is_union(o);
}

static int union_add(Object* list, Object* item) {
  if (item == None)
    item = &NoneType;
  for (ssize i = 0; i < list_size(list); i++) {
    Object* e = list_get(list, i);
    if (e == item)
      return 0;
    if (is_generic_alias(e) && is_generic_alias(item)) {
      int eq = object_richcompare_bool(e, item, CMP_EQ);
      if (eq != 0)
        return eq < 0 ? -1 : 0;
    }
  }
  return list_append(list, item);
}

static Object* union_or(Object* a, Object* b) {
  if (!is_unionable(a) || !is_unionable(b))
    return newref(NotImplemented);
  Object* list = list_new(0);
  if (!list)
    return nullptr;
  for (Object* side : {a, b}) {
    if (is_union(side)) {
      Object* args = static_cast<UnionObject*>(side)->args;
      for (ssize i = 0; i < tuple_size(args); i++)
        if (union_add(list, tuple_get(args, i)) < 0) {
          decref(list);
          return nullptr;
        }
    } else if (union_add(list, side) < 0) {
      decref(list);
      return nullptr;
    }
  }
  if (list_size(list) == 1) {
    Object* only = newref(list_get(list, 0));
    decref(list);
    return only;
  }
  Object* args = list_as_tuple(list);
  decref(list);
  if (!args)
    return nullptr;
  auto* u = reinterpret_cast<UnionObject*>(gc_alloc(&UnionType, sizeof(UnionObject)));
  if (!u) {
    decref(args);
    return nullptr;
  }
  u->args = args;
  u->parameters = nullptr;
  gc_track(u);
  return u;
}

Object* type_or(Object* a, Object* b) {
  return union_or(a, b);
}

static void union_dealloc(Object* o) {
  auto* u = static_cast<UnionObject*>(o);
  gc_untrack(o);
  clear_ref(u->args);
  clear_ref(u->parameters);
  gc_free(o);
}

static int union_traverse(Object* o, VisitFn visit, void* arg) {
  auto* u = static_cast<UnionObject*>(o);
  if (u->args)
    if (int r = visit(u->args, arg))
      return r;
  return u->parameters ? visit(u->parameters, arg) : 0;
}

static Object* union_repr(Object* self) {
  Object* args = static_cast<UnionObject*>(self)->args;
  std::string s;
  for (ssize i = 0; i < tuple_size(args); i++) {
    if (i)
      s += " | ";
    if (!repr_item(s, tuple_get(args, i)))
      return nullptr;
  }
  return str_from_utf8(s);
}

static int union_contains_all(Object* a, Object* b) {
  for (ssize i = 0; i < tuple_size(a); i++) {
    bool found = false;
    for (ssize j = 0; j < tuple_size(b) && !found; j++) {
      int eq = object_richcompare_bool(tuple_get(a, i), tuple_get(b, j), CMP_EQ);
      if (eq < 0)
        return -1;
      found = eq != 0;
    }
    if (!found)
      return 0;
  }
  return 1;
}

static Object* union_richcompare(Object* a, Object* b, int op) {
  if (!is_union(b) || (op != CMP_EQ && op != CMP_NE))
    return newref(NotImplemented);
  Object* x = static_cast<UnionObject*>(a)->args;
  Object* y = static_cast<UnionObject*>(b)->args;
  int eq = union_contains_all(x, y);
  if (eq > 0)
    eq = union_contains_all(y, x);
  if (eq < 0)
    return nullptr;
  return bool_from(op == CMP_EQ ? eq != 0 : eq == 0);
}

static hash_t union_hash(Object* self) {
  Object* args = static_cast<UnionObject*>(self)->args;
  hash_t h = 0x5a17;
  for (ssize i = 0; i < tuple_size(args); i++) {
    hash_t x = object_hash(tuple_get(args, i));
    if (x == -1)
      return -1;
    h ^= x; // order-independent, as the frozenset CPython hashes
  }
  return h == -1 ? -2 : h;
}

static Object* union_check(Object* self, Object* arg, bool instance) {
  Object* args = static_cast<UnionObject*>(self)->args;
  for (ssize i = 0; i < tuple_size(args); i++) {
    if (is_generic_alias(tuple_get(args, i)))
      return err_format(TypeError, "{}() argument 2 cannot contain a parameterized generic",
                        instance ? "isinstance" : "issubclass");
  }
  for (ssize i = 0; i < tuple_size(args); i++) {
    int r =
        instance ? object_isinstance(arg, tuple_get(args, i)) : object_issubclass(arg, tuple_get(args, i));
    if (r < 0)
      return nullptr;
    if (r)
      return bool_from(true);
  }
  return bool_from(false);
}

static Object* union_instancecheck(Object* self, Object* inst) {
  return union_check(self, inst, true);
}
static Object* union_subclasscheck(Object* self, Object* sub) {
  return union_check(self, sub, false);
}

static Object* union_parameters(Object* self, void*) {
  auto* u = static_cast<UnionObject*>(self);
  return xnewref(cached_parameters(u->parameters, u->args));
}

// (int | T)[str]: the args substituted, then joined again with `|`.
static Object* union_getitem(Object* self, Object* item) {
  auto* u = static_cast<UnionObject*>(self);
  Object* params = cached_parameters(u->parameters, u->args);
  if (!params)
    return nullptr;
  Object* args = substitute_args(self, u->args, params, item);
  if (!args)
    return nullptr;
  Object* result = newref(tuple_get(args, 0));
  for (ssize i = 1; result && i < tuple_size(args); i++) {
    Object* next = binary_op(result, tuple_get(args, i), NB_OR);
    decref(result);
    result = next;
  }
  decref(args);
  return result;
}

static MappingMethods union_as_mapping = {nullptr, union_getitem, nullptr};

static GetSetDef union_getset[] = {
    {"__parameters__", union_parameters, nullptr, "Type variables in the types.UnionType.", nullptr},
    {},
};

static MethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, METH_O, nullptr},
    {"__subclasscheck__", union_subclasscheck, METH_O, nullptr},
    {},
};

static MemberDef union_members[] = {
    {"__args__", MEMBER_OBJECT, offsetof(UnionObject, args), MEMBER_READONLY, nullptr},
    {},
};

static NumberMethods union_as_number = [] {
  NumberMethods m{};
  m.or_ = union_or;
  return m;
}();

TypeObject UnionType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "types.UnionType";
  t.basicsize = sizeof(UnionObject);
  t.dealloc = union_dealloc;
  t.repr = union_repr;
  t.as_number = &union_as_number;
  t.hash = union_hash;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC;
  t.doc = "Represent a PEP 604 union type\n\nE.g. for int | str";
  t.traverse = union_traverse;
  t.richcompare = union_richcompare;
  t.methods = union_methods;
  t.members = union_members;
  t.getset = union_getset;
  t.as_mapping = &union_as_mapping;
  return t;
}();
COIL_REGISTER_TYPE(UnionType);

// ---------------------------------------------------------------- __class_getitem__ of built-in containers

static Object* generic_class_getitem(Object* cls, Object* item) {
  return generic_alias_new(cls, item);
}

static MethodDef class_getitem_def = {"__class_getitem__", generic_class_getitem, METH_O | METH_CLASS,
                                      "See PEP 585"};

// CPython defines __class_getitem__ in the method tables of these types; Coil
// adds it here, once all types are ready, so each container file need not.
static int add_class_getitem() {
  TypeObject* types[] = {&ListType, &DictType, &TupleType, &SetType, &FrozenSetType};
  for (TypeObject* t : types) {
    if (!t->dict || dict_getitem_str(t->dict, "__class_getitem__"))
      continue;
    Object* d = descr_new_classmethod(t, &class_getitem_def);
    if (!d)
      return -1;
    int r = dict_setitem_str(t->dict, "__class_getitem__", d);
    decref(d);
    if (r < 0)
      return -1;
    type_modified(t);
  }
  return 0;
}
COIL_REGISTER_INIT(0, add_class_getitem);

} // namespace coil
