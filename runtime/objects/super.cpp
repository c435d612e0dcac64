// super and mappingproxy.
//
// Invariants
// - A super object holds strong references to `type`, `obj` and `obj_type`
//   (obj/obj_type nullptr when unbound). Attribute lookup searches
//   obj_type's MRO strictly after `type`, binding with __get__ (obj is
//   passed as nullptr when it is the class itself).
// - Zero-argument super() asks the interpreter through
//   Interpreter::current_frame_super_args_hook.
// - mappingproxy never mutates its mapping and never exposes it writable.
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include <fmt/format.h>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/list.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_impl.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

using namespace type_impl;

struct SuperObject : Object {
  TypeObject* type;
  Object* obj;
  TypeObject* obj_type;
};

// ---------------------------------------------------------------- super

static TypeObject* supercheck(TypeObject* type, Object* obj) {
  if (type_check(obj) && type_is_subtype(static_cast<TypeObject*>(obj), type))
    return newref(static_cast<TypeObject*>(obj));
  if (type_is_subtype(obj->type, type))
    return newref(obj->type);
  int error;
  Object* cls = object_lookup_attr(obj, COIL_NAME("__class__"), &error);
  if (error)
    return nullptr;
  if (cls && type_check(cls) && cls != static_cast<Object*>(obj->type) &&
      type_is_subtype(static_cast<TypeObject*>(cls), type))
    return static_cast<TypeObject*>(cls);
  xdecref(cls);
  err_set_string(TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

static int super_fill(SuperObject* su, TypeObject* type, Object* obj) {
  TypeObject* obj_type = nullptr;
  if (obj == None)
    obj = nullptr;
  if (obj) {
    obj_type = supercheck(type, obj);
    if (!obj_type)
      return -1;
    incref(obj);
  }
  incref(type);
  TypeObject* old_type = su->type;
  Object* old_obj = su->obj;
  TypeObject* old_obj_type = su->obj_type;
  su->type = type;
  su->obj = obj;
  su->obj_type = obj_type;
  xdecref(old_type);
  xdecref(old_obj);
  xdecref(old_obj_type);
  return 0;
}

static int super_init_args(SuperObject* su, Object* const* args, ssize nargs) {
  if (nargs > 2) {
    err_format(TypeError, "super() takes at most 2 arguments ({} given)", nargs);
    return -1;
  }
  if (nargs == 0) {
    Interpreter* interp = Interpreter::main();
    if (!interp || !interp->current_frame_super_args_hook) {
      err_set_string(RuntimeError, "super(): no current frame");
      return -1;
    }
    Object* t = nullptr;
    Object* o = nullptr;
    if (interp->current_frame_super_args_hook(&t, &o) < 0)
      return -1;
    if (!type_check(t)) {
      err_format(RuntimeError, "super(): __class__ is not a type ({})", type_name_of(t));
      decref(t);
      xdecref(o);
      return -1;
    }
    int r = super_fill(su, static_cast<TypeObject*>(t), o);
    decref(t);
    xdecref(o);
    return r;
  }
  Object* type = args[0];
  Object* obj = nargs == 2 ? args[1] : nullptr;
  if (!type_check(type)) {
    err_format(TypeError, "super() argument 1 must be a type, not {}", type_name_of(type));
    return -1;
  }
  return super_fill(su, static_cast<TypeObject*>(type), obj);
}

static int super_init(Object* self, Object* args, Object* kwargs) {
  if (no_keywords_dict("super", kwargs) < 0)
    return -1;
  return super_init_args(static_cast<SuperObject*>(self), args ? tuple_items(args) : nullptr,
                         args ? tuple_size(args) : 0);
}

static Object* super_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  auto* type = static_cast<TypeObject*>(callable);
  if (no_keywords("super", kwnames) < 0)
    return nullptr;
  // CPython's super_vectorcall checks the count with _PyArg_CheckPositional
  // (super.__init__ keeps PyArg_ParseTuple's wording).
  if (vectorcall_nargs(nargsf) > 2)
    return err_format(TypeError, "super() expected at most 2 arguments, got {}", vectorcall_nargs(nargsf));
  Object* o = type_generic_alloc(type, 0);
  if (!o)
    return nullptr;
  if (super_init_args(static_cast<SuperObject*>(o), args, vectorcall_nargs(nargsf)) < 0) {
    decref(o);
    return nullptr;
  }
  return o;
}

static void super_dealloc(Object* o) {
  auto* su = static_cast<SuperObject*>(o);
  gc_untrack(o);
  TypeObject* t = su->type;
  TypeObject* ot = su->obj_type;
  su->type = nullptr;
  su->obj_type = nullptr;
  xdecref(t);
  xdecref(ot);
  clear_ref(su->obj);
  o->type->free_(o);
}

static int super_traverse(Object* o, VisitFn visit, void* arg) {
  auto* su = static_cast<SuperObject*>(o);
  Object* refs[] = {su->type, su->obj, su->obj_type};
  for (Object* r : refs)
    if (r)
      if (int v = visit(r, arg))
        return v;
  return 0;
}

static Object* super_getattro(Object* self, Object* name) {
  auto* su = static_cast<SuperObject*>(self);
  TypeObject* starttype = su->obj_type;
  if (starttype && str_check(name) && !str_equal_ascii(name, "__class__") && starttype->mro) {
    Object* mro = newref(starttype->mro);
    ssize n = tuple_size(mro);
    ssize i = 0;
    for (; i + 1 < n; i++)
      if (tuple_get(mro, i) == static_cast<Object*>(su->type))
        break;
    i++;
    for (; i < n; i++) {
      auto* t = static_cast<TypeObject*>(tuple_get(mro, i));
      if (!t->dict)
        continue;
      Object* res = dict_getitem(t->dict, name);
      if (!res) {
        if (err_occurred()) {
          decref(mro);
          return nullptr;
        }
        continue;
      }
      incref(res);
      decref(mro);
      if (DescrGetFn f = res->type->descr_get) {
        Object* r = f(res, su->obj == static_cast<Object*>(starttype) ? nullptr : su->obj, starttype);
        decref(res);
        return r;
      }
      return res;
    }
    decref(mro);
  }
  return object_generic_getattr(self, name);
}

static Object* super_descr_get(Object* self, Object* obj, Object*) {
  auto* su = static_cast<SuperObject*>(self);
  if (!obj || obj == None || su->obj)
    return newref(self);
  if (self->type != &SuperType) {
    Object* args[2] = {su->type, obj};
    return object_vectorcall(self->type, args, 2, nullptr);
  }
  Object* o = type_generic_alloc(&SuperType, 0);
  if (!o)
    return nullptr;
  if (super_fill(static_cast<SuperObject*>(o), su->type, obj) < 0) {
    decref(o);
    return nullptr;
  }
  return o;
}

static Object* super_repr(Object* self) {
  auto* su = static_cast<SuperObject*>(self);
  const char* tn = su->type ? type_name(su->type) : "NULL";
  if (su->obj_type)
    return str_from_utf8(fmt::format("<super: <class '{}'>, <{} object>>", tn, type_name(su->obj_type)));
  return str_from_utf8(fmt::format("<super: <class '{}'>, NULL>", tn));
}

static Object* super_new(TypeObject* type, Object*, Object*) {
  return type_generic_alloc(type, 0);
}

static MemberDef super_members[] = {
    {"__thisclass__", MEMBER_OBJECT, offsetof(SuperObject, type), MEMBER_READONLY,
     "the class invoking super()"},
    {"__self__", MEMBER_OBJECT, offsetof(SuperObject, obj), MEMBER_READONLY,
     "the instance invoking super(); may be None"},
    {"__self_class__", MEMBER_OBJECT, offsetof(SuperObject, obj_type), MEMBER_READONLY,
     "the type of the instance invoking super(); may be None"},
    {},
};

TypeObject SuperType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "super";
  t.basicsize = sizeof(SuperObject);
  t.dealloc = super_dealloc;
  t.repr = super_repr;
  t.getattro = super_getattro;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  t.doc = "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\n"
          "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
          "super(type, type2) -> bound super object; requires issubclass(type2, type)";
  t.traverse = super_traverse;
  t.members = super_members;
  t.descr_get = super_descr_get;
  t.init = super_init;
  t.new_ = super_new;
  t.vectorcall = super_vectorcall;
  return t;
}();
COIL_REGISTER_TYPE(SuperType);

// ---------------------------------------------------------------- mappingproxy

struct MappingProxyObject : Object {
  Object* mapping;
};

static Object* mp_mapping(Object* self) {
  return static_cast<MappingProxyObject*>(self)->mapping;
}

static bool is_mapping_like(Object* m) {
  return m->type->as_mapping && m->type->as_mapping->subscript && !list_check(m) && !tuple_check(m);
}

Object* mappingproxy_new(Object* mapping) {
  auto* p = reinterpret_cast<MappingProxyObject*>(gc_alloc(&MappingProxyType, sizeof(MappingProxyObject)));
  if (!p)
    return nullptr;
  p->mapping = newref(mapping);
  gc_track(p);
  return p;
}

static Object* mappingproxy_type_new(TypeObject*, Object* args, Object* kwargs) {
  ssize n = args ? tuple_size(args) : 0;
  Object* m = nullptr;
  if (kwargs && dict_size(kwargs)) {
    ssize pos = 0;
    Object *k, *v;
    dict_next(kwargs, &pos, &k, &v);
    if (n != 0 || dict_size(kwargs) != 1 || !str_check(k) || !str_equal_ascii(k, "mapping"))
      return err_format(TypeError, "mappingproxy() got an unexpected keyword argument '{}'",
                        str_check(k) ? str_view(k) : std::string_view("?"));
    m = v;
  } else if (n == 1) {
    m = tuple_get(args, 0);
  } else if (n == 0) {
    return err_set_string(TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
  } else {
    return err_format(TypeError, "mappingproxy() takes at most 1 argument ({} given)", n);
  }
  if (!is_mapping_like(m))
    return err_format(TypeError, "mappingproxy() argument must be a mapping, not {}", type_name_of(m));
  return mappingproxy_new(m);
}

static void mappingproxy_dealloc(Object* o) {
  gc_untrack(o);
  clear_ref(static_cast<MappingProxyObject*>(o)->mapping);
  gc_free(o);
}

static int mappingproxy_traverse(Object* o, VisitFn visit, void* arg) {
  Object* m = mp_mapping(o);
  return m ? visit(m, arg) : 0;
}

static Object* mappingproxy_repr(Object* self) {
  Object* r = object_repr(mp_mapping(self));
  if (!r)
    return nullptr;
  Object* s = str_from_utf8(fmt::format("mappingproxy({})", str_view(r)));
  decref(r);
  return s;
}

static Object* mappingproxy_str(Object* self) {
  return object_str(mp_mapping(self));
}
static ssize mappingproxy_len(Object* self) {
  return object_length(mp_mapping(self));
}
static Object* mappingproxy_getitem(Object* self, Object* key) {
  return object_getitem(mp_mapping(self), key);
}

static int mappingproxy_contains(Object* self, Object* key) {
  Object* m = mp_mapping(self);
  if (dict_check_exact(m))
    return dict_contains(m, key);
  return sequence_contains(m, key);
}

static Object* mappingproxy_iter(Object* self) {
  return object_get_iter(mp_mapping(self));
}

static Object* mappingproxy_richcompare(Object* self, Object* other, int op) {
  return object_richcompare(mp_mapping(self), other, op);
}

static Object* mappingproxy_get(Object* self, Object* const* args, ssize nargs) {
  if (check_nargs("get", nargs, 1, 2) < 0)
    return nullptr;
  Object* m = mp_mapping(self);
  Object* dflt = nargs > 1 ? args[1] : None;
  if (dict_check_exact(m)) {
    Object* v = dict_getitem(m, args[0]);
    if (v)
      return newref(v);
    if (err_occurred())
      return nullptr;
    return newref(dflt);
  }
  Object* a[2] = {args[0], dflt};
  return object_call_method(m, "get", a, 2);
}

static Object* mappingproxy_keys(Object* self, Object*) {
  return object_call_method(mp_mapping(self), "keys", nullptr, 0);
}
static Object* mappingproxy_values(Object* self, Object*) {
  return object_call_method(mp_mapping(self), "values", nullptr, 0);
}
static Object* mappingproxy_items(Object* self, Object*) {
  return object_call_method(mp_mapping(self), "items", nullptr, 0);
}
static Object* mappingproxy_copy(Object* self, Object*) {
  return object_call_method(mp_mapping(self), "copy", nullptr, 0);
}
static Object* mappingproxy_reversed(Object* self, Object*) {
  Object* rev = nullptr;
  if (Interpreter* interp = Interpreter::main(); interp && interp->builtins)
    rev = dict_getitem_str(interp->builtins, "reversed");
  if (!rev)
    return err_set_string(RuntimeError, "reversed builtin not found");
  return object_call_one(rev, mp_mapping(self));
}

static MethodDef mappingproxy_methods[] = {
    {"get", reinterpret_cast<MethodFn>(mappingproxy_get), METH_FASTCALL,
     "Return the value for key if key is in the mapping, else default."},
    {"keys", mappingproxy_keys, METH_NOARGS, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mappingproxy_values, METH_NOARGS, "D.values() -> an object providing a view on D's values"},
    {"items", mappingproxy_items, METH_NOARGS,
     "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mappingproxy_copy, METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", mappingproxy_reversed, METH_NOARGS, "D.__reversed__() -> reverse iterator"},
    {},
};

static MappingMethods mappingproxy_as_mapping = {mappingproxy_len, mappingproxy_getitem, nullptr};
static SequenceMethods mappingproxy_as_sequence = {
    nullptr, nullptr, nullptr, nullptr, nullptr, mappingproxy_contains, nullptr, nullptr};

TypeObject MappingProxyType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "mappingproxy";
  t.basicsize = sizeof(MappingProxyObject);
  t.dealloc = mappingproxy_dealloc;
  t.repr = mappingproxy_repr;
  t.as_sequence = &mappingproxy_as_sequence;
  t.as_mapping = &mappingproxy_as_mapping;
  t.str = mappingproxy_str;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_MAPPING;
  t.traverse = mappingproxy_traverse;
  t.richcompare = mappingproxy_richcompare;
  t.iter = mappingproxy_iter;
  t.methods = mappingproxy_methods;
  t.new_ = mappingproxy_type_new;
  return t;
}();
COIL_REGISTER_TYPE(MappingProxyType);

} // namespace coil
