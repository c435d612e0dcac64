// Small helpers shared by the type-system files (see type_impl.h).
//
// Invariants
// - Special-method lookup goes through the type (type_lookup), never the
//   instance dict, as CPython's _PyObject_LookupSpecial.
#include <fmt/format.h>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type_impl.h"

namespace coil::type_impl {

void gc_free_object(Object* o) {
  gc_free(o);
}
void object_free_object(Object* o) {
  object_free(o);
}

int args_to_tuple_dict(Object* const* args, ssize nargs, Object* kwnames, Object** targs, Object** tkwargs) {
  *targs = tuple_from_array(args, nargs);
  if (!*targs)
    return -1;
  *tkwargs = nullptr;
  if (kwnames && tuple_size(kwnames) > 0) {
    Object* d = dict_new();
    if (!d) {
      clear_ref(*targs);
      return -1;
    }
    for (ssize i = 0, nk = tuple_size(kwnames); i < nk; i++) {
      if (dict_setitem(d, tuple_get(kwnames, i), args[nargs + i]) < 0) {
        decref(d);
        clear_ref(*targs);
        return -1;
      }
    }
    *tkwargs = d;
  }
  return 0;
}

int no_keywords(const char* name, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) {
    err_format(TypeError, "{}() takes no keyword arguments", name);
    return -1;
  }
  return 0;
}

int no_keywords_dict(const char* name, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) {
    err_format(TypeError, "{}() takes no keyword arguments", name);
    return -1;
  }
  return 0;
}

int check_nargs(const char* name, ssize nargs, ssize lo, ssize hi) {
  if (nargs < lo) {
    err_format(TypeError, "{} expected {}{} argument{}, got {}", name, lo == hi ? "" : "at least ", lo,
               lo == 1 ? "" : "s", nargs);
    return -1;
  }
  if (nargs > hi) {
    err_format(TypeError, "{} expected {}{} argument{}, got {}", name, lo == hi ? "" : "at most ", hi,
               hi == 1 ? "" : "s", nargs);
    return -1;
  }
  return 0;
}

static bool is_unbound_method_like(Object* attr) {
  return function_check(attr) || type_has_flag(attr->type, TPFLAG_METHOD_DESCRIPTOR);
}

Object* call_special(Object* self, Object* name, Object* const* args, ssize nargs, bool* found) {
  Object* attr = type_lookup(self->type, name);
  if (!attr) {
    *found = false;
    return nullptr;
  }
  *found = true;
  incref(attr);
  Object* r;
  if (is_unbound_method_like(attr)) {
    // Call the function with self prepended, avoiding a bound method.
    Object* small[8];
    Object** stack = small;
    if (nargs + 2 > 8) {
      stack = new Object*[static_cast<size_t>(nargs + 2)];
    }
    stack[1] = self;
    for (ssize i = 0; i < nargs; i++)
      stack[i + 2] = args[i];
    r = object_vectorcall(attr, stack + 1, static_cast<size_t>(nargs + 1) | VECTORCALL_ARGUMENTS_OFFSET,
                          nullptr);
    if (stack != small)
      delete[] stack;
  } else if (DescrGetFn get = attr->type->descr_get) {
    Object* bound = get(attr, self, self->type);
    if (!bound) {
      decref(attr);
      return nullptr;
    }
    r = object_vectorcall(bound, args, static_cast<size_t>(nargs), nullptr);
    decref(bound);
  } else {
    r = object_vectorcall(attr, args, static_cast<size_t>(nargs), nullptr);
  }
  decref(attr);
  return r;
}

Object* call_special_required(Object* self, Object* name, Object* const* args, ssize nargs) {
  bool found;
  Object* r = call_special(self, name, args, nargs, &found);
  if (!found)
    return err_set_object(AttributeError, name);
  return r;
}

Object* lookup_special_bound(Object* self, Object* name, bool* error) {
  *error = false;
  Object* attr = type_lookup(self->type, name);
  if (!attr)
    return nullptr;
  if (DescrGetFn get = attr->type->descr_get) {
    Object* r = get(attr, self, self->type);
    if (!r)
      *error = true;
    return r;
  }
  return newref(attr);
}

void set_attribute_error_context(Object* obj, Object* name) {
  Object* exc = err_current();
  if (!exc || !is_instance_of(exc, static_cast<TypeObject*>(AttributeError)))
    return;
  auto* ae = static_cast<AttributeErrorObject*>(exc);
  if (ae->name || ae->obj) // already given its context (by the code that raised it)
    return;
  if (name)
    ae->name = newref(name);
  if (obj)
    ae->obj = newref(obj);
}

std::nullptr_t raise_no_attribute(Object* obj, Object* name) {
  err_format(AttributeError, "'{}' object has no attribute '{}'", type_name_of(obj), str_view(name));
  set_attribute_error_context(obj, name);
  return nullptr;
}

Object* type_full_name(TypeObject* type) {
  Object* mod = type_module(type);
  if (!mod)
    return nullptr;
  Object* qn = type_qualname(type);
  if (!qn) {
    decref(mod);
    return nullptr;
  }
  Object* r;
  if (str_check(mod) && !str_equal_ascii(mod, "builtins"))
    r = str_from_utf8(fmt::format("{}.{}", str_view(mod), str_view(qn)));
  else
    r = newref(qn);
  decref(mod);
  decref(qn);
  return r;
}

TypeObject* solid_static_base(TypeObject* type) noexcept {
  while (type && type_has_flag(type, TPFLAG_HEAPTYPE))
    type = type->base;
  return type;
}

} // namespace coil::type_impl
