// Struct sequences and types.SimpleNamespace.
//
// Invariants
// - A struct sequence type is created once per StructSeqDesc, lives for the
//   whole process (never freed, like a static type) and is a tuple
//   subclass: indexing, slicing, comparison and hashing are tuple's; the
//   named fields are getsets reading the items.
// - Only descs marked `instantiable` get a constructor, which takes a
//   sequence of one item per field plus up to one per hidden field.
// - Hidden fields (attributes that are not items) are stored in the
//   tuple's item array past `size`: an instance is allocated with
//   visible + hidden slots and its size set to the visible count; the
//   type's own dealloc/traverse handle those trailing slots (never null
//   once the instance is built: None when not given).
// - SimpleNamespace keeps its attributes in its instance __dict__.
#include "runtime/objects/structseq.h"

#include <cstddef>
#include <unordered_map>
#include <vector>

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

// ---------------------------------------------------------------- struct sequences

static Object* field_get(Object* self, void* closure) {
  ssize i = reinterpret_cast<intptr_t>(closure);
  Object* v = static_cast<TupleObject*>(self)->items[i];
  return newref(v ? v : None);
}

static ssize count_names(const char* const* names) {
  ssize n = 0;
  while (names && names[n])
    n++;
  return n;
}

static std::unordered_map<TypeObject*, StructSeqDesc*>& structseq_descs() {
  static std::unordered_map<TypeObject*, StructSeqDesc*> descs;
  return descs;
}

static ssize hidden_count(TypeObject* t) {
  for (; t; t = t->base) {
    auto it = structseq_descs().find(t);
    if (it != structseq_descs().end())
      return count_names(it->second->hidden_fields);
  }
  return 0;
}

static void structseq_dealloc(Object* o) {
  auto* t = static_cast<TupleObject*>(o);
  ssize h = hidden_count(o->type);
  for (ssize i = 0; i < h; i++) {
    Object* v = t->items[t->size + i];
    t->items[t->size + i] = nullptr;
    xdecref(v);
  }
  TupleType.dealloc(o);
}

static int structseq_traverse(Object* o, VisitFn visit, void* arg) {
  auto* t = static_cast<TupleObject*>(o);
  ssize h = hidden_count(o->type);
  for (ssize i = 0; i < h; i++) {
    Object* v = t->items[t->size + i];
    if (v) {
      int r = visit(v, arg);
      if (r)
        return r;
    }
  }
  return TupleType.traverse(o, visit, arg);
}

// An instance of `type` with `n` visible and `h` hidden slots (all null).
static Object* structseq_alloc(TypeObject* type, ssize n, ssize h) {
  Object* o = type_generic_alloc(type, n + h);
  if (o)
    static_cast<TupleObject*>(o)->size = n;
  return o;
}

static Object* structseq_repr(Object* self) {
  TypeObject* t = self->type;
  // The field names are the getsets' names, in order.
  std::string out = t->name;
  out += "(";
  GetSetDef* g = t->getset;
  for (ssize i = 0; i < tuple_size(self); i++) {
    Object* r = object_repr(tuple_get(self, i));
    if (!r)
      return nullptr;
    if (i)
      out += ", ";
    out += g && g[i].name ? g[i].name : "?";
    out += "=";
    out += str_to_std(r);
    decref(r);
  }
  out += ")";
  return str_from_utf8(out);
}

static Object* structseq_reduce(Object* self, Object*) {
  Object* t = tuple_from_array(tuple_items(self), tuple_size(self));
  if (!t)
    return nullptr;
  Object* d = dict_new();
  if (!d) {
    decref(t);
    return nullptr;
  }
  ssize n = tuple_size(self);
  GetSetDef* g = self->type->getset;
  for (ssize i = 0, h = hidden_count(self->type); i < h; i++) {
    Object* v = static_cast<TupleObject*>(self)->items[n + i];
    if (dict_setitem_str(d, g[n + i].name, v ? v : None) < 0) {
      decref(t);
      decref(d);
      return nullptr;
    }
  }
  Object* state = tuple_pack({t, d});
  decref(t);
  decref(d);
  if (!state)
    return nullptr;
  Object* r = tuple_pack({self->type, state});
  decref(state);
  return r;
}

static MethodDef structseq_methods[] = {
    {"__reduce__", structseq_reduce, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// T(sequence, dict=None) for instantiable struct sequences (CPython's
// structseq_new: its argument errors name the function "structseq").
static Object* structseq_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  static const char* const names[] = {"sequence", "dict"};
  ArgSpec spec{"structseq", names, 2, 2, 0};
  Object* a[2];
  if (!parse_tuple_args(spec, args, kwargs, a))
    return nullptr;
  if (!a[0])
    return err_set_string(TypeError, "structseq() missing required argument 'sequence' (pos 1)");
  if (a[1] && !dict_check(a[1]))
    return err_format(TypeError, "{}() takes a dict as second arg, if any", type->name);
  Object* items = sequence_tuple(a[0]);
  if (!items) {
    if (err_matches(TypeError)) {
      err_clear();
      err_format(TypeError, "constructor requires a sequence");
    }
    return nullptr;
  }
  ssize n = 0;
  while (type->getset[n].name)
    n++;
  ssize h = hidden_count(type);
  n -= h;
  ssize got = tuple_size(items);
  if (got < n || got > n + h) {
    decref(items);
    if (h == 0)
      return err_format(TypeError, "{}() takes a {}-sequence ({}-sequence given)", type->name, n, got);
    if (got < n)
      return err_format(TypeError, "{}() takes an at least {}-sequence ({}-sequence given)", type->name, n,
                        got);
    return err_format(TypeError, "{}() takes an at most {}-sequence ({}-sequence given)", type->name, n + h,
                      got);
  }
  Object* o = structseq_alloc(type, n, h);
  if (o) {
    auto* t = static_cast<TupleObject*>(o);
    for (ssize i = 0; i < n + h; i++) {
      Object* v = i < got ? tuple_get(items, i) : nullptr;
      if (!v && a[1])
        v = dict_getitem_str(a[1], type->getset[i].name);
      t->items[i] = newref(v ? v : None);
    }
  }
  decref(items);
  return o;
}

static std::unordered_map<StructSeqDesc*, TypeObject*>& structseq_types() {
  static std::unordered_map<StructSeqDesc*, TypeObject*> types;
  return types;
}

TypeObject* structseq_type(StructSeqDesc* desc) {
  auto& types = structseq_types();
  auto it = types.find(desc);
  if (it != types.end())
    return it->second;
  ssize n = count_names(desc->fields);
  ssize h = count_names(desc->hidden_fields);
  auto* getset = new GetSetDef[n + h + 1]();
  for (ssize i = 0; i < n + h; i++)
    getset[i] = {i < n ? desc->fields[i] : desc->hidden_fields[i - n], field_get, nullptr, nullptr,
                 reinterpret_cast<void*>(static_cast<intptr_t>(i))};
  auto* t = new TypeObject{};
  t->refcnt = 1;
  t->type = &TypeType;
  t->name = desc->type_name;
  t->base = &TupleType;
  t->basicsize = TupleType.basicsize;
  t->itemsize = TupleType.itemsize;
  t->flags = TPFLAG_HAVE_GC | TPFLAG_TUPLE_SUBCLASS | TPFLAG_IMMUTABLETYPE;
  if (desc->instantiable)
    t->new_ = structseq_tp_new;
  else
    t->flags |= TPFLAG_DISALLOW_INSTANTIATION;
  t->repr = structseq_repr;
  if (h) {
    t->dealloc = structseq_dealloc;
    t->traverse = structseq_traverse;
  }
  t->getset = getset;
  t->methods = structseq_methods;
  t->doc = desc->doc;
  if (type_ready(t) < 0)
    return nullptr;
  types.emplace(desc, t);
  structseq_descs().emplace(t, desc);
  const std::pair<const char*, ssize> counts[] = {
      {"n_sequence_fields", n}, {"n_fields", n + h}, {"n_unnamed_fields", 0}};
  for (auto [name, v] : counts) {
    Object* o = int_from_i64(v);
    if (!o || dict_setitem_str(t->dict, name, o) < 0) {
      xdecref(o);
      return nullptr;
    }
    decref(o);
  }
  return t;
}

Object* structseq_new(StructSeqDesc* desc, std::initializer_list<Object*> values) {
  TypeObject* t = structseq_type(desc);
  bool ok = t != nullptr;
  for (Object* v : values)
    ok = ok && v != nullptr;
  if (!ok) {
    for (Object* v : values)
      xdecref(v);
    return nullptr;
  }
  ssize n = count_names(desc->fields);
  ssize h = count_names(desc->hidden_fields);
  Object* o = structseq_alloc(t, n, h);
  if (!o) {
    for (Object* v : values)
      decref(v);
    return nullptr;
  }
  auto* tup = static_cast<TupleObject*>(o);
  ssize i = 0;
  for (Object* v : values)
    tup->items[i++] = v;
  for (; i < n + h; i++)
    tup->items[i] = newref(None);
  return o;
}

// ---------------------------------------------------------------- SimpleNamespace

struct NamespaceObject : Object {
  Object* dict;
};

static Object* ns_new(TypeObject* type, Object* args, Object* kwargs) {
  auto* ns = static_cast<NamespaceObject*>(gc_alloc(type, type->basicsize));
  if (!ns)
    return nullptr;
  ns->dict = dict_new();
  if (!ns->dict) {
    decref(ns);
    return nullptr;
  }
  gc_track(ns);
  return ns;
}

static int ns_init(Object* self, Object* args, Object* kwargs) {
  if (args && tuple_size(args) != 0) {
    err_format(TypeError, "no positional arguments expected");
    return -1;
  }
  if (!kwargs)
    return 0;
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    if (!str_check(k)) {
      err_set_string(TypeError, "keywords must be strings");
      return -1;
    }
  }
  return dict_update(static_cast<NamespaceObject*>(self)->dict, kwargs);
}

static Object* ns_repr(Object* self) {
  const char* name = self->type == &SimpleNamespaceType ? "namespace" : type_name_of(self);
  static thread_local std::vector<Object*> active;
  for (Object* o : active)
    if (o == self)
      return str_from_utf8(fmt::format("{}(...)", name));
  active.push_back(self);
  std::string out = std::string(name) + "(";
  Object* d = static_cast<NamespaceObject*>(self)->dict;
  ssize pos = 0;
  Object *k, *v;
  bool first = true;
  Object* result = nullptr;
  while (dict_next(d, &pos, &k, &v)) {
    if (!str_check(k))
      continue;
    Object* r = object_repr(v);
    if (!r)
      goto done;
    if (!first)
      out += ", ";
    first = false;
    out += str_to_std(k) + "=" + str_to_std(r);
    decref(r);
  }
  out += ")";
  result = str_from_utf8(out);
done:
  active.pop_back();
  return result;
}

static Object* ns_richcompare(Object* a, Object* b, int op) {
  if ((op == CMP_EQ || op == CMP_NE) && is_instance_of(a, &SimpleNamespaceType) &&
      is_instance_of(b, &SimpleNamespaceType))
    return object_richcompare(static_cast<NamespaceObject*>(a)->dict, static_cast<NamespaceObject*>(b)->dict,
                              op);
  return newref(NotImplemented);
}

static int ns_traverse(Object* self, VisitFn visit, void* arg) {
  Object* d = static_cast<NamespaceObject*>(self)->dict;
  return d ? visit(d, arg) : 0;
}
static int ns_clear(Object* self) {
  clear_ref(static_cast<NamespaceObject*>(self)->dict);
  return 0;
}
static void ns_dealloc(Object* self) {
  gc_untrack(self);
  clear_ref(static_cast<NamespaceObject*>(self)->dict);
  if (self->type->free_)
    self->type->free_(self);
  else
    gc_free(self);
}

static Object* ns_get_dict(Object* self, void*) {
  return newref(static_cast<NamespaceObject*>(self)->dict);
}

static GetSetDef ns_getset[] = {
    {"__dict__", ns_get_dict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

static TypeObject make_namespace_type() {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "types.SimpleNamespace";
  t.basicsize = sizeof(NamespaceObject);
  t.dictoffset = offsetof(NamespaceObject, dict);
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  t.new_ = ns_new;
  t.init = ns_init;
  t.repr = ns_repr;
  t.richcompare = ns_richcompare;
  t.getset = ns_getset;
  t.traverse = ns_traverse;
  t.clear = ns_clear;
  t.dealloc = ns_dealloc;
  t.hash = object_hash_not_implemented;
  t.doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)";
  return t;
}
TypeObject SimpleNamespaceType = make_namespace_type();
COIL_REGISTER_TYPE(SimpleNamespaceType);

Object* namespace_new(Object* kwargs) {
  Object* ns = ns_new(&SimpleNamespaceType, nullptr, nullptr);
  if (ns && kwargs && dict_update(static_cast<NamespaceObject*>(ns)->dict, kwargs) < 0) {
    decref(ns);
    return nullptr;
  }
  return ns;
}

} // namespace coil
