// Generic object operations: dispatch from the API in runtime/object.h to
// the type slots, with CPython's fallbacks and error messages. Also the
// singletons None, NotImplemented and Ellipsis.
//
// Every function here may run Python code through a slot (see object.h).
#include "runtime/object.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/objects/type_impl.h"
#include "runtime/objects/weakref.h"
#include "runtime/recursion.h"
#include "runtime/runtime.h"
#include "runtime/stack_guard.h"
#include "runtime/thread_state.h"

namespace coil {

void dealloc(Object* o) {
  TypeObject* t = o->type;
  // CPython's PyObject_ClearWeakRefs, called centrally for every static type
  // with a weakref list (heap types: subtype_dealloc, after __del__).
  if (t->weaklistoffset > 0 && !(t->flags & TPFLAG_HEAPTYPE) &&
      *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + t->weaklistoffset)) {
    if (t->flags & TPFLAG_HAVE_GC)
      gc_untrack(o); // a collection run by a callback must not see this object
    weakref_clear_all(o);
  }
  t->dealloc(o);
}

bool type_is_subtype(TypeObject* a, TypeObject* b) noexcept {
  if (a == b)
    return true;
  if (a->mro) {
    Object** items = tuple_items(a->mro);
    ssize n = tuple_size(a->mro);
    for (ssize i = 0; i < n; i++)
      if (items[i] == b)
        return true;
    return false;
  }
  // Not readied yet: walk the base chain.
  for (TypeObject* t = a->base; t; t = t->base)
    if (t == b)
      return true;
  return b == &BaseObjectType;
}

const char* type_name(TypeObject* t) noexcept {
  if (t->flags & TPFLAG_HEAPTYPE)
    return t->name;
  const char* dot = nullptr;
  for (const char* p = t->name; *p; ++p)
    if (*p == '.')
      dot = p;
  return dot ? dot + 1 : t->name;
}

const char* arg_type_name(Object* o) noexcept {
  return o == None ? "None" : type_name(o->type);
}

// ---------------------------------------------------------------- recursion guard
// C code that recurses through user objects (repr of nested containers,
// comparisons, calls) shares the Python recursion counter (recursion.h), so
// it fails with RecursionError instead of overflowing the C stack; the
// native-stack guard (stack_guard.h) bounds it when the recursion limit is
// set very high.
bool recursion_enter_slow(ThreadState* ts, const char* where) noexcept {
  if (ts->recursion_headroom) // making the RecursionError (calling its type) goes past the limit
    return true;
  --ts->py_recursion_depth;
  recursion_error(ts, where);
  return false;
}

void recursion_error(ThreadState* ts, const char* where) noexcept {
  if (ts)
    ts->recursion_headroom++;
  err_format(RecursionError, "maximum recursion depth exceeded{}", where);
  if (ts)
    ts->recursion_headroom--;
}

// ---------------------------------------------------------------- repr / str

Object* object_repr(Object* o) {
  if (!o->type->repr)
    return object_generic_repr(o);
  RecursionScope guard(" while getting the repr of an object");
  if (!guard.ok())
    return nullptr;
  Object* r = o->type->repr(o);
  if (r && !str_check(r)) {
    err_format(TypeError, "__repr__ returned non-string (type {})", type_name_of(r));
    decref(r);
    return nullptr;
  }
  return r;
}

Object* object_str(Object* o) {
  if (str_check_exact(o))
    return newref(o);
  if (!o->type->str)
    return object_repr(o);
  RecursionScope guard(" while getting the str of an object");
  if (!guard.ok())
    return nullptr;
  Object* r = o->type->str(o);
  if (r && !str_check(r)) {
    err_format(TypeError, "__str__ returned non-string (type {})", type_name_of(r));
    decref(r);
    return nullptr;
  }
  return r;
}

Object* object_ascii(Object* o) {
  Object* r = object_repr(o);
  if (!r)
    return nullptr;
  StrObject* s = static_cast<StrObject*>(r);
  if (s->ascii)
    return r;
  StrBuilder b;
  ssize n = str_length(r);
  for (ssize i = 0; i < n; i++) {
    uint32_t c = str_char_at(r, i);
    if (c < 128) {
      b.append_char(c);
      continue;
    }
    char buf[16];
    int len;
    if (c <= 0xff)
      len = snprintf(buf, sizeof buf, "\\x%02x", c);
    else if (c <= 0xffff)
      len = snprintf(buf, sizeof buf, "\\u%04x", c);
    else
      len = snprintf(buf, sizeof buf, "\\U%08x", c);
    b.append_utf8(std::string_view(buf, static_cast<size_t>(len)));
  }
  decref(r);
  return b.finish();
}

// ---------------------------------------------------------------- hashing

hash_t object_hash(Object* o) {
  HashFn h = o->type->hash;
  if (!h) {
    err_format(TypeError, "unhashable type: '{}'", type_name_of(o));
    return -1;
  }
  return h(o);
}

// ---------------------------------------------------------------- comparison

static const char* const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

static Object* object_richcompare_unguarded(Object* v, Object* w, int op);

// Comparisons between numbers and strings cannot recurse; CPython's
// specialised COMPARE_OP and list.sort's type-specialised comparisons skip
// the recursion guard for them.
static bool is_leaf_type(TypeObject* t) noexcept {
  return t == &IntType || t == &FloatType || t == &StrType || t == &BoolType || t == &BytesType;
}

Object* object_richcompare(Object* v, Object* w, int op) {
  RecursionScope guard(" in comparison");
  if (!guard.ok())
    return nullptr;
  return object_richcompare_unguarded(v, w, op);
}

Object* object_richcompare_op(Object* v, Object* w, int op) {
  if (is_leaf_type(v->type) && is_leaf_type(w->type))
    return object_richcompare_unguarded(v, w, op);
  return object_richcompare(v, w, op);
}

static Object* object_richcompare_unguarded(Object* v, Object* w, int op) {
  RichCompareFn f;
  bool checked_reverse = false;
  if (v->type != w->type && type_is_subtype(w->type, v->type) && (f = w->type->richcompare) != nullptr) {
    checked_reverse = true;
    Object* res = f(w, v, swapped_op[op]);
    if (res != NotImplemented)
      return res;
    decref(res);
  }
  if ((f = v->type->richcompare) != nullptr) {
    Object* res = f(v, w, op);
    if (res != NotImplemented)
      return res;
    decref(res);
  }
  if (!checked_reverse && (f = w->type->richcompare) != nullptr) {
    Object* res = f(w, v, swapped_op[op]);
    if (res != NotImplemented)
      return res;
    decref(res);
  }
  switch (op) {
  case CMP_EQ:
    return bool_from(v == w);
  case CMP_NE:
    return bool_from(v != w);
  default:
    return err_format(TypeError, "'{}' not supported between instances of '{}' and '{}'", cmp_symbols[op],
                      type_name_of(v), type_name_of(w));
  }
}

static int richcompare_bool(Object* v, Object* w, int op, Object* (*compare)(Object*, Object*, int)) {
  if (v == w) {
    if (op == CMP_EQ)
      return 1;
    if (op == CMP_NE)
      return 0;
  }
  Object* res = compare(v, w, op);
  if (!res)
    return -1;
  int ok;
  if (res == True)
    ok = 1;
  else if (res == False)
    ok = 0;
  else
    ok = object_is_true(res);
  decref(res);
  return ok;
}

int object_richcompare_bool(Object* v, Object* w, int op) {
  return richcompare_bool(v, w, op, object_richcompare);
}

int object_richcompare_bool_op(Object* v, Object* w, int op) {
  return richcompare_bool(v, w, op, object_richcompare_op);
}

// ---------------------------------------------------------------- truth

int object_is_true(Object* o) {
  if (o == True)
    return 1;
  if (o == False || o == None)
    return 0;
  TypeObject* t = o->type;
  if (t->as_number && t->as_number->bool_)
    return t->as_number->bool_(o);
  ssize n;
  if (t->as_mapping && t->as_mapping->length)
    n = t->as_mapping->length(o);
  else if (t->as_sequence && t->as_sequence->length)
    n = t->as_sequence->length(o);
  else
    return 1;
  return n < 0 ? -1 : n > 0;
}

int object_not(Object* o) {
  int r = object_is_true(o);
  return r < 0 ? r : !r;
}

// ---------------------------------------------------------------- attributes

static bool check_attr_name(Object* name) {
  if (!str_check(name)) {
    err_format(TypeError, "attribute name must be string, not '{}'", type_name_of(name));
    return false;
  }
  return true;
}

Object* object_getattr(Object* o, Object* name) {
  if (!check_attr_name(name))
    return nullptr;
  GetAttrFn f = o->type->getattro;
  if (f) {
    Object* r = f(o, name);
    // As CPython's PyObject_GetAttr: an AttributeError from any getattr path
    // (a __getattr__ hook, a property) learns the name and object it was for.
    if (!r)
      type_impl::set_attribute_error_context(o, name);
    return r;
  }
  return err_format(AttributeError, "'{}' object has no attribute '{}'", type_name_of(o), str_view(name));
}

Object* object_getattr_str(Object* o, const char* name) {
  Object* n = str_intern_utf8(name);
  if (!n)
    return nullptr;
  Object* r = object_getattr(o, n);
  decref(n);
  return r;
}

Object* object_lookup_attr(Object* o, Object* name, int* error) {
  *error = 0;
  Object* r = object_getattr(o, name);
  if (!r) {
    if (err_matches(AttributeError))
      err_clear();
    else
      *error = 1;
  }
  return r;
}

int object_setattr(Object* o, Object* name, Object* value) {
  if (!check_attr_name(name))
    return -1;
  SetAttrFn f = o->type->setattro;
  if (f) {
    Object* interned = str_check_exact(name) ? str_intern(name) : newref(name);
    int r = f(o, interned, value);
    decref(interned);
    return r;
  }
  bool has_get = o->type->getattro != nullptr;
  if (!has_get)
    err_format(TypeError, "'{}' object has no attributes ({} .{})", type_name_of(o),
               value ? "assign to" : "del", str_view(name));
  else
    err_format(TypeError, "'{}' object has only read-only attributes ({} .{})", type_name_of(o),
               value ? "assign to" : "del", str_view(name));
  return -1;
}

int object_setattr_str(Object* o, const char* name, Object* value) {
  Object* n = str_intern_utf8(name);
  if (!n)
    return -1;
  int r = object_setattr(o, n, value);
  decref(n);
  return r;
}

int object_delattr(Object* o, Object* name) {
  return object_setattr(o, name, nullptr);
}

int object_hasattr(Object* o, Object* name) {
  int error;
  Object* r = object_lookup_attr(o, name, &error);
  if (error)
    return -1;
  if (!r)
    return 0;
  decref(r);
  return 1;
}

Object* object_type(Object* o) {
  return newref(static_cast<Object*>(o->type));
}

bool object_callable(Object* o) noexcept {
  return o->type->call != nullptr || o->type->vectorcall_offset != 0;
}

// ---------------------------------------------------------------- calls

static Object* not_callable(Object* callable) {
  return err_format(TypeError, "'{}' object is not callable", type_name_of(callable));
}

// Builds (args tuple, kwargs dict) from the vectorcall convention.
static int vectorcall_to_tuple_dict(Object* const* args, ssize nargs, Object* kwnames, Object** targs,
                                    Object** tkwargs) {
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
    ssize nk = tuple_size(kwnames);
    for (ssize i = 0; i < nk; i++) {
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

static Object* check_call_result(Object* callable, Object* result) {
  if (!result && !err_occurred())
    return err_format(SystemError, "{} returned NULL without setting an exception", type_name_of(callable));
  if (result && err_occurred()) {
    decref(result);
    return err_format(SystemError, "{} returned a result with an exception set", type_name_of(callable));
  }
  return result;
}

Object* object_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  TypeObject* t = callable->type;
  if (t->vectorcall_offset) {
    VectorcallFn f =
        *reinterpret_cast<VectorcallFn*>(reinterpret_cast<char*>(callable) + t->vectorcall_offset);
    if (f)
      return f(callable, args, nargsf, kwnames);
  }
  if (!t->call)
    return not_callable(callable);
  // A call through the call slot counts a level, as CPython's _PyObject_MakeTpCall.
  RecursionScope guard(WHILE_CALLING);
  if (!guard.ok())
    return nullptr;
  Object *targs, *tkwargs;
  if (vectorcall_to_tuple_dict(args, vectorcall_nargs(nargsf), kwnames, &targs, &tkwargs) < 0)
    return nullptr;
  Object* r = t->call(callable, targs, tkwargs);
  decref(targs);
  xdecref(tkwargs);
  return check_call_result(callable, r);
}

Object* object_vectorcall_uncounted(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  TypeObject* t = callable->type;
  if (t == &BuiltinFunctionType)
    return builtin_call_uncounted(callable, args, nargsf, kwnames);
  if (t == &MethodDescrType)
    return method_descr_call_uncounted(callable, args, nargsf, kwnames);
  if (t == &TypeType && !static_cast<TypeObject*>(callable)->vectorcall)
    return check_call_result(callable, type_call_vectorcall(callable, args, nargsf, kwnames));
  return object_vectorcall(callable, args, nargsf, kwnames);
}

Object* object_call(Object* callable, Object* args, Object* kwargs) {
  TypeObject* t = callable->type;
  bool has_vectorcall =
      t->vectorcall_offset &&
      *reinterpret_cast<VectorcallFn*>(reinterpret_cast<char*>(callable) + t->vectorcall_offset) != nullptr;
  if (t->call && !has_vectorcall) {
    RecursionScope guard(WHILE_CALLING);
    if (!guard.ok())
      return nullptr;
    Object* targs = args ? newref(args) : tuple_empty();
    Object* r = t->call(callable, targs, kwargs && dict_size(kwargs) ? kwargs : nullptr);
    decref(targs);
    return check_call_result(callable, r);
  }
  if (!has_vectorcall)
    return not_callable(callable);
  // Flatten to the vectorcall convention.
  ssize nargs = args ? tuple_size(args) : 0;
  ssize nkw = kwargs ? dict_size(kwargs) : 0;
  std::vector<Object*> stack(static_cast<size_t>(nargs + nkw + 1));
  for (ssize i = 0; i < nargs; i++)
    stack[static_cast<size_t>(i + 1)] = tuple_get(args, i);
  Object* kwnames = nullptr;
  if (nkw) {
    kwnames = tuple_new(nkw);
    if (!kwnames)
      return nullptr;
    ssize pos = 0, i = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      if (!str_check(k)) {
        decref(kwnames);
        return err_set_string(TypeError, "keywords must be strings");
      }
      tuple_set(kwnames, i, newref(k));
      stack[static_cast<size_t>(nargs + 1 + i)] = v;
      i++;
    }
  }
  Object* r = object_vectorcall(callable, stack.data() + 1,
                                static_cast<size_t>(nargs) | VECTORCALL_ARGUMENTS_OFFSET, kwnames);
  xdecref(kwnames);
  return r;
}

Object* vectorcall_call(Object* callable, Object* args, Object* kwargs) {
  // object_call prefers vectorcall when the object has one, so this cannot recurse.
  return object_call(callable, args, kwargs);
}

Object* object_call_noargs(Object* callable) {
  return object_vectorcall(callable, nullptr, 0, nullptr);
}

Object* object_call_one(Object* callable, Object* arg) {
  Object* stack[2] = {nullptr, arg};
  return object_vectorcall(callable, stack + 1, 1 | VECTORCALL_ARGUMENTS_OFFSET, nullptr);
}

Object* object_call_method(Object* obj, const char* name, Object* const* args, ssize nargs) {
  Object* m = object_getattr_str(obj, name);
  if (!m)
    return nullptr;
  Object* r = object_vectorcall(m, args, static_cast<size_t>(nargs), nullptr);
  decref(m);
  return r;
}

Object* object_call_special(Object* obj, Object* name, Object* const* args, ssize nargs, bool* found) {
  Object* attr = type_lookup(obj->type, name);
  if (!attr) {
    *found = false;
    return nullptr;
  }
  *found = true;
  incref(attr);
  Object* callable;
  if (DescrGetFn get = attr->type->descr_get) {
    callable = get(attr, obj, obj->type);
    decref(attr);
    if (!callable)
      return nullptr;
  } else {
    callable = attr;
  }
  Object* r = object_vectorcall(callable, args, static_cast<size_t>(nargs), nullptr);
  decref(callable);
  return r;
}

// ---------------------------------------------------------------- singletons

static Object* none_repr(Object*) {
  return str_intern_utf8("None");
}
static int none_bool(Object*) {
  return 0;
}
static hash_t none_hash(Object* o) noexcept {
  return object_generic_hash(o);
}
static void singleton_dealloc(Object* o) {
  // Singletons are never freed; reaching zero is a refcount bug.
  fprintf(stderr, "Fatal Python error: deallocating %s\n", type_name_of(o));
  abort();
}
static Object* none_new_fn(TypeObject*, Object* args, Object* kwargs) {
  if ((args && tuple_size(args)) || (kwargs && dict_size(kwargs)))
    return err_set_string(TypeError, "NoneType takes no arguments");
  return newref(None);
}
static NumberMethods none_as_number = {.bool_ = none_bool};

TypeObject NoneType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "NoneType";
  t.basicsize = sizeof(Object);
  t.dealloc = singleton_dealloc;
  t.repr = none_repr;
  t.as_number = &none_as_number;
  t.hash = none_hash;
  t.flags = TPFLAG_IMMUTABLETYPE;
  t.new_ = none_new_fn;
  return t;
}();
Object NoneObject = {1, &NoneType};
Object* none_new() noexcept {
  return newref(None);
}

static Object* notimpl_repr(Object*) {
  return str_intern_utf8("NotImplemented");
}
static Object* notimpl_new_fn(TypeObject*, Object* args, Object* kwargs) {
  if ((args && tuple_size(args)) || (kwargs && dict_size(kwargs)))
    return err_set_string(TypeError, "NotImplementedType takes no arguments");
  return newref(NotImplemented);
}
static Object* singleton_reduce(Object* self, Object*) {
  return object_repr(self);
}
static MethodDef notimpl_methods[] = {{"__reduce__", singleton_reduce, METH_NOARGS, nullptr}, {}};
TypeObject NotImplementedType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "NotImplementedType";
  t.basicsize = sizeof(Object);
  t.dealloc = singleton_dealloc;
  t.repr = notimpl_repr;
  t.hash = none_hash;
  t.flags = TPFLAG_IMMUTABLETYPE;
  t.methods = notimpl_methods;
  t.new_ = notimpl_new_fn;
  return t;
}();
Object NotImplementedObject = {1, &NotImplementedType};

static Object* ellipsis_repr(Object*) {
  return str_intern_utf8("Ellipsis");
}
static Object* ellipsis_new_fn(TypeObject*, Object* args, Object* kwargs) {
  if ((args && tuple_size(args)) || (kwargs && dict_size(kwargs)))
    return err_set_string(TypeError, "ellipsis takes no arguments");
  return newref(Ellipsis);
}
static MethodDef ellipsis_methods[] = {{"__reduce__", singleton_reduce, METH_NOARGS, nullptr}, {}};
TypeObject EllipsisType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "ellipsis";
  t.basicsize = sizeof(Object);
  t.dealloc = singleton_dealloc;
  t.repr = ellipsis_repr;
  t.hash = none_hash;
  t.flags = TPFLAG_IMMUTABLETYPE;
  t.methods = ellipsis_methods;
  t.new_ = ellipsis_new_fn;
  return t;
}();
Object EllipsisObject = {1, &EllipsisType};

COIL_REGISTER_TYPE(NoneType);
COIL_REGISTER_TYPE(NotImplementedType);
COIL_REGISTER_TYPE(EllipsisType);

} // namespace coil
