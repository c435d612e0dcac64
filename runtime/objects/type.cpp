// The type `type` (TypeType): readying static types, the MRO, attribute
// lookup with a method cache, attribute get/set on classes, type(...) calls,
// the subclass registry, and isinstance/issubclass.
//
// Invariants
// - version_tag is nonzero for every ready type and changes (fresh global
//   value) whenever the type's dict or MRO, or that of any base, changes:
//   type_modified() re-tags the type and, recursively, its subclasses. The
//   method cache and the interpreter's inline caches key on it.
// - Type dicts are only mutated through type_setattro or followed by
//   type_modified(); the method cache holds borrowed values.
// - TypeObject::subclasses maps int(id(sub)) -> int(id(sub)); a heap type
//   removes itself from its bases' registries in its dealloc, so every id in
//   a registry denotes a live type.
// - Static types are IMMUTABLETYPE; only heap types accept attribute sets.
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include <fmt/format.h>

#include <cstring>
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/dict_split.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_impl.h"
#include "runtime/recursion.h"
#include "runtime/runtime.h"

namespace coil {

using namespace type_impl;

// ---------------------------------------------------------------- version tags and method cache

static unsigned int next_version_tag = 1;

static void assign_version_tag(TypeObject* type) noexcept {
  type->version_tag = next_version_tag++;
  if (next_version_tag == 0)
    next_version_tag = 1;
}

namespace {
struct CacheEntry {
  unsigned int version;
  Object* name;  // strong
  Object* value; // borrowed
};
constexpr size_t CACHE_SIZE = 4096;
CacheEntry method_cache[CACHE_SIZE];

inline size_t cache_index(unsigned int version, Object* name) {
  uintptr_t p = reinterpret_cast<uintptr_t>(name);
  return (static_cast<size_t>(version) * 2654435761u ^ (p >> 4)) & (CACHE_SIZE - 1);
}
} // namespace

void type_clear_cache() noexcept {
  for (CacheEntry& e : method_cache) {
    Object* name = e.name;
    e = CacheEntry{0, nullptr, nullptr};
    xdecref(name);
  }
}

void type_modified(TypeObject* type) noexcept {
  if (!type_has_flag(type, TPFLAG_READY) && type->version_tag == 0)
    return;
  assign_version_tag(type);
  if (!type->subclasses)
    return;
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(type->subclasses, &pos, &k, &v)) {
    bool overflow;
    auto* sub = reinterpret_cast<TypeObject*>(static_cast<uintptr_t>(int_as_i64(v, &overflow)));
    type_modified(sub);
  }
}

Object* type_lookup_uncached(TypeObject* type, Object* name) noexcept {
  Object* mro = type->mro;
  if (mro) {
    ssize n = tuple_size(mro);
    for (ssize i = 0; i < n; i++) {
      auto* t = static_cast<TypeObject*>(tuple_get(mro, i));
      if (!t->dict)
        continue;
      Object* r = dict_getitem(t->dict, name);
      if (r)
        return r;
      if (err_occurred())
        err_clear();
    }
    return nullptr;
  }
  for (TypeObject* t = type; t; t = t->base) {
    if (!t->dict)
      continue;
    Object* r = dict_getitem(t->dict, name);
    if (r)
      return r;
    if (err_occurred())
      err_clear();
  }
  return nullptr;
}

Object* type_lookup(TypeObject* type, Object* name) noexcept {
  unsigned int v = type->version_tag;
  if (v == 0 || !str_check_exact(name))
    return type_lookup_uncached(type, name);
  CacheEntry& e = method_cache[cache_index(v, name)];
  if (e.version == v && e.name == name)
    return e.value;
  // The lookup may run no Python code (str keys), but preserve a pending exception.
  Object* pending = err_occurred() ? err_fetch() : nullptr;
  Object* r = type_lookup_uncached(type, name);
  if (pending)
    err_restore(pending);
  e.version = v;
  incref(name);
  Object* old = e.name;
  e.name = name;
  e.value = r;
  xdecref(old);
  return r;
}

// ---------------------------------------------------------------- subclass registry

int type_add_subclass(TypeObject* base, TypeObject* sub) {
  if (!base->subclasses) {
    base->subclasses = dict_new();
    if (!base->subclasses)
      return -1;
  }
  Object* key = int_from_u64(reinterpret_cast<uintptr_t>(sub));
  if (!key)
    return -1;
  int r = dict_setitem(base->subclasses, key, key);
  decref(key);
  return r;
}

void type_remove_subclass(TypeObject* base, TypeObject* sub) {
  if (!base->subclasses)
    return;
  Object* pending = err_occurred() ? err_fetch() : nullptr;
  Object* key = int_from_u64(reinterpret_cast<uintptr_t>(sub));
  if (key) {
    if (dict_delitem(base->subclasses, key) < 0)
      err_clear();
    decref(key);
  } else {
    err_clear();
  }
  if (pending)
    err_restore(pending);
}

Object* type_subclasses_list(TypeObject* type) {
  Object* list = list_new(0);
  if (!list || !type->subclasses)
    return list;
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(type->subclasses, &pos, &k, &v)) {
    bool overflow;
    auto* sub = reinterpret_cast<Object*>(static_cast<uintptr_t>(int_as_i64(v, &overflow)));
    if (list_append(list, sub) < 0) {
      decref(list);
      return nullptr;
    }
  }
  return list;
}

// ---------------------------------------------------------------- names

Object* type_qualname(TypeObject* type) {
  if (type_has_flag(type, TPFLAG_HEAPTYPE) && type->qualname)
    return newref(type->qualname);
  return str_from_utf8(type_name(type));
}

Object* type_module(TypeObject* type) {
  if (type_has_flag(type, TPFLAG_HEAPTYPE)) {
    Object* m = type->dict ? dict_getitem_str(type->dict, "__module__") : nullptr;
    if (!m)
      return err_set_string(AttributeError, "__module__");
    return newref(m);
  }
  const char* dot = strrchr(type->name, '.');
  if (dot)
    return str_from_utf8(std::string_view(type->name, static_cast<size_t>(dot - type->name)));
  return newref(COIL_NAME("builtins"));
}

// ---------------------------------------------------------------- MRO

static Object* class_name_list(const std::vector<TypeObject*>& types) {
  std::string s;
  std::vector<TypeObject*> seen;
  for (TypeObject* t : types) {
    bool dup = false;
    for (TypeObject* u : seen)
      dup |= u == t;
    if (dup)
      continue;
    seen.push_back(t);
    if (!s.empty())
      s += ", ";
    s += type_name(t);
  }
  return str_from_utf8(s);
}

Object* type_mro_c3(TypeObject* type) {
  Object* bases = type->bases;
  ssize nb = bases ? tuple_size(bases) : 0;
  if (nb == 0) {
    return tuple_pack({type});
  }
  if (nb == 1) {
    auto* b = static_cast<TypeObject*>(tuple_get(bases, 0));
    if (!b->mro)
      return err_format(TypeError, "Cannot extend an incomplete type '{}'", type_name(b));
    ssize n = tuple_size(b->mro);
    Object* r = tuple_new(n + 1);
    if (!r)
      return nullptr;
    tuple_set(r, 0, newref(static_cast<Object*>(type)));
    for (ssize i = 0; i < n; i++)
      tuple_set(r, i + 1, newref(tuple_get(b->mro, i)));
    return r;
  }
  // Duplicate bases.
  for (ssize i = 0; i < nb; i++)
    for (ssize j = i + 1; j < nb; j++)
      if (tuple_get(bases, i) == tuple_get(bases, j)) {
        Object* o = tuple_get(bases, i);
        return err_format(TypeError, "duplicate base class {}",
                          type_check(o) ? type_name(static_cast<TypeObject*>(o)) : "?");
      }
  std::vector<std::vector<TypeObject*>> seqs;
  for (ssize i = 0; i < nb; i++) {
    auto* b = static_cast<TypeObject*>(tuple_get(bases, i));
    if (!b->mro)
      return err_format(TypeError, "Cannot extend an incomplete type '{}'", type_name(b));
    std::vector<TypeObject*> s;
    for (ssize j = 0; j < tuple_size(b->mro); j++)
      s.push_back(static_cast<TypeObject*>(tuple_get(b->mro, j)));
    seqs.push_back(std::move(s));
  }
  {
    std::vector<TypeObject*> s;
    for (ssize i = 0; i < nb; i++)
      s.push_back(static_cast<TypeObject*>(tuple_get(bases, i)));
    seqs.push_back(std::move(s));
  }
  std::vector<size_t> heads(seqs.size(), 0);
  std::vector<TypeObject*> result{type};
  for (;;) {
    bool empty = true;
    bool progressed = false;
    for (size_t i = 0; i < seqs.size(); i++) {
      if (heads[i] >= seqs[i].size())
        continue;
      empty = false;
      TypeObject* cand = seqs[i][heads[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; j++)
        for (size_t k = heads[j] + 1; k < seqs[j].size(); k++)
          if (seqs[j][k] == cand) {
            in_tail = true;
            break;
          }
      if (in_tail)
        continue;
      result.push_back(cand);
      for (size_t j = 0; j < seqs.size(); j++)
        if (heads[j] < seqs[j].size() && seqs[j][heads[j]] == cand)
          heads[j]++;
      progressed = true;
      break;
    }
    if (empty)
      break;
    if (!progressed) {
      std::vector<TypeObject*> remaining;
      for (size_t i = 0; i < seqs.size(); i++)
        if (heads[i] < seqs[i].size())
          remaining.push_back(seqs[i][heads[i]]);
      Object* names = class_name_list(remaining);
      if (!names)
        return nullptr;
      err_format(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                 str_view(names));
      decref(names);
      return nullptr;
    }
  }
  Object* r = tuple_new(static_cast<ssize>(result.size()));
  if (!r)
    return nullptr;
  for (size_t i = 0; i < result.size(); i++)
    tuple_set(r, static_cast<ssize>(i), newref(static_cast<Object*>(result[i])));
  return r;
}

int type_mro_update(TypeObject* type) {
  Object* mro;
  TypeObject* meta = type->type;
  bool custom = false;
  if (meta != &TypeType && type_has_flag(meta, TPFLAG_HEAPTYPE)) {
    Object* m = type_lookup(meta, COIL_NAME("mro"));
    Object* base_m = TypeType.dict ? dict_getitem_str(TypeType.dict, "mro") : nullptr;
    custom = m && m != base_m;
  }
  if (custom) {
    Object* r = call_special_required(type, COIL_NAME("mro"), nullptr, 0);
    if (!r)
      return -1;
    mro = sequence_tuple(r);
    decref(r);
    if (!mro)
      return -1;
    for (ssize i = 0; i < tuple_size(mro); i++) {
      Object* c = tuple_get(mro, i);
      if (!type_check(c)) {
        err_format(TypeError, "mro() returned a non-class ('{}')", type_name_of(c));
        decref(mro);
        return -1;
      }
      if (!type_is_subtype(type, solid_static_base(static_cast<TypeObject*>(c)))) {
        err_format(TypeError, "mro() returned base with unsuitable layout ('{}')",
                   type_name(static_cast<TypeObject*>(c)));
        decref(mro);
        return -1;
      }
    }
  } else {
    mro = type_mro_c3(type);
    if (!mro)
      return -1;
  }
  setref(type->mro, mro);
  type_modified(type);
  return 0;
}

// ---------------------------------------------------------------- __new__ wrapper for static types

static Object* tp_new_wrapper(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  auto* type = static_cast<TypeObject*>(self);
  if (nargs < 1)
    return err_format(TypeError, "{}.__new__(): not enough arguments", type_name(type));
  Object* arg0 = args[0];
  if (!type_check(arg0))
    return err_format(TypeError, "{}.__new__(X): X is not a type object ({})", type_name(type),
                      type_name_of(arg0));
  auto* subtype = static_cast<TypeObject*>(arg0);
  if (!type_is_subtype(subtype, type))
    return err_format(TypeError, "{}.__new__({}): {} is not a subtype of {}", type_name(type),
                      type_name(subtype), type_name(subtype), type_name(type));
  // The most derived static base of subtype must use type's new_.
  TypeObject* staticbase = subtype;
  while (staticbase && staticbase->new_ && type_has_flag(staticbase, TPFLAG_HEAPTYPE))
    staticbase = staticbase->base;
  if (staticbase && staticbase->new_ != type->new_)
    return err_format(TypeError, "{}.__new__({}) is not safe, use {}.__new__()", type_name(type),
                      type_name(subtype), type_name(staticbase));
  Object *targs, *tkw;
  if (args_to_tuple_dict(args + 1, nargs - 1, kwnames, &targs, &tkw) < 0)
    return nullptr;
  Object* r = type->new_(subtype, targs, tkw);
  decref(targs);
  xdecref(tkw);
  return r;
}

static MethodDef tp_new_def = {"__new__", reinterpret_cast<MethodFn>(tp_new_wrapper),
                               METH_FASTCALL | METH_KEYWORDS,
                               "Create and return a new object.  See help(type) for accurate signature."};

bool type_impl::is_tp_new_wrapper(Object* o) noexcept {
  return o->type == &BuiltinFunctionType && static_cast<BuiltinFunctionObject*>(o)->def == &tp_new_def;
}

static int add_tp_new_wrapper(TypeObject* type) {
  if (dict_getitem_str(type->dict, "__new__"))
    return 0;
  Object* f = builtin_function_new(&tp_new_def, type, nullptr);
  if (!f)
    return -1;
  int r = dict_setitem_str(type->dict, "__new__", f);
  decref(f);
  return r;
}

// ---------------------------------------------------------------- type_ready

static int add_methods(TypeObject* type) {
  for (MethodDef* d = type->methods; d && d->name; d++) {
    if (dict_getitem_str(type->dict, d->name) && !(d->flags & METH_COEXIST))
      continue;
    Object* descr;
    if (d->flags & METH_CLASS) {
      descr = descr_new_classmethod(type, d);
    } else if (d->flags & METH_STATIC) {
      Object* f = builtin_function_new(d, nullptr, nullptr);
      if (!f)
        return -1;
      // CPython names a static method "type.name" in its call errors.
      std::string full = std::string(type_name(type)) + "." + d->name;
      static_cast<BuiltinFunctionObject*>(f)->error_name = strdup(full.c_str());
      descr = staticmethod_new(f);
      decref(f);
    } else {
      descr = descr_new_method(type, d);
    }
    if (!descr)
      return -1;
    int r = dict_setitem_str(type->dict, d->name, descr);
    decref(descr);
    if (r < 0)
      return -1;
  }
  for (MemberDef* m = type->members; m && m->name; m++) {
    if (dict_getitem_str(type->dict, m->name))
      continue;
    Object* descr = descr_new_member(type, m);
    if (!descr)
      return -1;
    int r = dict_setitem_str(type->dict, m->name, descr);
    decref(descr);
    if (r < 0)
      return -1;
  }
  for (GetSetDef* g = type->getset; g && g->name; g++) {
    if (dict_getitem_str(type->dict, g->name))
      continue;
    Object* descr = descr_new_getset(type, g);
    if (!descr)
      return -1;
    int r = dict_setitem_str(type->dict, g->name, descr);
    decref(descr);
    if (r < 0)
      return -1;
  }
  return 0;
}

static constexpr unsigned long SUBCLASS_FLAGS =
    TPFLAG_LONG_SUBCLASS | TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS | TPFLAG_BYTES_SUBCLASS |
    TPFLAG_UNICODE_SUBCLASS | TPFLAG_DICT_SUBCLASS | TPFLAG_BASE_EXC_SUBCLASS | TPFLAG_TYPE_SUBCLASS;

static void inherit_special(TypeObject* type, TypeObject* base) {
  if (!type_has_flag(type, TPFLAG_HAVE_GC) && type_has_flag(base, TPFLAG_HAVE_GC) && !type->traverse &&
      !type->clear) {
    type->flags |= TPFLAG_HAVE_GC;
    type->traverse = base->traverse;
    type->clear = base->clear;
  }
  type->flags |= base->flags & SUBCLASS_FLAGS;
  if (type->basicsize == 0)
    type->basicsize = base->basicsize;
  if (type->itemsize == 0)
    type->itemsize = base->itemsize;
  if (type->weaklistoffset == 0)
    type->weaklistoffset = base->weaklistoffset;
  if (type->dictoffset == 0)
    type->dictoffset = base->dictoffset;
}

template <class T> static void copy_if_null(T& dst, T src) {
  if (!dst)
    dst = src;
}

static bool overrides_hash(TypeObject* type) {
  return dict_getitem_str(type->dict, "__eq__") || dict_getitem_str(type->dict, "__hash__");
}

static void inherit_slots(TypeObject* type, TypeObject* base) {
  if (type->as_number && base->as_number && type->as_number != base->as_number) {
    NumberMethods* d = type->as_number;
    NumberMethods* s = base->as_number;
    constexpr size_t n = sizeof(NumberMethods) / sizeof(void*);
    void** dp = reinterpret_cast<void**>(d);
    void* const* sp = reinterpret_cast<void* const*>(s);
    for (size_t i = 0; i < n; i++)
      if (!dp[i])
        dp[i] = sp[i];
  }
  if (type->as_sequence && base->as_sequence && type->as_sequence != base->as_sequence) {
    SequenceMethods* d = type->as_sequence;
    SequenceMethods* s = base->as_sequence;
    copy_if_null(d->length, s->length);
    copy_if_null(d->concat, s->concat);
    copy_if_null(d->repeat, s->repeat);
    copy_if_null(d->item, s->item);
    copy_if_null(d->ass_item, s->ass_item);
    copy_if_null(d->contains, s->contains);
    copy_if_null(d->inplace_concat, s->inplace_concat);
    copy_if_null(d->inplace_repeat, s->inplace_repeat);
  }
  if (type->as_mapping && base->as_mapping && type->as_mapping != base->as_mapping) {
    copy_if_null(type->as_mapping->length, base->as_mapping->length);
    copy_if_null(type->as_mapping->subscript, base->as_mapping->subscript);
    copy_if_null(type->as_mapping->ass_subscript, base->as_mapping->ass_subscript);
  }
  copy_if_null(type->dealloc, base->dealloc);
  if (!type->getattro)
    type->getattro = base->getattro;
  copy_if_null(type->setattro, base->setattro);
  copy_if_null(type->repr, base->repr);
  copy_if_null(type->str, base->str);
  if (!type->call) {
    if (!type->vectorcall_offset && base->vectorcall_offset) {
      type->vectorcall_offset = base->vectorcall_offset;
      if (!type_has_flag(type, TPFLAG_HEAPTYPE) || base->call)
        type->flags |= base->flags & TPFLAG_HAVE_VECTORCALL;
    }
    type->call = base->call;
  }
  if (!type->richcompare && !type->hash && !overrides_hash(type)) {
    type->richcompare = base->richcompare;
    type->hash = base->hash;
  }
  copy_if_null(type->iter, base->iter);
  copy_if_null(type->iternext, base->iternext);
  copy_if_null(type->descr_get, base->descr_get);
  copy_if_null(type->descr_set, base->descr_set);
  copy_if_null(type->init, base->init);
  copy_if_null(type->finalize, base->finalize);
  if (type_has_flag(type, TPFLAG_HAVE_GC) == type_has_flag(base, TPFLAG_HAVE_GC))
    copy_if_null(type->free_, base->free_);
  if (type_has_flag(type, TPFLAG_HAVE_GC) && type_has_flag(base, TPFLAG_HAVE_GC) && !type->traverse &&
      !type->clear) {
    type->traverse = base->traverse;
    type->clear = base->clear;
  }
}

int type_ready(TypeObject* type) {
  if (type->flags & (TPFLAG_READY | TPFLAG_READYING))
    return 0;
  type->flags |= TPFLAG_READYING;
  bool heap = type_has_flag(type, TPFLAG_HEAPTYPE);
  if (!heap)
    type->flags |= TPFLAG_IMMUTABLETYPE;
  if (!type->type)
    type->type = &TypeType;
  if (!type->base && type != &BaseObjectType)
    type->base = &BaseObjectType;
  TypeObject* base = type->base;
  auto fail = [type]() {
    type->flags &= ~TPFLAG_READYING;
    return -1;
  };
  if (base && !type_has_flag(base, TPFLAG_READY) && type_ready(base) < 0)
    return fail();
  if (!type->bases) {
    type->bases = base ? tuple_pack({base}) : tuple_empty();
    if (!type->bases)
      return fail();
  }
  for (ssize i = 0; i < tuple_size(type->bases); i++) {
    auto* b = static_cast<TypeObject*>(tuple_get(type->bases, i));
    if (!type_has_flag(b, TPFLAG_READY) && type_ready(b) < 0)
      return fail();
  }
  if (!type->dict) {
    type->dict = dict_new();
    if (!type->dict)
      return fail();
  }
  if (base)
    inherit_special(type, base);
  if (type_mro_update(type) < 0)
    return fail();
  if (!heap) {
    if (type_has_flag(type, TPFLAG_DISALLOW_INSTANTIATION))
      type->new_ = nullptr;
    else if (!type->new_ && base)
      type->new_ = base->new_;
    if (type->new_ && add_tp_new_wrapper(type) < 0)
      return fail();
    if (type_add_slot_wrappers(type) < 0)
      return fail();
    if (add_methods(type) < 0)
      return fail();
    if (!dict_getitem_str(type->dict, "__doc__")) {
      Object* doc = type->doc ? str_from_utf8(type->doc) : none_new();
      if (!doc || dict_setitem_str(type->dict, "__doc__", doc) < 0) {
        xdecref(doc);
        return fail();
      }
      decref(doc);
    }
  }
  if (!type->as_number && base)
    type->as_number = base->as_number;
  if (!type->as_sequence && base)
    type->as_sequence = base->as_sequence;
  if (!type->as_mapping && base)
    type->as_mapping = base->as_mapping;
  for (ssize i = 1; i < tuple_size(type->mro); i++) {
    auto* b = static_cast<TypeObject*>(tuple_get(type->mro, i));
    inherit_slots(type, b);
    // match-statement kind: the first class along the MRO that has one.
    if (!(type->flags & (TPFLAG_SEQUENCE | TPFLAG_MAPPING)))
      type->flags |= b->flags & (TPFLAG_SEQUENCE | TPFLAG_MAPPING);
  }
  if (!type->hash && !dict_getitem_str(type->dict, "__hash__")) {
    if (dict_setitem_str(type->dict, "__hash__", None) < 0)
      return fail();
    type->hash = object_hash_not_implemented;
  }
  if (!type->free_)
    type->free_ = type_has_flag(type, TPFLAG_HAVE_GC) ? gc_free_object : object_free_object;
  if (type->vectorcall_offset && !type->call && type == &TypeType)
    type->flags |= TPFLAG_HAVE_VECTORCALL;
  for (ssize i = 0; i < tuple_size(type->bases); i++)
    if (type_add_subclass(static_cast<TypeObject*>(tuple_get(type->bases, i)), type) < 0)
      return fail();
  assign_version_tag(type);
  type->flags = (type->flags & ~TPFLAG_READYING) | TPFLAG_READY;
  return 0;
}

// ---------------------------------------------------------------- type's attributes

static bool check_set_special_type_attr(TypeObject* type, Object* value, const char* name) {
  if (!type_has_flag(type, TPFLAG_HEAPTYPE) || type_has_flag(type, TPFLAG_IMMUTABLETYPE)) {
    err_format(TypeError, "cannot set '{}' attribute of immutable type '{}'", name, type_name(type));
    return false;
  }
  if (!value) {
    err_format(TypeError, "cannot delete '{}' attribute of immutable type '{}'", name, type_name(type));
    return false;
  }
  return true;
}

static Object* type_get_name(Object* self, void*) {
  auto* t = static_cast<TypeObject*>(self);
  if (type_has_flag(t, TPFLAG_HEAPTYPE))
    return newref(static_cast<HeapTypeObject*>(t)->ht_name);
  return str_from_utf8(type_name(t));
}

static int type_set_name(Object* self, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(self);
  if (!check_set_special_type_attr(t, value, "__name__"))
    return -1;
  if (!str_check(value)) {
    err_format(TypeError, "can only assign string to {}.__name__, not '{}'", type_name(t),
               type_name_of(value));
    return -1;
  }
  ssize size;
  const char* utf8 = str_as_utf8(value, &size);
  if (!utf8)
    return -1;
  if (static_cast<ssize>(strlen(utf8)) != size) {
    err_set_string(ValueError, "type name must not contain null characters");
    return -1;
  }
  auto* ht = static_cast<HeapTypeObject*>(t);
  incref(value);
  Object* old = ht->ht_name;
  ht->ht_name = value;
  t->name = utf8;
  xdecref(old);
  return 0;
}

static Object* type_get_qualname_attr(Object* self, void*) {
  return type_qualname(static_cast<TypeObject*>(self));
}

static int type_set_qualname(Object* self, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(self);
  if (!check_set_special_type_attr(t, value, "__qualname__"))
    return -1;
  if (!str_check(value)) {
    err_format(TypeError, "can only assign string to {}.__qualname__, not '{}'", type_name(t),
               type_name_of(value));
    return -1;
  }
  setref(t->qualname, newref(value));
  return 0;
}

static Object* type_get_module_attr(Object* self, void*) {
  return type_module(static_cast<TypeObject*>(self));
}

static int type_set_module(Object* self, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(self);
  if (!check_set_special_type_attr(t, value, "__module__"))
    return -1;
  type_modified(t);
  return dict_setitem_str(t->dict, "__module__", value);
}

static Object* type_get_doc(Object* self, void*) {
  auto* t = static_cast<TypeObject*>(self);
  if (!type_has_flag(t, TPFLAG_HEAPTYPE) && t->doc)
    return str_from_utf8(t->doc);
  Object* r = t->dict ? dict_getitem_str(t->dict, "__doc__") : nullptr;
  if (!r)
    return none_new();
  if (DescrGetFn get = r->type->descr_get)
    return get(r, nullptr, self);
  return newref(r);
}

static int type_set_doc(Object* self, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(self);
  if (!check_set_special_type_attr(t, value, "__doc__"))
    return -1;
  type_modified(t);
  return dict_setitem_str(t->dict, "__doc__", value);
}

static Object* type_get_dict(Object* self, void*) {
  auto* t = static_cast<TypeObject*>(self);
  if (!t->dict)
    return none_new();
  return mappingproxy_new(t->dict);
}

static Object* type_get_bases(Object* self, void*) {
  auto* t = static_cast<TypeObject*>(self);
  return t->bases ? newref(t->bases) : tuple_empty();
}

static Object* type_get_base(Object* self, void*) {
  auto* t = static_cast<TypeObject*>(self);
  return newref(t->base ? static_cast<Object*>(t->base) : None);
}

static Object* type_get_mro(Object* self, void*) {
  auto* t = static_cast<TypeObject*>(self);
  return t->mro ? newref(t->mro) : none_new();
}

static Object* type_get_abstractmethods(Object* self, void*) {
  auto* t = static_cast<TypeObject*>(self);
  Object* r = t != &TypeType && t->dict ? dict_getitem_str(t->dict, "__abstractmethods__") : nullptr;
  if (!r)
    return err_set_object(AttributeError, COIL_NAME("__abstractmethods__"));
  return newref(r);
}

static int type_set_abstractmethods(Object* self, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(self);
  int abstract = 0;
  int r;
  if (value) {
    abstract = object_is_true(value);
    if (abstract < 0)
      return -1;
    r = dict_setitem_str(t->dict, "__abstractmethods__", value);
  } else {
    r = dict_delitem_str(t->dict, "__abstractmethods__");
    if (r < 0 && err_matches(KeyError)) {
      err_clear();
      err_set_object(AttributeError, COIL_NAME("__abstractmethods__"));
    }
  }
  if (r < 0)
    return -1;
  type_modified(t);
  if (abstract)
    t->flags |= TPFLAG_IS_ABSTRACT;
  else
    t->flags &= ~TPFLAG_IS_ABSTRACT;
  return 0;
}

static Object* type_get_annotations(Object* self, void*) {
  auto* t = static_cast<TypeObject*>(self);
  if (!type_has_flag(t, TPFLAG_HEAPTYPE))
    return err_format(AttributeError, "type object '{}' has no attribute '__annotations__'", type_name(t));
  Object* a = dict_getitem_str(t->dict, "__annotations__");
  if (a) {
    if (DescrGetFn get = a->type->descr_get)
      return get(a, nullptr, self);
    return newref(a);
  }
  a = dict_new();
  if (!a || dict_setitem_str(t->dict, "__annotations__", a) < 0) {
    xdecref(a);
    return nullptr;
  }
  type_modified(t);
  return a;
}

static int type_set_annotations(Object* self, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(self);
  if (!type_has_flag(t, TPFLAG_HEAPTYPE) || type_has_flag(t, TPFLAG_IMMUTABLETYPE)) {
    err_format(TypeError, "cannot set '__annotations__' attribute of immutable type '{}'", type_name(t));
    return -1;
  }
  int r;
  if (value) {
    r = dict_setitem_str(t->dict, "__annotations__", value);
  } else {
    r = dict_delitem_str(t->dict, "__annotations__");
    if (r < 0 && err_matches(KeyError)) {
      err_clear();
      err_set_object(AttributeError, COIL_NAME("__annotations__"));
    }
  }
  type_modified(t);
  return r;
}

static Object* type_get_text_signature(Object*, void*) {
  return none_new();
}

#define COIL_TYPE_SSIZE_GETTER(fname, expr)                                                                  \
  static Object* fname(Object* self, void*) {                                                                \
    auto* t = static_cast<TypeObject*>(self);                                                                \
    return int_from_i64(static_cast<int64_t>(expr));                                                         \
  }
COIL_TYPE_SSIZE_GETTER(type_get_basicsize, t->basicsize)
COIL_TYPE_SSIZE_GETTER(type_get_itemsize, t->itemsize)
COIL_TYPE_SSIZE_GETTER(type_get_flags, t->flags)
COIL_TYPE_SSIZE_GETTER(type_get_weakrefoffset, t->weaklistoffset)
COIL_TYPE_SSIZE_GETTER(type_get_dictoffset, t->dictoffset)
#undef COIL_TYPE_SSIZE_GETTER

static GetSetDef type_getset[] = {
    {"__basicsize__", type_get_basicsize, nullptr, nullptr, nullptr},
    {"__itemsize__", type_get_itemsize, nullptr, nullptr, nullptr},
    {"__flags__", type_get_flags, nullptr, nullptr, nullptr},
    {"__weakrefoffset__", type_get_weakrefoffset, nullptr, nullptr, nullptr},
    {"__base__", type_get_base, nullptr, nullptr, nullptr},
    {"__dictoffset__", type_get_dictoffset, nullptr, nullptr, nullptr},
    {"__mro__", type_get_mro, nullptr, nullptr, nullptr},
    {"__name__", type_get_name, type_set_name, nullptr, nullptr},
    {"__qualname__", type_get_qualname_attr, type_set_qualname, nullptr, nullptr},
    {"__bases__", type_get_bases, type_set_bases, nullptr, nullptr},
    {"__module__", type_get_module_attr, type_set_module, nullptr, nullptr},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, nullptr, nullptr},
    {"__dict__", type_get_dict, nullptr, nullptr, nullptr},
    {"__doc__", type_get_doc, type_set_doc, nullptr, nullptr},
    {"__text_signature__", type_get_text_signature, nullptr, nullptr, nullptr},
    {"__annotations__", type_get_annotations, type_set_annotations, nullptr, nullptr},
    {},
};

// ---------------------------------------------------------------- type's methods

static Object* type_mro_method(Object* self, Object*) {
  Object* t = type_mro_c3(static_cast<TypeObject*>(self));
  if (!t)
    return nullptr;
  Object* l = sequence_list(t);
  decref(t);
  return l;
}

static Object* type_subclasses_method(Object* self, Object*) {
  return type_subclasses_list(static_cast<TypeObject*>(self));
}

static Object* type_instancecheck(Object* self, Object* inst) {
  int r = object_real_isinstance(inst, self);
  return r < 0 ? nullptr : bool_from(r);
}

static Object* type_subclasscheck(Object* self, Object* sub) {
  int r = object_real_issubclass(sub, self);
  return r < 0 ? nullptr : bool_from(r);
}

static Object* type_prepare(Object*, Object* const*, ssize, Object*) {
  return dict_new();
}

static Object* type_dir_method(Object* self, Object*) {
  Object* d = dict_new();
  if (!d)
    return nullptr;
  if (type_merge_class_dict(d, self) < 0) {
    decref(d);
    return nullptr;
  }
  Object* r = dict_keys_list(d);
  decref(d);
  return r;
}

static Object* type_sizeof(Object* self, Object*) {
  auto* t = static_cast<TypeObject*>(self);
  ssize size = type_has_flag(t, TPFLAG_HEAPTYPE) ? ssize(sizeof(HeapTypeObject)) : ssize(sizeof(TypeObject));
  return int_from_i64(size);
}

static MethodDef type_methods[] = {
    {"mro", type_mro_method, METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses_method, METH_NOARGS, "Return a list of immediate subclasses."},
    {"__prepare__", reinterpret_cast<MethodFn>(type_prepare), METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", type_instancecheck, METH_O, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, METH_O, "Check if a class is a subclass."},
    {"__dir__", type_dir_method, METH_NOARGS, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, METH_NOARGS, "Return memory consumption of the type object."},
    {},
};

// ---------------------------------------------------------------- slots of type

static Object* type_repr(Object* self) {
  auto* t = static_cast<TypeObject*>(self);
  Object* mod = type_module(t);
  if (!mod)
    err_clear();
  Object* qn = type_qualname(t);
  if (!qn) {
    xdecref(mod);
    return nullptr;
  }
  Object* r;
  if (mod && str_check(mod) && !str_equal_ascii(mod, "builtins"))
    r = str_from_utf8(fmt::format("<class '{}.{}'>", str_view(mod), str_view(qn)));
  else
    r = str_from_utf8(fmt::format("<class '{}'>", t->name)); // CPython shows tp_name here
  xdecref(mod);
  decref(qn);
  return r;
}

Object* type_call(Object* callable, Object* args, Object* kwargs) {
  auto* type = static_cast<TypeObject*>(callable);
  ssize nargs = args ? tuple_size(args) : 0;
  if (type == &TypeType && nargs == 1 && (!kwargs || dict_size(kwargs) == 0))
    return newref(static_cast<Object*>(tuple_get(args, 0)->type));
  if (type == &TypeType && nargs == 1) // CPython's type_vectorcall
    return err_set_string(TypeError, "type() takes no keyword arguments");
  if (type == &TypeType && nargs != 1 && nargs != 3)
    return err_set_string(TypeError, "type() takes 1 or 3 arguments");
  if (!type->new_)
    return err_format(TypeError, "cannot create '{}' instances", type_name(type));
  Object* targs = args ? newref(args) : tuple_empty();
  Object* obj = type->new_(type, targs, kwargs);
  if (obj && is_instance_of(obj, type)) {
    TypeObject* t = obj->type;
    if (t->init && t->init(obj, targs, kwargs) < 0)
      clear_ref(obj);
  }
  decref(targs);
  return obj;
}

// Calls a class: the metatype's call slot (type_call, or a metaclass
// __call__), with the arguments as a tuple and dict. A counted call is one
// level of recursion, as CPython's _PyObject_MakeTpCall (runtime/recursion.h).
static Object* call_metatype_slot(Object* callable, Object* const* args, size_t nargsf, Object* kwnames,
                                  bool counted) {
  TernaryFn call = callable->type->call;
  if (!call)
    return err_format(TypeError, "'{}' object is not callable", type_name_of(callable));
  ThreadState* ts = counted ? ThreadState::current() : nullptr;
  if (ts && !recursion_enter(ts, WHILE_CALLING))
    return nullptr;
  Object *targs, *tkw;
  Object* r = nullptr;
  if (args_to_tuple_dict(args, vectorcall_nargs(nargsf), kwnames, &targs, &tkw) == 0) {
    r = call(callable, targs, tkw);
    decref(targs);
    xdecref(tkw);
  }
  if (ts)
    recursion_leave(ts);
  return r;
}

// Heap classes' vectorcall: they have none of their own in CPython 3.11.
static Object* type_vectorcall_dispatch(Object* callable, Object* const* args, size_t nargsf,
                                        Object* kwnames) {
  return call_metatype_slot(callable, args, nargsf, kwnames, true);
}

// type's own vectorcall: type(x) counts no recursion level; other calls
// of type go through the call slot, as CPython 3.11's type_vectorcall falls
// back to _PyObject_MakeTpCall.
static Object* type_type_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  if (callable == &TypeType && vectorcall_nargs(nargsf) == 1 && (!kwnames || tuple_size(kwnames) == 0))
    return newref(args[0]->type);
  return call_metatype_slot(callable, args, nargsf, kwnames, true);
}

Object* type_call_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  return call_metatype_slot(callable, args, nargsf, kwnames, false);
}

VectorcallFn type_impl::type_default_vectorcall() noexcept {
  return type_vectorcall_dispatch;
}

static int type_init(Object* self, Object* args, Object* kwargs) {
  ssize nargs = args ? tuple_size(args) : 0;
  if (kwargs && nargs == 1 && dict_size(kwargs) != 0) {
    err_set_string(TypeError, "type.__init__() takes no keyword arguments");
    return -1;
  }
  if (nargs != 1 && nargs != 3) {
    err_set_string(TypeError, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

static Object* type_getattro(Object* self, Object* name) {
  if (!str_check(name))
    return err_format(TypeError, "attribute name must be string, not '{}'", type_name_of(name));
  auto* type = static_cast<TypeObject*>(self);
  TypeObject* meta = self->type;
  Object* meta_attr = type_lookup(meta, name);
  DescrGetFn meta_get = nullptr;
  if (meta_attr) {
    incref(meta_attr);
    meta_get = meta_attr->type->descr_get;
    if (meta_get && meta_attr->type->descr_set) {
      Object* r = meta_get(meta_attr, self, meta);
      decref(meta_attr);
      return r;
    }
  }
  Object* attr = type_lookup(type, name);
  if (attr) {
    incref(attr);
    xdecref(meta_attr);
    if (DescrGetFn local_get = attr->type->descr_get) {
      Object* r = local_get(attr, nullptr, self);
      decref(attr);
      return r;
    }
    return attr;
  }
  if (meta_get) {
    Object* r = meta_get(meta_attr, self, meta);
    decref(meta_attr);
    return r;
  }
  if (meta_attr)
    return meta_attr;
  err_format(AttributeError, "type object '{}' has no attribute '{}'", type_name(type), str_view(name));
  set_attribute_error_context(self, name);
  return nullptr;
}

static bool is_dunder(Object* name) {
  ssize n = str_length(name);
  return n > 4 && str_char_at(name, 0) == '_' && str_char_at(name, 1) == '_' &&
         str_char_at(name, n - 1) == '_' && str_char_at(name, n - 2) == '_';
}

static int type_setattro(Object* self, Object* name, Object* value) {
  auto* type = static_cast<TypeObject*>(self);
  if (!str_check(name)) {
    err_format(TypeError, "attribute name must be string, not '{}'", type_name_of(name));
    return -1;
  }
  if (!type_has_flag(type, TPFLAG_HEAPTYPE) || type_has_flag(type, TPFLAG_IMMUTABLETYPE)) {
    err_format(TypeError, "cannot set '{}' attribute of immutable type '{}'", str_view(name),
               type_name(type));
    return -1;
  }
  Object* key = str_check_exact(name) ? str_intern(name) : newref(name);
  if (!key)
    return -1;
  int r = object_generic_setattr(self, key, value);
  if (r < 0 && !value && err_matches(AttributeError)) {
    Object* d = type_lookup(self->type, key);
    if (!d || !d->type->descr_set) {
      err_clear();
      err_format(AttributeError, "type object '{}' has no attribute '{}'", type_name(type), str_view(key));
    }
  }
  if (r == 0) {
    type_modified(type);
    if (is_dunder(key))
      type_update_slot(type, key);
  }
  decref(key);
  return r;
}

static void type_dealloc(Object* o) {
  auto* t = static_cast<HeapTypeObject*>(o);
  gc_untrack(o);
  if (t->bases)
    for (ssize i = 0; i < tuple_size(t->bases); i++)
      type_remove_subclass(static_cast<TypeObject*>(tuple_get(t->bases, i)), t);
  clear_ref(t->dict);
  clear_ref(t->bases);
  clear_ref(t->mro);
  clear_ref(t->subclasses);
  clear_ref(t->qualname);
  clear_ref(t->module_name);
  clear_ref(t->slots_tuple);
  TypeObject* base = t->base;
  t->base = nullptr;
  if (base)
    decref(base);
  t->name = "";
  clear_ref(t->ht_name);
  delete[] t->ht_members;
  t->ht_members = nullptr;
  if (t->cached_keys) {
    shared_keys_decref(t->cached_keys);
    t->cached_keys = nullptr;
  }
  gc_free(o);
}

static int type_traverse(Object* o, VisitFn visit, void* arg) {
  auto* t = static_cast<TypeObject*>(o);
  if (!type_has_flag(t, TPFLAG_HEAPTYPE))
    return 0;
  Object* refs[] = {t->dict, t->mro, t->bases, t->base, t->qualname, t->module_name, t->slots_tuple};
  for (Object* r : refs)
    if (r)
      if (int v = visit(r, arg))
        return v;
  return 0;
}

static int type_clear(Object* o) {
  auto* t = static_cast<TypeObject*>(o);
  if (t->dict)
    dict_clear(t->dict);
  clear_ref(t->mro);
  type_modified(t);
  return 0;
}

static NumberMethods type_as_number = [] {
  NumberMethods m{};
  m.or_ = type_or;
  return m;
}();

TypeObject TypeType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "type";
  t.basicsize = sizeof(HeapTypeObject);
  t.dealloc = type_dealloc;
  t.vectorcall_offset = offsetof(TypeObject, vectorcall);
  t.repr = type_repr;
  t.as_number = &type_as_number;
  t.call = type_call;
  t.vectorcall = type_type_vectorcall;
  t.getattro = type_getattro;
  t.setattro = type_setattro;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_TYPE_SUBCLASS | TPFLAG_HAVE_VECTORCALL;
  t.doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
  t.traverse = type_traverse;
  t.clear = type_clear;
  t.methods = type_methods;
  t.getset = type_getset;
  t.dictoffset = offsetof(TypeObject, dict);
  t.weaklistoffset = offsetof(TypeObject, weaklist);
  t.init = type_init;
  t.new_ = type_new_slot;
  t.free_ = gc_free_object;
  return t;
}();
COIL_REGISTER_TYPE(TypeType);

// ---------------------------------------------------------------- isinstance / issubclass

static Object* abstract_get_bases(Object* cls) {
  int error;
  Object* bases = object_lookup_attr(cls, COIL_NAME("__bases__"), &error);
  if (!bases)
    return nullptr;
  if (!tuple_check(bases)) {
    decref(bases);
    return nullptr;
  }
  return bases;
}

static int abstract_issubclass(Object* derived, Object* cls) {
  for (;;) {
    if (derived == cls)
      return 1;
    Object* bases = abstract_get_bases(derived);
    if (!bases)
      return err_occurred() ? -1 : 0;
    ssize n = tuple_size(bases);
    if (n == 0) {
      decref(bases);
      return 0;
    }
    if (n == 1) {
      Object* next = tuple_get(bases, 0);
      decref(bases);
      derived = next; // kept alive by the class hierarchy
      continue;
    }
    int r = 0;
    for (ssize i = 0; i < n && r == 0; i++)
      r = abstract_issubclass(tuple_get(bases, i), cls);
    decref(bases);
    return r;
  }
}

static bool check_class(Object* cls) {
  Object* bases = abstract_get_bases(cls);
  if (!bases)
    return false;
  decref(bases);
  return true;
}

int object_real_isinstance(Object* inst, Object* cls) {
  if (type_check(cls)) {
    if (is_instance_of(inst, static_cast<TypeObject*>(cls)))
      return 1;
    int error;
    Object* c = object_lookup_attr(inst, COIL_NAME("__class__"), &error);
    if (error)
      return -1;
    int r = 0;
    if (c && c != static_cast<Object*>(inst->type) && type_check(c))
      r = type_is_subtype(static_cast<TypeObject*>(c), static_cast<TypeObject*>(cls));
    xdecref(c);
    return r;
  }
  if (!check_class(cls)) {
    if (!err_occurred())
      err_set_string(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  int error;
  Object* icls = object_lookup_attr(inst, COIL_NAME("__class__"), &error);
  if (error)
    return -1;
  if (!icls)
    return 0;
  int r = abstract_issubclass(icls, cls);
  decref(icls);
  return r;
}

int object_real_issubclass(Object* derived, Object* cls) {
  if (type_check(cls) && type_check(derived))
    return type_is_subtype(static_cast<TypeObject*>(derived), static_cast<TypeObject*>(cls));
  if (!check_class(derived)) {
    if (!err_occurred())
      err_set_string(TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!check_class(cls)) {
    if (!err_occurred())
      err_set_string(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return abstract_issubclass(derived, cls);
}

static int tuple_check_each(Object* first, Object* cls, int (*fn)(Object*, Object*), const char* what) {
  std::string where = std::string(" in ") + what;
  RecursionScope guard(where.c_str()); // shares the recursion limit, as CPython's
  if (!guard.ok())
    return -1;
  for (ssize i = 0; i < tuple_size(cls); i++) {
    int r = fn(first, tuple_get(cls, i));
    if (r != 0)
      return r;
  }
  return 0;
}

int object_isinstance(Object* inst, Object* cls) {
  if (static_cast<Object*>(inst->type) == cls)
    return 1;
  if (cls->type == &TypeType)
    return object_real_isinstance(inst, cls);
  if (tuple_check(cls))
    return tuple_check_each(inst, cls, object_isinstance, "__instancecheck__");
  Object* checker = type_lookup(cls->type, COIL_NAME("__instancecheck__"));
  if (checker) {
    RecursionScope guard(" in __instancecheck__");
    if (!guard.ok())
      return -1;
    Object* args[1] = {inst};
    Object* r = call_special_required(cls, COIL_NAME("__instancecheck__"), args, 1);
    if (!r)
      return -1;
    int ok = object_is_true(r);
    decref(r);
    return ok;
  }
  return object_real_isinstance(inst, cls);
}

int object_issubclass(Object* derived, Object* cls) {
  if (cls->type == &TypeType) {
    if (derived == cls)
      return 1;
    return object_real_issubclass(derived, cls);
  }
  if (tuple_check(cls))
    return tuple_check_each(derived, cls, object_issubclass, "__subclasscheck__");
  Object* checker = type_lookup(cls->type, COIL_NAME("__subclasscheck__"));
  if (checker) {
    RecursionScope guard(" in __subclasscheck__");
    if (!guard.ok())
      return -1;
    Object* args[1] = {derived};
    Object* r = call_special_required(cls, COIL_NAME("__subclasscheck__"), args, 1);
    if (!r)
      return -1;
    int ok = object_is_true(r);
    decref(r);
    return ok;
  }
  return object_real_issubclass(derived, cls);
}

} // namespace coil
