// classmethod, staticmethod and property.
//
// Invariants
// - classmethod/staticmethod copy __module__, __name__, __qualname__,
//   __doc__ and __annotations__ of the wrapped callable into their own
//   __dict__ at construction (3.10+), and expose it as __wrapped__.
// - classmethod.__get__ chains through the wrapped object's __get__ (3.11).
// - A property's `name` is set by __set_name__ and only used in messages.
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include <fmt/format.h>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_impl.h"
#include "runtime/runtime.h"

namespace coil {

using namespace type_impl;

// ---------------------------------------------------------------- shared by classmethod / staticmethod

static void cm_dealloc(Object* o) {
  auto* cm = static_cast<ClassMethodObject*>(o);
  gc_untrack(o);
  clear_ref(cm->callable);
  clear_ref(cm->dict);
  o->type->free_(o);
}

static int cm_traverse(Object* o, VisitFn visit, void* arg) {
  auto* cm = static_cast<ClassMethodObject*>(o);
  if (cm->callable)
    if (int r = visit(cm->callable, arg))
      return r;
  return cm->dict ? visit(cm->dict, arg) : 0;
}

static int cm_clear(Object* o) {
  auto* cm = static_cast<ClassMethodObject*>(o);
  clear_ref(cm->callable);
  clear_ref(cm->dict);
  return 0;
}

static int functools_wraps(Object* wrapper, Object* wrapped) {
  static const char* const names[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};
  for (const char* n : names) {
    Object* name = str_static(n);
    int error;
    Object* v = object_lookup_attr(wrapped, name, &error);
    if (error)
      return -1;
    if (!v)
      continue;
    int r = object_setattr(wrapper, name, v);
    decref(v);
    if (r < 0)
      return -1;
  }
  return 0;
}

static int cm_init_common(Object* self, Object* args, Object* kwargs, const char* name) {
  if (no_keywords_dict(name, kwargs) < 0)
    return -1;
  ssize n = args ? tuple_size(args) : 0;
  if (check_nargs(name, n, 1, 1) < 0)
    return -1;
  auto* cm = static_cast<ClassMethodObject*>(self);
  setref(cm->callable, newref(tuple_get(args, 0)));
  return functools_wraps(self, cm->callable);
}

static Object* cm_get_isabstract(Object* self, void*) {
  auto* cm = static_cast<ClassMethodObject*>(self);
  int error;
  Object* v =
      cm->callable ? object_lookup_attr(cm->callable, COIL_NAME("__isabstractmethod__"), &error) : nullptr;
  if (!v)
    return err_occurred() ? nullptr : bool_from(false);
  int t = object_is_true(v);
  decref(v);
  return t < 0 ? nullptr : bool_from(t);
}

static Object* cm_get_dict(Object* self, void*) {
  return object_get_dict(self);
}

static int cm_set_dict(Object* self, Object* value, void*) {
  if (!value || !dict_check(value)) {
    err_format(TypeError, "__dict__ must be set to a dictionary, not a '{}'",
               value ? type_name_of(value) : "NULL");
    return -1;
  }
  setref(static_cast<ClassMethodObject*>(self)->dict, newref(value));
  return 0;
}

static MemberDef cm_members[] = {
    {"__func__", MEMBER_OBJECT, offsetof(ClassMethodObject, callable), MEMBER_READONLY, nullptr},
    {"__wrapped__", MEMBER_OBJECT, offsetof(ClassMethodObject, callable), MEMBER_READONLY, nullptr},
    {},
};

static GetSetDef cm_getset[] = {
    {"__isabstractmethod__", cm_get_isabstract, nullptr, nullptr, nullptr},
    {"__dict__", cm_get_dict, cm_set_dict, nullptr, nullptr},
    {},
};

static Object* cm_alloc_new(TypeObject* type, Object*, Object*) {
  return type_generic_alloc(type, 0);
}

// ---------------------------------------------------------------- classmethod

static Object* classmethod_get(Object* self, Object* obj, Object* type) {
  auto* cm = static_cast<ClassMethodObject*>(self);
  if (!cm->callable)
    return err_set_string(RuntimeError, "uninitialized classmethod object");
  if (!type)
    type = obj->type;
  if (DescrGetFn get = cm->callable->type->descr_get)
    return get(cm->callable, type, type);
  return method_new(cm->callable, type);
}

static int classmethod_init(Object* self, Object* args, Object* kwargs) {
  return cm_init_common(self, args, kwargs, "classmethod");
}

static Object* classmethod_repr(Object* self) {
  auto* cm = static_cast<ClassMethodObject*>(self);
  Object* r = object_repr(cm->callable ? cm->callable : None);
  if (!r)
    return nullptr;
  Object* s = str_from_utf8(fmt::format("<classmethod({})>", str_view(r)));
  decref(r);
  return s;
}

TypeObject ClassMethodType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "classmethod";
  t.basicsize = sizeof(ClassMethodObject);
  t.dealloc = cm_dealloc;
  t.repr = classmethod_repr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  t.doc = "classmethod(function) -> method\n\nConvert a function to be a class method.";
  t.traverse = cm_traverse;
  t.clear = cm_clear;
  t.members = cm_members;
  t.getset = cm_getset;
  t.descr_get = classmethod_get;
  t.dictoffset = offsetof(ClassMethodObject, dict);
  t.init = classmethod_init;
  t.new_ = cm_alloc_new;
  return t;
}();
COIL_REGISTER_TYPE(ClassMethodType);

static Object* cm_make(TypeObject* type, Object* callable, InitFn init) {
  Object* o = type_generic_alloc(type, 0);
  if (!o)
    return nullptr;
  Object* args = tuple_pack({callable});
  if (!args || init(o, args, nullptr) < 0) {
    xdecref(args);
    decref(o);
    return nullptr;
  }
  decref(args);
  return o;
}

Object* classmethod_new(Object* callable) {
  return cm_make(&ClassMethodType, callable, classmethod_init);
}

// ---------------------------------------------------------------- staticmethod

static Object* staticmethod_get(Object* self, Object*, Object*) {
  auto* sm = static_cast<ClassMethodObject*>(self);
  if (!sm->callable)
    return err_set_string(RuntimeError, "uninitialized staticmethod object");
  return newref(sm->callable);
}

static int staticmethod_init(Object* self, Object* args, Object* kwargs) {
  return cm_init_common(self, args, kwargs, "staticmethod");
}

static Object* staticmethod_call(Object* self, Object* args, Object* kwargs) {
  auto* sm = static_cast<ClassMethodObject*>(self);
  if (!sm->callable)
    return err_set_string(RuntimeError, "uninitialized staticmethod object");
  return object_call(sm->callable, args, kwargs);
}

static Object* staticmethod_repr(Object* self) {
  auto* sm = static_cast<ClassMethodObject*>(self);
  Object* r = object_repr(sm->callable ? sm->callable : None);
  if (!r)
    return nullptr;
  Object* s = str_from_utf8(fmt::format("<staticmethod({})>", str_view(r)));
  decref(r);
  return s;
}

TypeObject StaticMethodType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "staticmethod";
  t.basicsize = sizeof(ClassMethodObject);
  t.dealloc = cm_dealloc;
  t.repr = staticmethod_repr;
  t.call = staticmethod_call;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  t.doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.";
  t.traverse = cm_traverse;
  t.clear = cm_clear;
  t.members = cm_members;
  t.getset = cm_getset;
  t.descr_get = staticmethod_get;
  t.dictoffset = offsetof(ClassMethodObject, dict);
  t.init = staticmethod_init;
  t.new_ = cm_alloc_new;
  return t;
}();
COIL_REGISTER_TYPE(StaticMethodType);

Object* staticmethod_new(Object* callable) {
  return cm_make(&StaticMethodType, callable, staticmethod_init);
}

// ---------------------------------------------------------------- property

static void property_dealloc(Object* o) {
  auto* p = static_cast<PropertyObject*>(o);
  gc_untrack(o);
  clear_ref(p->fget);
  clear_ref(p->fset);
  clear_ref(p->fdel);
  clear_ref(p->doc);
  clear_ref(p->name);
  o->type->free_(o);
}

static int property_traverse(Object* o, VisitFn visit, void* arg) {
  auto* p = static_cast<PropertyObject*>(o);
  Object* refs[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
  for (Object* r : refs)
    if (r)
      if (int v = visit(r, arg))
        return v;
  return 0;
}

static int property_clear(Object* o) {
  auto* p = static_cast<PropertyObject*>(o);
  clear_ref(p->fget);
  clear_ref(p->fset);
  clear_ref(p->fdel);
  clear_ref(p->doc);
  clear_ref(p->name);
  return 0;
}

static std::nullptr_t property_error(PropertyObject* p, Object* obj, const char* what) {
  if (p->name) {
    Object* r = object_repr(p->name);
    if (!r)
      return nullptr;
    err_format(AttributeError, "property {} of '{}' object has no {}", str_view(r), type_name_of(obj), what);
    decref(r);
  } else {
    err_format(AttributeError, "property of '{}' object has no {}", type_name_of(obj), what);
  }
  return nullptr;
}

static Object* property_get(Object* self, Object* obj, Object*) {
  if (!obj || obj == None)
    return newref(self);
  auto* p = static_cast<PropertyObject*>(self);
  if (!p->fget)
    return property_error(p, obj, "getter");
  return object_call_one(p->fget, obj);
}

static int property_set(Object* self, Object* obj, Object* value) {
  auto* p = static_cast<PropertyObject*>(self);
  Object* func = value ? p->fset : p->fdel;
  if (!func) {
    property_error(p, obj, value ? "setter" : "deleter");
    return -1;
  }
  Object* r;
  if (value) {
    Object* args[2] = {obj, value};
    r = object_vectorcall(func, args, 2, nullptr);
  } else {
    r = object_call_one(func, obj);
  }
  if (!r)
    return -1;
  decref(r);
  return 0;
}

static int property_init(Object* self, Object* args, Object* kwargs) {
  static const char* const kwlist[] = {"fget", "fset", "fdel", "doc"};
  Object* vals[4] = {nullptr, nullptr, nullptr, nullptr};
  ssize nargs = args ? tuple_size(args) : 0;
  ssize nkw = kwargs ? dict_size(kwargs) : 0;
  if (nargs + nkw > 4) {
    err_format(TypeError, "property() takes at most 4 arguments ({} given)", nargs + nkw);
    return -1;
  }
  for (ssize i = 0; i < nargs; i++)
    vals[i] = tuple_get(args, i);
  if (kwargs) {
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      int idx = -1;
      for (int i = 0; i < 4; i++)
        if (str_check(k) && str_equal_ascii(k, kwlist[i]))
          idx = i;
      if (idx < 0) {
        err_format(TypeError, "'{}' is an invalid keyword argument for property()",
                   str_check(k) ? str_view(k) : std::string_view("?"));
        return -1;
      }
      if (vals[idx]) {
        err_format(TypeError, "argument for property() given by name ('{}') and position ({})", kwlist[idx],
                   idx + 1);
        return -1;
      }
      vals[idx] = v;
    }
  }
  auto* p = static_cast<PropertyObject*>(self);
  auto norm = [](Object* o) -> Object* { return o && o != None ? newref(o) : nullptr; };
  setref(p->fget, norm(vals[0]));
  setref(p->fset, norm(vals[1]));
  setref(p->fdel, norm(vals[2]));
  setref(p->doc, xnewref(vals[3] && vals[3] != None ? vals[3] : nullptr));
  p->getter_doc = false;
  Object* prop_doc = p->doc ? newref(p->doc) : nullptr;
  if (!prop_doc && p->fget) {
    int error;
    Object* d = object_lookup_attr(p->fget, COIL_NAME("__doc__"), &error);
    if (error)
      return -1;
    if (d && d != None) {
      prop_doc = d;
      p->getter_doc = true;
    } else {
      xdecref(d);
    }
  }
  if (self->type == &PropertyType) {
    setref(p->doc, prop_doc);
    return 0;
  }
  // Subclass instances keep the doc in their __dict__ (CPython's behaviour).
  if (!prop_doc)
    prop_doc = none_new();
  int r = object_setattr(self, COIL_NAME("__doc__"), prop_doc);
  if (r < 0 && err_matches(AttributeError)) {
    err_clear();
    setref(p->doc, prop_doc);
    return 0;
  }
  decref(prop_doc);
  return r;
}

static Object* property_copy(Object* old, Object* get, Object* set, Object* del) {
  auto* p = static_cast<PropertyObject*>(old);
  Object* g = get ? get : (p->fget ? p->fget : None);
  Object* s = set ? set : (p->fset ? p->fset : None);
  Object* d = del ? del : (p->fdel ? p->fdel : None);
  Object* doc;
  if (p->getter_doc && get && get != None)
    doc = None;
  else
    doc = p->doc ? p->doc : None;
  Object* args[4] = {g, s, d, doc};
  Object* n = object_vectorcall(static_cast<Object*>(old->type), args, 4, nullptr);
  if (!n)
    return nullptr;
  if (is_instance_of(n, &PropertyType))
    setref(static_cast<PropertyObject*>(n)->name, xnewref(p->name));
  return n;
}

static Object* property_getter(Object* self, Object* f) {
  return property_copy(self, f, nullptr, nullptr);
}
static Object* property_setter(Object* self, Object* f) {
  return property_copy(self, nullptr, f, nullptr);
}
static Object* property_deleter(Object* self, Object* f) {
  return property_copy(self, nullptr, nullptr, f);
}

static Object* property_set_name(Object* self, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "__set_name__() takes 2 positional arguments but {} were given", nargs);
  setref(static_cast<PropertyObject*>(self)->name, newref(args[1]));
  return none_new();
}

static Object* property_get_isabstract(Object* self, void*) {
  auto* p = static_cast<PropertyObject*>(self);
  Object* funcs[] = {p->fget, p->fset, p->fdel};
  for (Object* f : funcs) {
    if (!f)
      continue;
    int error;
    Object* v = object_lookup_attr(f, COIL_NAME("__isabstractmethod__"), &error);
    if (error)
      return nullptr;
    if (!v)
      continue;
    int t = object_is_true(v);
    decref(v);
    if (t < 0)
      return nullptr;
    if (t)
      return bool_from(true);
  }
  return bool_from(false);
}

static MethodDef property_methods[] = {
    {"getter", property_getter, METH_O,
     "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, METH_O,
     "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, METH_O,
     "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", reinterpret_cast<MethodFn>(property_set_name), METH_FASTCALL | METH_VARARGS_ERRORS,
     "Method to set name of a property."},
    {},
};

static MemberDef property_members[] = {
    {"fget", MEMBER_OBJECT, offsetof(PropertyObject, fget), MEMBER_READONLY, nullptr},
    {"fset", MEMBER_OBJECT, offsetof(PropertyObject, fset), MEMBER_READONLY, nullptr},
    {"fdel", MEMBER_OBJECT, offsetof(PropertyObject, fdel), MEMBER_READONLY, nullptr},
    {"__doc__", MEMBER_OBJECT, offsetof(PropertyObject, doc), 0, nullptr},
    {},
};

static GetSetDef property_getset[] = {
    {"__isabstractmethod__", property_get_isabstract, nullptr, nullptr, nullptr},
    {},
};

TypeObject PropertyType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "property";
  t.basicsize = sizeof(PropertyObject);
  t.dealloc = property_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  t.doc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n"
          "    function to be used for setting an attribute value\n  fdel\n"
          "    function to be used for del'ing an attribute\n  doc\n    docstring\n";
  t.traverse = property_traverse;
  t.clear = property_clear;
  t.methods = property_methods;
  t.members = property_members;
  t.getset = property_getset;
  t.descr_get = property_get;
  t.descr_set = property_set;
  t.init = property_init;
  t.new_ = cm_alloc_new;
  return t;
}();
COIL_REGISTER_TYPE(PropertyType);

} // namespace coil
