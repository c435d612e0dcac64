// function, cell, method (bound) and builtin_function_or_method.
//
// Invariants
// - A FunctionObject's vectorcall is the interpreter's entry point, set at
//   creation from function_default_vectorcall() (interp/ installs it); the
//   JIT may replace it per function once native code exists.
// - A bound method holds strong references to its function and self.
#include "runtime/objects/function.h"

#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/code.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

static VectorcallFn default_function_vectorcall = nullptr;
void function_set_default_vectorcall(VectorcallFn fn) {
  default_function_vectorcall = fn;
}
VectorcallFn function_default_vectorcall() noexcept {
  return default_function_vectorcall;
}

static uint32_t next_func_version = 1;

// ---------------------------------------------------------------- function

static Object* no_interpreter(Object*, Object* const*, size_t, Object*) {
  return err_set_string(SystemError, "no interpreter installed to run Python functions");
}

Object* function_new(Object* code, Object* globals, Object* qualname) {
  auto* co = static_cast<CodeObject*>(code);
  auto* f = reinterpret_cast<FunctionObject*>(gc_alloc(&FunctionType, sizeof(FunctionObject)));
  if (!f)
    return nullptr;
  f->vectorcall = default_function_vectorcall ? default_function_vectorcall : no_interpreter;
  f->code = newref(code);
  f->globals = newref(globals);
  Object* builtins = dict_getitem_str(globals, "__builtins__");
  if (builtins && module_check(builtins))
    builtins = module_dict(builtins);
  if (!builtins || !dict_check(builtins))
    builtins = Interpreter::main()->builtins;
  f->builtins = newref(builtins);
  f->name = newref(co->name);
  f->qualname = newref(qualname ? qualname : co->qualname);
  Object* doc = None;
  if (tuple_size(co->consts) >= 1 && str_check(tuple_get(co->consts, 0)))
    doc = tuple_get(co->consts, 0);
  f->doc = newref(doc);
  Object* module = dict_getitem_str(globals, "__name__");
  f->module = xnewref(module);
  f->func_version = next_func_version++;
  gc_track(f);
  return f;
}

static void function_dealloc(Object* o) {
  auto* f = static_cast<FunctionObject*>(o);
  gc_untrack(o);
  clear_ref(f->code);
  clear_ref(f->globals);
  clear_ref(f->builtins);
  clear_ref(f->name);
  clear_ref(f->qualname);
  clear_ref(f->defaults);
  clear_ref(f->kwdefaults);
  clear_ref(f->closure);
  clear_ref(f->doc);
  clear_ref(f->dict);
  clear_ref(f->module);
  clear_ref(f->annotations);
  gc_free(o);
}

static int function_traverse(Object* o, VisitFn visit, void* arg) {
  auto* f = static_cast<FunctionObject*>(o);
  for (Object* p : {f->code, f->globals, f->builtins, f->module, f->defaults, f->kwdefaults, f->doc, f->name,
                    f->dict, f->closure, f->annotations, f->qualname})
    if (p) {
      if (int r = visit(p, arg))
        return r;
    }
  return 0;
}

static int function_clear(Object* o) {
  auto* f = static_cast<FunctionObject*>(o);
  clear_ref(f->globals);
  clear_ref(f->builtins);
  clear_ref(f->module);
  clear_ref(f->defaults);
  clear_ref(f->kwdefaults);
  clear_ref(f->doc);
  clear_ref(f->dict);
  clear_ref(f->closure);
  clear_ref(f->annotations);
  return 0;
}

static Object* function_repr(Object* o) {
  auto* f = static_cast<FunctionObject*>(o);
  return str_from_utf8(
      fmt::format("<function {} at {:#x}>", str_view(f->qualname), reinterpret_cast<uintptr_t>(o)));
}

static Object* function_descr_get(Object* func, Object* obj, Object*) {
  if (!obj || obj == None)
    return newref(func);
  return method_new(func, obj);
}

#define FUNC_FIELD(field) reinterpret_cast<FunctionObject*>(self)->field

static Object* func_get_code(Object* self, void*) {
  return newref(FUNC_FIELD(code));
}
static int func_set_code(Object* self, Object* value, void*) {
  if (!value || !code_check(value)) {
    err_set_string(TypeError, "__code__ must be set to a code object");
    return -1;
  }
  auto* co = static_cast<CodeObject*>(value);
  ssize nclosure = FUNC_FIELD(closure) ? tuple_size(FUNC_FIELD(closure)) : 0;
  if (co->nfreevars != nclosure) {
    err_format(ValueError, "{}() requires a code object with {} free vars, not {}",
               str_view(FUNC_FIELD(name)), nclosure, co->nfreevars);
    return -1;
  }
  setref(FUNC_FIELD(code), newref(value));
  FUNC_FIELD(func_version) = next_func_version++;
  return 0;
}
static Object* func_get_globals(Object* self, void*) {
  return newref(FUNC_FIELD(globals));
}
static Object* func_get_builtins(Object* self, void*) {
  return newref(FUNC_FIELD(builtins));
}
static Object* func_get_closure(Object* self, void*) {
  return FUNC_FIELD(closure) ? newref(FUNC_FIELD(closure)) : newref(None);
}
static Object* func_get_name(Object* self, void*) {
  return newref(FUNC_FIELD(name));
}
static int func_set_name(Object* self, Object* value, void*) {
  if (!value || !str_check(value)) {
    err_set_string(TypeError, "__name__ must be set to a string object");
    return -1;
  }
  setref(FUNC_FIELD(name), newref(value));
  return 0;
}
static Object* func_get_qualname(Object* self, void*) {
  return newref(FUNC_FIELD(qualname));
}
static int func_set_qualname(Object* self, Object* value, void*) {
  if (!value || !str_check(value)) {
    err_set_string(TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  setref(FUNC_FIELD(qualname), newref(value));
  return 0;
}
static Object* func_get_defaults(Object* self, void*) {
  return FUNC_FIELD(defaults) ? newref(FUNC_FIELD(defaults)) : newref(None);
}
static int func_set_defaults(Object* self, Object* value, void*) {
  if (value == None)
    value = nullptr;
  if (value && !tuple_check(value)) {
    err_set_string(TypeError, "__defaults__ must be set to a tuple object");
    return -1;
  }
  setref(FUNC_FIELD(defaults), xnewref(value));
  FUNC_FIELD(func_version) = next_func_version++;
  return 0;
}
static Object* func_get_kwdefaults(Object* self, void*) {
  return FUNC_FIELD(kwdefaults) ? newref(FUNC_FIELD(kwdefaults)) : newref(None);
}
static int func_set_kwdefaults(Object* self, Object* value, void*) {
  if (value == None)
    value = nullptr;
  if (value && !dict_check(value)) {
    err_set_string(TypeError, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  setref(FUNC_FIELD(kwdefaults), xnewref(value));
  FUNC_FIELD(func_version) = next_func_version++;
  return 0;
}
static Object* func_get_doc(Object* self, void*) {
  return newref(FUNC_FIELD(doc) ? FUNC_FIELD(doc) : None);
}
static int func_set_doc(Object* self, Object* value, void*) {
  setref(FUNC_FIELD(doc), newref(value ? value : None));
  return 0;
}
static Object* func_get_module(Object* self, void*) {
  return newref(FUNC_FIELD(module) ? FUNC_FIELD(module) : None);
}
static int func_set_module(Object* self, Object* value, void*) {
  setref(FUNC_FIELD(module), newref(value ? value : None));
  return 0;
}
static Object* func_get_dict(Object* self, void*) {
  if (!FUNC_FIELD(dict)) {
    FUNC_FIELD(dict) = dict_new();
    if (!FUNC_FIELD(dict))
      return nullptr;
  }
  return newref(FUNC_FIELD(dict));
}
static int func_set_dict(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!dict_check(value)) {
    err_set_string(TypeError,
                   "__dict__ must be set to a dictionary, not a '" + std::string(type_name_of(value)) + "'");
    return -1;
  }
  setref(FUNC_FIELD(dict), newref(value));
  return 0;
}
static Object* func_get_annotations(Object* self, void*) {
  if (!FUNC_FIELD(annotations)) {
    FUNC_FIELD(annotations) = dict_new();
    if (!FUNC_FIELD(annotations))
      return nullptr;
  } else if (tuple_check(FUNC_FIELD(annotations))) {
    // MAKE_FUNCTION stores annotations as a flat (name, value, ...) tuple.
    Object* t = FUNC_FIELD(annotations);
    Object* d = dict_new();
    if (!d)
      return nullptr;
    for (ssize i = 0; i + 1 < tuple_size(t); i += 2)
      if (dict_setitem(d, tuple_get(t, i), tuple_get(t, i + 1)) < 0) {
        decref(d);
        return nullptr;
      }
    setref(FUNC_FIELD(annotations), d);
  }
  return newref(FUNC_FIELD(annotations));
}
static int func_set_annotations(Object* self, Object* value, void*) {
  if (value == None)
    value = nullptr;
  if (value && !dict_check(value)) {
    err_set_string(TypeError, "__annotations__ must be set to a dict object");
    return -1;
  }
  setref(FUNC_FIELD(annotations), xnewref(value));
  return 0;
}
#undef FUNC_FIELD

static GetSetDef function_getset[] = {
    {"__code__", func_get_code, func_set_code, nullptr, nullptr},
    {"__globals__", func_get_globals, nullptr, nullptr, nullptr},
    {"__builtins__", func_get_builtins, nullptr, nullptr, nullptr},
    {"__closure__", func_get_closure, nullptr, nullptr, nullptr},
    {"__name__", func_get_name, func_set_name, nullptr, nullptr},
    {"__qualname__", func_get_qualname, func_set_qualname, nullptr, nullptr},
    {"__defaults__", func_get_defaults, func_set_defaults, nullptr, nullptr},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, nullptr, nullptr},
    {"__doc__", func_get_doc, func_set_doc, nullptr, nullptr},
    {"__module__", func_get_module, func_set_module, nullptr, nullptr},
    {"__dict__", func_get_dict, func_set_dict, nullptr, nullptr},
    {"__annotations__", func_get_annotations, func_set_annotations, nullptr, nullptr},
    {},
};

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
static Object* function_new_slot(TypeObject*, Object* args, Object* kwargs) {
  static const char* const names[] = {"code", "globals", "name", "argdefs", "closure"};
  Object* vals[5] = {};
  ssize n = args ? tuple_size(args) : 0;
  if (n > 5)
    return err_format(TypeError, "function() takes at most 5 arguments ({} given)", n);
  for (ssize i = 0; i < n; i++)
    vals[i] = tuple_get(args, i);
  if (kwargs) {
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      int idx = -1;
      for (int j = 0; j < 5; j++)
        if (str_check(k) && str_equal_ascii(k, names[j]))
          idx = j;
      if (idx < 0)
        return err_format(TypeError, "function() got an unexpected keyword argument '{}'",
                          str_check(k) ? str_view(k) : "?");
      vals[idx] = v;
    }
  }
  if (!vals[0])
    return err_set_string(TypeError, "function() missing required argument 'code' (pos 1)");
  if (!code_check(vals[0]))
    return err_format(TypeError, "function() argument 'code' must be code, not {}", arg_type_name(vals[0]));
  if (!vals[1])
    return err_set_string(TypeError, "function() missing required argument 'globals' (pos 2)");
  if (!dict_check(vals[1]))
    return err_format(TypeError, "function() argument 'globals' must be dict, not {}",
                      arg_type_name(vals[1]));
  Object* name = vals[2] && vals[2] != None ? vals[2] : nullptr;
  if (name && !str_check(name))
    return err_set_string(TypeError, "arg 3 (name) must be None or string");
  Object* defaults = vals[3] && vals[3] != None ? vals[3] : nullptr;
  if (defaults && !tuple_check(defaults))
    return err_set_string(TypeError, "arg 4 (defaults) must be None or tuple");
  Object* closure = vals[4] && vals[4] != None ? vals[4] : nullptr;
  auto* co = static_cast<CodeObject*>(vals[0]);
  if (closure && !tuple_check(closure))
    return err_set_string(TypeError, "arg 5 (closure) must be None or tuple");
  ssize nclosure = closure ? tuple_size(closure) : 0;
  if (co->nfreevars > 0 && !closure)
    return err_set_string(TypeError, "arg 5 (closure) must be tuple");
  if (co->nfreevars != nclosure)
    return err_format(ValueError, "{} requires closure of length {}, not {}", str_view(co->name),
                      co->nfreevars, nclosure);
  for (ssize i = 0; i < nclosure; i++)
    if (!cell_check(tuple_get(closure, i)))
      return err_format(TypeError, "arg 5 (closure) expected cell, found {}",
                        type_name_of(tuple_get(closure, i)));
  auto* f = reinterpret_cast<FunctionObject*>(function_new(vals[0], vals[1], nullptr));
  if (!f)
    return nullptr;
  if (name)
    setref(f->name, newref(name)); // __qualname__ stays the code's, as CPython
  f->defaults = xnewref(defaults);
  f->closure = xnewref(closure);
  return f;
}

TypeObject FunctionType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "function";
  t.basicsize = sizeof(FunctionObject);
  t.dealloc = function_dealloc;
  t.vectorcall_offset = offsetof(FunctionObject, vectorcall);
  t.repr = function_repr;
  t.getattro = object_generic_getattr;
  t.setattro = object_generic_setattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_HAVE_VECTORCALL | TPFLAG_METHOD_DESCRIPTOR | TPFLAG_IMMUTABLETYPE;
  t.traverse = function_traverse;
  t.clear = function_clear;
  t.getset = function_getset;
  t.descr_get = function_descr_get;
  t.call = vectorcall_call;
  t.new_ = function_new_slot;
  t.dictoffset = offsetof(FunctionObject, dict);
  t.weaklistoffset = offsetof(FunctionObject, weakreflist);
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(FunctionType);

// ---------------------------------------------------------------- cell

Object* cell_new(Object* value) {
  auto* c = reinterpret_cast<CellObject*>(gc_alloc(&CellType, sizeof(CellObject)));
  if (!c)
    return nullptr;
  c->ref = xnewref(value);
  gc_track(c);
  return c;
}

static void cell_dealloc(Object* o) {
  gc_untrack(o);
  clear_ref(static_cast<CellObject*>(o)->ref);
  gc_free(o);
}
static int cell_traverse(Object* o, VisitFn visit, void* arg) {
  Object* r = static_cast<CellObject*>(o)->ref;
  return r ? visit(r, arg) : 0;
}
static int cell_clear(Object* o) {
  clear_ref(static_cast<CellObject*>(o)->ref);
  return 0;
}
static Object* cell_repr(Object* o) {
  Object* r = static_cast<CellObject*>(o)->ref;
  if (!r)
    return str_from_utf8(fmt::format("<cell at {:#x}: empty>", reinterpret_cast<uintptr_t>(o)));
  return str_from_utf8(fmt::format("<cell at {:#x}: {} object at {:#x}>", reinterpret_cast<uintptr_t>(o),
                                   type_name_of(r), reinterpret_cast<uintptr_t>(r)));
}
static Object* cell_richcompare(Object* a, Object* b, int op) {
  if (!cell_check(b))
    return newref(NotImplemented);
  Object* x = static_cast<CellObject*>(a)->ref;
  Object* y = static_cast<CellObject*>(b)->ref;
  if (x && y)
    return object_richcompare(x, y, op);
  // Empty cells sort before non-empty ones.
  int cmp = (x != nullptr) - (y != nullptr);
  bool r = false;
  switch (op) {
  case CMP_LT:
    r = cmp < 0;
    break;
  case CMP_LE:
    r = cmp <= 0;
    break;
  case CMP_EQ:
    r = cmp == 0;
    break;
  case CMP_NE:
    r = cmp != 0;
    break;
  case CMP_GT:
    r = cmp > 0;
    break;
  case CMP_GE:
    r = cmp >= 0;
    break;
  }
  return bool_from(r);
}
static Object* cell_get_contents(Object* self, void*) {
  Object* r = static_cast<CellObject*>(self)->ref;
  if (!r)
    return err_set_string(ValueError, "Cell is empty");
  return newref(r);
}
static int cell_set_contents(Object* self, Object* value, void*) {
  setref(static_cast<CellObject*>(self)->ref, xnewref(value));
  return 0;
}
static GetSetDef cell_getset[] = {{"cell_contents", cell_get_contents, cell_set_contents, nullptr, nullptr},
                                  {}};

TypeObject CellType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "cell";
  t.basicsize = sizeof(CellObject);
  t.dealloc = cell_dealloc;
  t.repr = cell_repr;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE;
  t.traverse = cell_traverse;
  t.clear = cell_clear;
  t.richcompare = cell_richcompare;
  t.getset = cell_getset;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(CellType);

// ---------------------------------------------------------------- bound method

static Object* method_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  auto* m = static_cast<MethodObject*>(callable);
  ssize nargs = vectorcall_nargs(nargsf);
  ssize total = nargs + (kwnames ? tuple_size(kwnames) : 0);
  if (nargsf & VECTORCALL_ARGUMENTS_OFFSET) {
    // The caller lets us borrow args[-1] for self.
    Object** newargs = const_cast<Object**>(args) - 1;
    Object* saved = newargs[0];
    newargs[0] = m->self;
    Object* r = object_vectorcall(m->func, newargs, static_cast<size_t>(nargs + 1), kwnames);
    newargs[0] = saved;
    return r;
  }
  Object* small[8];
  std::vector<Object*> big;
  Object** newargs = small;
  if (total + 1 > 8) {
    big.resize(static_cast<size_t>(total + 1));
    newargs = big.data();
  }
  newargs[0] = m->self;
  for (ssize i = 0; i < total; i++)
    newargs[i + 1] = args[i];
  return object_vectorcall(m->func, newargs, static_cast<size_t>(nargs + 1), kwnames);
}

Object* method_new(Object* func, Object* self) {
  auto* m = reinterpret_cast<MethodObject*>(gc_alloc(&MethodType, sizeof(MethodObject)));
  if (!m)
    return nullptr;
  m->vectorcall = method_vectorcall;
  m->func = newref(func);
  m->self = newref(self);
  gc_track(m);
  return m;
}

static void method_dealloc(Object* o) {
  auto* m = static_cast<MethodObject*>(o);
  gc_untrack(o);
  clear_ref(m->func);
  clear_ref(m->self);
  gc_free(o);
}
static int method_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<MethodObject*>(o);
  if (int r = visit(m->func, arg))
    return r;
  return visit(m->self, arg);
}
static Object* method_repr(Object* o) {
  auto* m = static_cast<MethodObject*>(o);
  int error;
  Object* qn = str_intern_utf8("__qualname__");
  Object* name = object_lookup_attr(m->func, qn, &error);
  decref(qn);
  if (!name && !error) {
    Object* n = str_intern_utf8("__name__");
    name = object_lookup_attr(m->func, n, &error);
    decref(n);
  }
  if (error)
    return nullptr;
  Object* self_repr = object_repr(m->self);
  if (!self_repr) {
    xdecref(name);
    return nullptr;
  }
  std::string text = fmt::format("<bound method {} of {}>", name && str_check(name) ? str_view(name) : "?",
                                 str_view(self_repr));
  xdecref(name);
  decref(self_repr);
  return str_from_utf8(text);
}
static Object* method_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !method_check(a) || !method_check(b))
    return newref(NotImplemented);
  auto* x = static_cast<MethodObject*>(a);
  auto* y = static_cast<MethodObject*>(b);
  int eq = x->self == y->self;
  if (eq) {
    eq = object_richcompare_bool(x->func, y->func, CMP_EQ);
    if (eq < 0)
      return nullptr;
  }
  return bool_from(op == CMP_EQ ? eq : !eq);
}
static hash_t method_hash(Object* o) {
  auto* m = static_cast<MethodObject*>(o);
  hash_t x = object_generic_hash(m->self);
  hash_t y = object_hash(m->func);
  if (y == -1)
    return -1;
  x ^= y;
  return x == -1 ? -2 : x;
}
static Object* method_getattro(Object* o, Object* name) {
  // Own attributes (descriptors on the method type) first, then the function's.
  Object* descr = type_lookup(o->type, name);
  if (descr) {
    if (DescrGetFn get = descr->type->descr_get)
      return get(descr, o, o->type);
    return newref(descr);
  }
  return object_getattr(static_cast<MethodObject*>(o)->func, name);
}
static Object* method_get_doc(Object* self, void*) {
  return object_getattr_str(static_cast<MethodObject*>(self)->func, "__doc__");
}
static Object* method_get_func(Object* self, void*) {
  return newref(static_cast<MethodObject*>(self)->func);
}
static Object* method_get_self(Object* self, void*) {
  return newref(static_cast<MethodObject*>(self)->self);
}
static GetSetDef method_getset[] = {
    {"__doc__", method_get_doc, nullptr, nullptr, nullptr},
    {"__func__", method_get_func, nullptr, nullptr, nullptr},
    {"__self__", method_get_self, nullptr, nullptr, nullptr},
    {},
};

// types.MethodType(function, instance)
static Object* method_new_slot(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs))
    return err_set_string(TypeError, "method() takes no keyword arguments");
  ssize n = args ? tuple_size(args) : 0;
  if (n != 2)
    return err_format(TypeError, "method expected 2 arguments, got {}", n);
  Object* func = tuple_get(args, 0);
  Object* self = tuple_get(args, 1);
  if (!object_callable(func))
    return err_set_string(TypeError, "first argument must be callable");
  if (self == None)
    return err_set_string(TypeError, "instance must not be None");
  return method_new(func, self);
}

TypeObject MethodType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "method";
  t.basicsize = sizeof(MethodObject);
  t.dealloc = method_dealloc;
  t.vectorcall_offset = offsetof(MethodObject, vectorcall);
  t.repr = method_repr;
  t.hash = method_hash;
  t.getattro = method_getattro;
  t.setattro = object_generic_setattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_HAVE_VECTORCALL | TPFLAG_IMMUTABLETYPE;
  t.traverse = method_traverse;
  t.richcompare = method_richcompare;
  t.getset = method_getset;
  t.call = vectorcall_call;
  t.new_ = method_new_slot;
  t.weaklistoffset = offsetof(MethodObject, weakreflist);
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(MethodType);

// ---------------------------------------------------------------- builtin function

static Object* builtin_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  auto* b = static_cast<BuiltinFunctionObject*>(callable);
  const char* name = b->error_name ? b->error_name : b->def->name;
  return methoddef_call(b->def, b->self, args, vectorcall_nargs(nargsf), kwnames, name);
}

Object* builtin_call_uncounted(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  auto* b = static_cast<BuiltinFunctionObject*>(callable);
  const char* name = b->error_name ? b->error_name : b->def->name;
  return methoddef_call(b->def, b->self, args, vectorcall_nargs(nargsf), kwnames, name, false);
}

Object* builtin_function_new(MethodDef* def, Object* self, Object* module) {
  auto* b =
      reinterpret_cast<BuiltinFunctionObject*>(gc_alloc(&BuiltinFunctionType, sizeof(BuiltinFunctionObject)));
  if (!b)
    return nullptr;
  b->vectorcall = builtin_vectorcall;
  b->def = def;
  b->self = xnewref(self);
  b->module = xnewref(module);
  // CPython names module functions "module.func" in argument errors (not builtins').
  if (self && module_check(self) && module && str_check(module) && !str_equal_ascii(module, "builtins")) {
    std::string full = std::string(str_view(module)) + "." + def->name;
    b->error_name = static_cast<char*>(malloc(full.size() + 1));
    if (b->error_name)
      memcpy(b->error_name, full.c_str(), full.size() + 1);
  }
  gc_track(b);
  return b;
}

void methoddef_free_owned(MethodDef* def) {
  if (!def)
    return;
  free(const_cast<char*>(def->name));
  free(const_cast<char*>(def->doc));
  free(def);
}

Object* builtin_function_new_owning(MethodDef* def, Object* self, Object* module) {
  Object* b = builtin_function_new(def, self, module);
  if (!b) {
    methoddef_free_owned(def);
    return nullptr;
  }
  static_cast<BuiltinFunctionObject*>(b)->owns_def = true;
  return b;
}

static void builtin_dealloc(Object* o) {
  auto* b = static_cast<BuiltinFunctionObject*>(o);
  gc_untrack(o);
  clear_ref(b->self);
  clear_ref(b->module);
  free(b->error_name);
  if (b->owns_def)
    methoddef_free_owned(b->def);
  gc_free(o);
}
static int builtin_traverse(Object* o, VisitFn visit, void* arg) {
  auto* b = static_cast<BuiltinFunctionObject*>(o);
  if (b->self)
    if (int r = visit(b->self, arg))
      return r;
  return b->module ? visit(b->module, arg) : 0;
}
static bool builtin_is_function(BuiltinFunctionObject* b) {
  return !b->self || module_check(b->self);
}
static Object* builtin_repr(Object* o) {
  auto* b = static_cast<BuiltinFunctionObject*>(o);
  if (builtin_is_function(b))
    return str_from_utf8(fmt::format("<built-in function {}>", b->def->name));
  return str_from_utf8(fmt::format("<built-in method {} of {} object at {:#x}>", b->def->name,
                                   type_name_of(b->self), reinterpret_cast<uintptr_t>(b->self)));
}
static Object* builtin_get_name(Object* self, void*) {
  return str_from_utf8(static_cast<BuiltinFunctionObject*>(self)->def->name);
}
static Object* builtin_get_qualname(Object* self, void*) {
  auto* b = static_cast<BuiltinFunctionObject*>(self);
  if (builtin_is_function(b))
    return str_from_utf8(b->def->name);
  TypeObject* t = type_check(b->self) ? static_cast<TypeObject*>(b->self) : b->self->type;
  Object* tq = type_qualname(t);
  if (!tq)
    return nullptr;
  std::string s = fmt::format("{}.{}", str_view(tq), b->def->name);
  decref(tq);
  return str_from_utf8(s);
}
static Object* builtin_get_self(Object* self, void*) {
  auto* b = static_cast<BuiltinFunctionObject*>(self);
  return newref(b->self ? b->self : None);
}
static Object* builtin_get_doc(Object* self, void*) {
  auto* b = static_cast<BuiltinFunctionObject*>(self);
  return b->def->doc ? str_from_utf8(b->def->doc) : newref(None);
}
static Object* builtin_get_module(Object* self, void*) {
  auto* b = static_cast<BuiltinFunctionObject*>(self);
  return newref(b->module ? b->module : None);
}
static GetSetDef builtin_getset[] = {
    {"__name__", builtin_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", builtin_get_qualname, nullptr, nullptr, nullptr},
    {"__self__", builtin_get_self, nullptr, nullptr, nullptr},
    {"__doc__", builtin_get_doc, nullptr, nullptr, nullptr},
    {"__module__", builtin_get_module, nullptr, nullptr, nullptr},
    {},
};
static Object* builtin_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || a->type != &BuiltinFunctionType || b->type != &BuiltinFunctionType)
    return newref(NotImplemented);
  auto* x = static_cast<BuiltinFunctionObject*>(a);
  auto* y = static_cast<BuiltinFunctionObject*>(b);
  bool eq = x->self == y->self && x->def->fn == y->def->fn;
  return bool_from(op == CMP_EQ ? eq : !eq);
}
static hash_t builtin_hash(Object* o) {
  auto* b = static_cast<BuiltinFunctionObject*>(o);
  hash_t x = b->self ? object_generic_hash(b->self) : 0;
  hash_t y = static_cast<hash_t>(reinterpret_cast<uintptr_t>(reinterpret_cast<void*>(b->def->fn)) >> 4);
  x ^= y;
  return x == -1 ? -2 : x;
}

TypeObject BuiltinFunctionType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "builtin_function_or_method";
  t.basicsize = sizeof(BuiltinFunctionObject);
  t.dealloc = builtin_dealloc;
  t.vectorcall_offset = offsetof(BuiltinFunctionObject, vectorcall);
  t.repr = builtin_repr;
  t.hash = builtin_hash;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_HAVE_VECTORCALL | TPFLAG_IMMUTABLETYPE;
  t.traverse = builtin_traverse;
  t.richcompare = builtin_richcompare;
  t.getset = builtin_getset;
  t.call = vectorcall_call;
  t.weaklistoffset = offsetof(BuiltinFunctionObject, weakreflist);
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(BuiltinFunctionType);

} // namespace coil
