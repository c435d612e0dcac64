// Descriptors of built-in types: method_descriptor, classmethod_descriptor,
// member_descriptor, getset_descriptor, wrapper_descriptor (slot wrappers)
// and method-wrapper (a slot wrapper bound to an instance); methoddef_call.
//
// Invariants
// - Every descriptor holds a strong reference to its owner type and name.
// - Calling an unbound descriptor checks that the first argument is an
//   instance of the owner before calling the C function (CPython's
//   messages), so C methods may assume the layout of `self`.
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include <fmt/format.h>

#include <cstring>
#include <string>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_impl.h"
#include "runtime/recursion.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

using namespace type_impl;

// ---------------------------------------------------------------- methoddef_call

static std::string error_name(MethodDef* def, Object* self, const char* qualname) {
  if (qualname && strchr(qualname, '.'))
    return qualname;
  if (self && !module_check(self)) {
    TypeObject* t = type_check(self) ? static_cast<TypeObject*>(self) : self->type;
    if (type_has_flag(t, TPFLAG_HEAPTYPE) && t->qualname && str_check(t->qualname))
      return fmt::format("{}.{}", str_to_std(t->qualname), def->name);
    return fmt::format("{}.{}", type_name(t), def->name);
  }
  return qualname ? qualname : def->name;
}

// Checks the arguments against def's calling convention, then calls it; a
// counted call is one level of recursion (recursion.h), entered after the
// checks as CPython's cfunction_vectorcall_* and method_vectorcall_* do.
static Object* methoddef_call_impl(MethodDef* def, Object* self, Object* const* args, ssize nargs,
                                   Object* kwnames, TypeObject* owner, const char* qualname,
                                   bool counted = true) {
  auto name = [&]() -> std::string {
    if (owner)
      return fmt::format("{}.{}", type_name(owner), def->name);
    return error_name(def, self, qualname);
  };
  bool has_kw = kwnames && tuple_size(kwnames) > 0;
  if (has_kw && !owner && (def->flags & METH_VARARGS_ERRORS))
    return err_format(TypeError, "{}() takes no keyword arguments", def->name);
  int flags =
      def->flags & ~(METH_CLASS | METH_STATIC | METH_COEXIST | METH_VARARGS_ERRORS | METH_VARARGS_CALL);
  switch (flags) {
  case METH_NOARGS:
    if (has_kw)
      return err_format(TypeError, "{}() takes no keyword arguments", name());
    if (nargs != 0)
      return err_format(TypeError, "{}() takes no arguments ({} given)", name(), nargs);
    break;
  case METH_O:
    if (has_kw)
      return err_format(TypeError, "{}() takes no keyword arguments", name());
    if (nargs != 1)
      return err_format(TypeError, "{}() takes exactly one argument ({} given)", name(), nargs);
    break;
  case METH_FASTCALL:
    if (has_kw)
      return err_format(TypeError, "{}() takes no keyword arguments", name());
    break;
  case METH_FASTCALL | METH_KEYWORDS:
    break;
  default:
    return err_format(SystemError, "{}() method: bad call flags", def->name);
  }
  ThreadState* ts = counted ? ThreadState::current() : nullptr;
  if (ts && !recursion_enter(ts, WHILE_CALLING))
    return nullptr;
  Object* r;
  switch (flags) {
  case METH_NOARGS:
    r = def->fn(self, nullptr);
    break;
  case METH_O:
    r = def->fn(self, args[0]);
    break;
  case METH_FASTCALL:
    r = reinterpret_cast<FastMethodFn>(def->fn)(self, args, nargs);
    break;
  default:
    r = reinterpret_cast<FastKwMethodFn>(def->fn)(self, args, nargs, has_kw ? kwnames : nullptr);
    break;
  }
  if (ts)
    recursion_leave(ts);
  return r;
}

Object* methoddef_call(MethodDef* def, Object* self, Object* const* args, ssize nargs, Object* kwnames,
                       const char* qualname_for_errors, bool counted) {
  return methoddef_call_impl(def, self, args, nargs, kwnames, nullptr, qualname_for_errors, counted);
}

// ---------------------------------------------------------------- common parts

template <class T> static T* descr_alloc(TypeObject* dtype, TypeObject* owner, const char* name) {
  auto* d = reinterpret_cast<T*>(gc_alloc(dtype, sizeof(T)));
  if (!d)
    return nullptr;
  d->owner = newref(owner);
  d->name = str_intern_utf8(name);
  if (!d->name) {
    decref(d);
    return nullptr;
  }
  d->qualname = nullptr;
  gc_track(d);
  return d;
}

static void descr_dealloc(Object* o) {
  auto* d = static_cast<DescrObject*>(o);
  gc_untrack(o);
  TypeObject* owner = d->owner;
  d->owner = nullptr;
  xdecref(owner);
  clear_ref(d->name);
  clear_ref(d->qualname);
  if (o->type == &WrapperDescrType) {
    // nothing else owned
  }
  gc_free(o);
}

static int descr_traverse(Object* o, VisitFn visit, void* arg) {
  auto* d = static_cast<DescrObject*>(o);
  if (d->owner)
    return visit(d->owner, arg);
  return 0;
}

static const char* descr_name(Object* o) {
  auto* d = static_cast<DescrObject*>(o);
  return d->name ? str_as_utf8(d->name) : "?";
}

// 0 = ok (obj is an instance of the owner), -1 = TypeError set.
static int descr_check(DescrObject* d, Object* obj) {
  if (is_instance_of(obj, d->owner))
    return 0;
  err_format(TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", descr_name(d),
             type_name(d->owner), type_name_of(obj));
  return -1;
}

static Object* descr_get_name(Object* self, void*) {
  return newref(static_cast<DescrObject*>(self)->name);
}

static Object* descr_get_qualname(Object* self, void*) {
  auto* d = static_cast<DescrObject*>(self);
  if (!d->qualname) {
    Object* tq = type_qualname(d->owner);
    if (!tq)
      return nullptr;
    d->qualname = str_from_utf8(fmt::format("{}.{}", str_view(tq), str_view(d->name)));
    decref(tq);
    if (!d->qualname)
      return nullptr;
  }
  return newref(d->qualname);
}

static Object* descr_get_objclass(Object* self, void*) {
  return newref(static_cast<Object*>(static_cast<DescrObject*>(self)->owner));
}

static Object* doc_or_none(const char* doc) {
  return doc ? str_from_utf8(doc) : none_new();
}

static Object* descr_reduce(Object* self, Object*) {
  // (getattr, (owner, name)), as CPython's descr_reduce.
  Object* getattr_fn = nullptr;
  if (Interpreter* interp = Interpreter::main(); interp && interp->builtins)
    getattr_fn = dict_getitem_str(interp->builtins, "getattr");
  if (!getattr_fn)
    return err_set_string(RuntimeError, "getattr builtin not found");
  auto* d = static_cast<DescrObject*>(self);
  Object* inner = tuple_pack({d->owner, d->name});
  if (!inner)
    return nullptr;
  Object* r = tuple_pack({getattr_fn, inner});
  decref(inner);
  return r;
}

static MethodDef descr_methods[] = {
    {"__reduce__", descr_reduce, METH_NOARGS, nullptr},
    {},
};

// ---------------------------------------------------------------- method_descriptor

static Object* method_descr_call(Object* callable, Object* const* args, size_t nargsf, Object* kwnames,
                                 bool counted) {
  auto* d = static_cast<MethodDescrObject*>(callable);
  ssize nargs = vectorcall_nargs(nargsf);
  if (nargs < 1)
    return err_format(TypeError, "unbound method {}.{}() needs an argument", type_name(d->owner),
                      d->def->name);
  Object* self = args[0];
  if (descr_check(d, self) < 0)
    return nullptr;
  return methoddef_call_impl(d->def, self, args + 1, nargs - 1, kwnames, d->owner, nullptr, counted);
}
static Object* method_descr_vectorcall(Object* callable, Object* const* args, size_t nargsf,
                                       Object* kwnames) {
  return method_descr_call(callable, args, nargsf, kwnames, true);
}
Object* method_descr_call_uncounted(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  return method_descr_call(callable, args, nargsf, kwnames, false);
}

Object* descr_new_method(TypeObject* owner, MethodDef* def) {
  auto* d = descr_alloc<MethodDescrObject>(&MethodDescrType, owner, def->name);
  if (!d)
    return nullptr;
  d->def = def;
  d->vectorcall = method_descr_vectorcall;
  return d;
}

static Object* method_descr_get(Object* self, Object* obj, Object* type) {
  auto* d = static_cast<MethodDescrObject*>(self);
  if (!obj)
    return newref(self);
  if (descr_check(d, obj) < 0)
    return nullptr;
  return builtin_function_new(d->def, obj, nullptr);
}

static Object* method_descr_repr(Object* self) {
  auto* d = static_cast<DescrObject*>(self);
  return str_from_utf8(fmt::format("<method '{}' of '{}' objects>", descr_name(d), type_name(d->owner)));
}

static Object* method_descr_get_doc(Object* self, void*) {
  return doc_or_none(static_cast<MethodDescrObject*>(self)->def->doc);
}

static GetSetDef method_descr_getset[] = {
    {"__name__", descr_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", descr_get_qualname, nullptr, nullptr, nullptr},
    {"__objclass__", descr_get_objclass, nullptr, nullptr, nullptr},
    {"__doc__", method_descr_get_doc, nullptr, nullptr, nullptr},
    {},
};

TypeObject MethodDescrType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "method_descriptor";
  t.basicsize = sizeof(MethodDescrObject);
  t.dealloc = descr_dealloc;
  t.vectorcall_offset = offsetof(MethodDescrObject, vectorcall);
  t.call = vectorcall_call; // gives the type a __call__ slot wrapper
  t.repr = method_descr_repr;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_HAVE_VECTORCALL | TPFLAG_METHOD_DESCRIPTOR;
  t.traverse = descr_traverse;
  t.methods = descr_methods;
  t.getset = method_descr_getset;
  t.descr_get = method_descr_get;
  return t;
}();
COIL_REGISTER_TYPE(MethodDescrType);

// ---------------------------------------------------------------- classmethod_descriptor

static Object* classmethod_descr_get(Object* self, Object* obj, Object* type) {
  auto* d = static_cast<MethodDescrObject*>(self);
  if (!type) {
    if (!obj)
      return err_format(TypeError, "descriptor '{}' for type '{}' needs either an object or a type",
                        descr_name(d), type_name(d->owner));
    type = obj->type;
  }
  if (!type_check(type))
    return err_format(TypeError, "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
                      descr_name(d), type_name(d->owner), type_name_of(type));
  if (!type_is_subtype(static_cast<TypeObject*>(type), d->owner))
    return err_format(TypeError, "descriptor '{}' requires a subtype of '{}' but received '{}'",
                      descr_name(d), type_name(d->owner), type_name(static_cast<TypeObject*>(type)));
  return builtin_function_new(d->def, type, nullptr);
}

static Object* classmethod_descr_vectorcall(Object* callable, Object* const* args, size_t nargsf,
                                            Object* kwnames) {
  auto* d = static_cast<MethodDescrObject*>(callable);
  ssize nargs = vectorcall_nargs(nargsf);
  if (nargs < 1)
    return err_format(TypeError, "descriptor '{}' of '{}' object needs an argument", descr_name(d),
                      type_name(d->owner));
  Object* self = args[0];
  if (!type_check(self))
    return err_format(TypeError, "descriptor '{}' requires a type but received a '{}'", descr_name(d),
                      type_name_of(self));
  if (!type_is_subtype(static_cast<TypeObject*>(self), d->owner))
    return err_format(TypeError, "descriptor '{}' requires a subtype of '{}' but received '{}'",
                      descr_name(d), type_name(d->owner), type_name(static_cast<TypeObject*>(self)));
  return methoddef_call_impl(d->def, self, args + 1, nargs - 1, kwnames, static_cast<TypeObject*>(self),
                             nullptr);
}

Object* descr_new_classmethod(TypeObject* owner, MethodDef* def) {
  auto* d = descr_alloc<MethodDescrObject>(&ClassMethodDescrType, owner, def->name);
  if (!d)
    return nullptr;
  d->def = def;
  d->vectorcall = classmethod_descr_vectorcall;
  return d;
}

TypeObject ClassMethodDescrType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "classmethod_descriptor";
  t.basicsize = sizeof(MethodDescrObject);
  t.dealloc = descr_dealloc;
  t.vectorcall_offset = offsetof(MethodDescrObject, vectorcall);
  t.call = vectorcall_call; // gives the type a __call__ slot wrapper
  t.repr = method_descr_repr;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_HAVE_VECTORCALL;
  t.traverse = descr_traverse;
  t.methods = descr_methods;
  t.getset = method_descr_getset;
  t.descr_get = classmethod_descr_get;
  return t;
}();
COIL_REGISTER_TYPE(ClassMethodDescrType);

// ---------------------------------------------------------------- member_descriptor

Object* descr_new_member(TypeObject* owner, MemberDef* def) {
  auto* d = descr_alloc<MemberDescrObject>(&MemberDescrType, owner, def->name);
  if (!d)
    return nullptr;
  d->def = def;
  return d;
}

static Object* member_read(Object* obj, MemberDef* m) {
  char* addr = reinterpret_cast<char*>(obj) + m->offset;
  switch (m->kind) {
  case MEMBER_OBJECT: {
    Object* v = *reinterpret_cast<Object**>(addr);
    return newref(v ? v : None);
  }
  case MEMBER_OBJECT_EX: {
    Object* v = *reinterpret_cast<Object**>(addr);
    if (!v) {
      Object* n = str_from_utf8(m->name);
      if (n) {
        raise_no_attribute(obj, n);
        decref(n);
      }
      return nullptr;
    }
    return newref(v);
  }
  case MEMBER_SSIZE:
    return int_from_i64(*reinterpret_cast<ssize*>(addr));
  case MEMBER_INT:
    return int_from_i64(*reinterpret_cast<int*>(addr));
  case MEMBER_BOOL:
    return bool_from(*reinterpret_cast<bool*>(addr));
  case MEMBER_DOUBLE:
    return float_from_double(*reinterpret_cast<double*>(addr));
  default:
    return err_set_string(SystemError, "bad memberdescr type");
  }
}

static int member_write(Object* obj, MemberDef* m, Object* v) {
  char* addr = reinterpret_cast<char*>(obj) + m->offset;
  if (m->flags & MEMBER_READONLY) {
    err_set_string(AttributeError, "readonly attribute");
    return -1;
  }
  if (!v && m->kind != MEMBER_OBJECT && m->kind != MEMBER_OBJECT_EX) {
    err_set_string(TypeError, "can't delete numeric/char attribute");
    return -1;
  }
  switch (m->kind) {
  case MEMBER_OBJECT:
  case MEMBER_OBJECT_EX: {
    Object** slot = reinterpret_cast<Object**>(addr);
    if (!v && m->kind == MEMBER_OBJECT_EX && !*slot) {
      err_set_string(AttributeError, m->name);
      return -1;
    }
    Object* old = *slot;
    *slot = xnewref(v);
    xdecref(old);
    return 0;
  }
  case MEMBER_SSIZE:
  case MEMBER_INT: {
    if (!int_check(v)) {
      err_set_string(TypeError, "attribute value type must be int");
      return -1;
    }
    ssize x = int_as_ssize(v);
    if (x == -1 && err_occurred())
      return -1;
    if (m->kind == MEMBER_SSIZE)
      *reinterpret_cast<ssize*>(addr) = x;
    else
      *reinterpret_cast<int*>(addr) = static_cast<int>(x);
    return 0;
  }
  case MEMBER_BOOL:
    if (!bool_check(v)) {
      err_set_string(TypeError, "attribute value type must be bool");
      return -1;
    }
    *reinterpret_cast<bool*>(addr) = v == True;
    return 0;
  case MEMBER_DOUBLE: {
    double x = float_as_double(v);
    if (x == -1.0 && err_occurred())
      return -1;
    *reinterpret_cast<double*>(addr) = x;
    return 0;
  }
  default:
    err_set_string(SystemError, "bad memberdescr type");
    return -1;
  }
}

static Object* member_get(Object* self, Object* obj, Object*) {
  auto* d = static_cast<MemberDescrObject*>(self);
  if (!obj)
    return newref(self);
  if (descr_check(d, obj) < 0)
    return nullptr;
  return member_read(obj, d->def);
}

static int member_set(Object* self, Object* obj, Object* value) {
  auto* d = static_cast<MemberDescrObject*>(self);
  if (descr_check(d, obj) < 0)
    return -1;
  return member_write(obj, d->def, value);
}

static Object* member_repr(Object* self) {
  auto* d = static_cast<DescrObject*>(self);
  return str_from_utf8(fmt::format("<member '{}' of '{}' objects>", descr_name(d), type_name(d->owner)));
}

static Object* member_get_doc(Object* self, void*) {
  return doc_or_none(static_cast<MemberDescrObject*>(self)->def->doc);
}

static GetSetDef member_getset[] = {
    {"__name__", descr_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", descr_get_qualname, nullptr, nullptr, nullptr},
    {"__objclass__", descr_get_objclass, nullptr, nullptr, nullptr},
    {"__doc__", member_get_doc, nullptr, nullptr, nullptr},
    {},
};

TypeObject MemberDescrType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "member_descriptor";
  t.basicsize = sizeof(MemberDescrObject);
  t.dealloc = descr_dealloc;
  t.repr = member_repr;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC;
  t.traverse = descr_traverse;
  t.methods = descr_methods;
  t.getset = member_getset;
  t.descr_get = member_get;
  t.descr_set = member_set;
  return t;
}();
COIL_REGISTER_TYPE(MemberDescrType);

// ---------------------------------------------------------------- getset_descriptor

Object* descr_new_getset(TypeObject* owner, GetSetDef* def) {
  auto* d = descr_alloc<GetSetDescrObject>(&GetSetDescrType, owner, def->name);
  if (!d)
    return nullptr;
  d->def = def;
  return d;
}

static Object* getset_get(Object* self, Object* obj, Object*) {
  auto* d = static_cast<GetSetDescrObject*>(self);
  if (!obj)
    return newref(self);
  if (descr_check(d, obj) < 0)
    return nullptr;
  if (!d->def->get)
    return err_format(AttributeError, "attribute '{}' of '{}' objects is not readable", descr_name(d),
                      type_name(d->owner));
  return d->def->get(obj, d->def->closure);
}

static int getset_set(Object* self, Object* obj, Object* value) {
  auto* d = static_cast<GetSetDescrObject*>(self);
  if (descr_check(d, obj) < 0)
    return -1;
  if (!d->def->set) {
    err_format(AttributeError, "attribute '{}' of '{}' objects is not writable", descr_name(d),
               type_name(d->owner));
    return -1;
  }
  return d->def->set(obj, value, d->def->closure);
}

static Object* getset_repr(Object* self) {
  auto* d = static_cast<DescrObject*>(self);
  return str_from_utf8(fmt::format("<attribute '{}' of '{}' objects>", descr_name(d), type_name(d->owner)));
}

static Object* getset_get_doc(Object* self, void*) {
  return doc_or_none(static_cast<GetSetDescrObject*>(self)->def->doc);
}

static GetSetDef getset_getset[] = {
    {"__name__", descr_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", descr_get_qualname, nullptr, nullptr, nullptr},
    {"__objclass__", descr_get_objclass, nullptr, nullptr, nullptr},
    {"__doc__", getset_get_doc, nullptr, nullptr, nullptr},
    {},
};

TypeObject GetSetDescrType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "getset_descriptor";
  t.basicsize = sizeof(GetSetDescrObject);
  t.dealloc = descr_dealloc;
  t.repr = getset_repr;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC;
  t.traverse = descr_traverse;
  t.methods = descr_methods;
  t.getset = getset_getset;
  t.descr_get = getset_get;
  t.descr_set = getset_set;
  return t;
}();
COIL_REGISTER_TYPE(GetSetDescrType);

// ---------------------------------------------------------------- wrapper_descriptor

static Object* wrapper_descr_vectorcall(Object* callable, Object* const* args, size_t nargsf,
                                        Object* kwnames) {
  auto* d = static_cast<WrapperDescrObject*>(callable);
  // CPython calls slot wrappers through their call slot: one level of recursion.
  RecursionScope guard(WHILE_CALLING);
  if (!guard.ok())
    return nullptr;
  ssize nargs = vectorcall_nargs(nargsf);
  if (nargs < 1)
    return err_format(TypeError, "descriptor '{}' of '{}' object needs an argument", descr_name(d),
                      type_name(d->owner));
  Object* self = args[0];
  if (!is_instance_of(self, d->owner))
    return err_format(TypeError, "descriptor '{}' requires a '{}' object but received a '{}'", descr_name(d),
                      type_name(d->owner), type_name_of(self));
  if (!(d->base->flags & SLOTDEF_KEYWORDS) && kwnames && tuple_size(kwnames) > 0)
    return err_format(TypeError, "wrapper {}() takes no keyword arguments", descr_name(d));
  return d->base->wrapper(self, args + 1, nargs - 1, kwnames, d->wrapped);
}

Object* descr_new_wrapper(TypeObject* owner, const SlotDef* base, void* wrapped) {
  auto* d = descr_alloc<WrapperDescrObject>(&WrapperDescrType, owner, base->name);
  if (!d)
    return nullptr;
  d->base = base;
  d->wrapped = wrapped;
  d->vectorcall = wrapper_descr_vectorcall;
  return d;
}

static Object* method_wrapper_new(WrapperDescrObject* d, Object* self);

static Object* wrapper_descr_get(Object* self, Object* obj, Object*) {
  auto* d = static_cast<WrapperDescrObject*>(self);
  if (!obj)
    return newref(self);
  if (descr_check(d, obj) < 0)
    return nullptr;
  return method_wrapper_new(d, obj);
}

static Object* wrapper_descr_repr(Object* self) {
  auto* d = static_cast<DescrObject*>(self);
  return str_from_utf8(
      fmt::format("<slot wrapper '{}' of '{}' objects>", descr_name(d), type_name(d->owner)));
}

static Object* wrapper_descr_get_doc(Object* self, void*) {
  return doc_or_none(static_cast<WrapperDescrObject*>(self)->base->doc);
}

static GetSetDef wrapper_descr_getset[] = {
    {"__name__", descr_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", descr_get_qualname, nullptr, nullptr, nullptr},
    {"__objclass__", descr_get_objclass, nullptr, nullptr, nullptr},
    {"__doc__", wrapper_descr_get_doc, nullptr, nullptr, nullptr},
    {},
};

TypeObject WrapperDescrType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "wrapper_descriptor";
  t.basicsize = sizeof(WrapperDescrObject);
  t.dealloc = descr_dealloc;
  t.vectorcall_offset = offsetof(WrapperDescrObject, vectorcall);
  t.call = vectorcall_call; // gives the type a __call__ slot wrapper
  t.repr = wrapper_descr_repr;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_HAVE_VECTORCALL | TPFLAG_METHOD_DESCRIPTOR;
  t.traverse = descr_traverse;
  t.methods = descr_methods;
  t.getset = wrapper_descr_getset;
  t.descr_get = wrapper_descr_get;
  return t;
}();
COIL_REGISTER_TYPE(WrapperDescrType);

// ---------------------------------------------------------------- method-wrapper

static Object* method_wrapper_vectorcall(Object* callable, Object* const* args, size_t nargsf,
                                         Object* kwnames) {
  auto* w = static_cast<MethodWrapperObject*>(callable);
  RecursionScope guard(WHILE_CALLING); // as wrapper_descr_vectorcall
  if (!guard.ok())
    return nullptr;
  if (!(w->descr->base->flags & SLOTDEF_KEYWORDS) && kwnames && tuple_size(kwnames) > 0)
    return err_format(TypeError, "wrapper {}() takes no keyword arguments", descr_name(w->descr));
  return w->descr->base->wrapper(w->self, args, vectorcall_nargs(nargsf), kwnames, w->descr->wrapped);
}

static Object* method_wrapper_new(WrapperDescrObject* d, Object* self) {
  auto* w = reinterpret_cast<MethodWrapperObject*>(gc_alloc(&MethodWrapperType, sizeof(MethodWrapperObject)));
  if (!w)
    return nullptr;
  w->vectorcall = method_wrapper_vectorcall;
  w->descr = newref(d);
  w->self = newref(self);
  gc_track(w);
  return w;
}

static void method_wrapper_dealloc(Object* o) {
  auto* w = static_cast<MethodWrapperObject*>(o);
  gc_untrack(o);
  clear_ref(w->descr);
  clear_ref(w->self);
  gc_free(o);
}

static int method_wrapper_traverse(Object* o, VisitFn visit, void* arg) {
  auto* w = static_cast<MethodWrapperObject*>(o);
  if (w->descr)
    if (int r = visit(w->descr, arg))
      return r;
  return w->self ? visit(w->self, arg) : 0;
}

static Object* method_wrapper_repr(Object* o) {
  auto* w = static_cast<MethodWrapperObject*>(o);
  return str_from_utf8(fmt::format("<method-wrapper '{}' of {} object at {:#x}>", descr_name(w->descr),
                                   type_name_of(w->self), reinterpret_cast<uintptr_t>(w->self)));
}

static Object* method_wrapper_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || a->type != &MethodWrapperType || b->type != &MethodWrapperType)
    return newref(NotImplemented);
  auto* x = static_cast<MethodWrapperObject*>(a);
  auto* y = static_cast<MethodWrapperObject*>(b);
  bool eq = x->descr == y->descr && x->self == y->self;
  return bool_from(op == CMP_EQ ? eq : !eq);
}

static hash_t method_wrapper_hash(Object* o) {
  auto* w = static_cast<MethodWrapperObject*>(o);
  hash_t x = object_generic_hash(w->self) ^ object_generic_hash(w->descr);
  return x == -1 ? -2 : x;
}

static Object* mw_get_self(Object* o, void*) {
  return newref(static_cast<MethodWrapperObject*>(o)->self);
}
static Object* mw_get_name(Object* o, void*) {
  return newref(static_cast<MethodWrapperObject*>(o)->descr->name);
}
static Object* mw_get_objclass(Object* o, void*) {
  return newref(static_cast<Object*>(static_cast<MethodWrapperObject*>(o)->descr->owner));
}
static Object* mw_get_qualname(Object* o, void*) {
  return descr_get_qualname(static_cast<MethodWrapperObject*>(o)->descr, nullptr);
}
static Object* mw_get_doc(Object* o, void*) {
  return doc_or_none(static_cast<MethodWrapperObject*>(o)->descr->base->doc);
}

static GetSetDef method_wrapper_getset[] = {
    {"__self__", mw_get_self, nullptr, nullptr, nullptr},
    {"__name__", mw_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", mw_get_qualname, nullptr, nullptr, nullptr},
    {"__objclass__", mw_get_objclass, nullptr, nullptr, nullptr},
    {"__doc__", mw_get_doc, nullptr, nullptr, nullptr},
    {},
};

TypeObject MethodWrapperType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "method-wrapper";
  t.basicsize = sizeof(MethodWrapperObject);
  t.dealloc = method_wrapper_dealloc;
  t.vectorcall_offset = offsetof(MethodWrapperObject, vectorcall);
  t.call = vectorcall_call; // gives the type a __call__ slot wrapper
  t.repr = method_wrapper_repr;
  t.hash = method_wrapper_hash;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_HAVE_VECTORCALL;
  t.traverse = method_wrapper_traverse;
  t.richcompare = method_wrapper_richcompare;
  t.getset = method_wrapper_getset;
  return t;
}();
COIL_REGISTER_TYPE(MethodWrapperType);

bool descr_is_method_like(Object* descr) noexcept {
  return descr->type == &FunctionType || type_has_flag(descr->type, TPFLAG_METHOD_DESCRIPTOR);
}

} // namespace coil
