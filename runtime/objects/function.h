// Functions (Python-level), cells, bound methods and built-in functions.
#pragma once

#include "runtime/object.h"

namespace coil {

struct FunctionObject : Object {
  VectorcallFn vectorcall; // calls the interpreter (or the JIT's entry)
  Object* code;            // CodeObject
  Object* globals;         // dict
  Object* builtins;        // dict
  Object* name;            // str
  Object* qualname;        // str
  Object* defaults;        // tuple or nullptr
  Object* kwdefaults;      // dict or nullptr
  Object* closure;         // tuple of cells or nullptr
  Object* doc;
  Object* dict;        // __dict__, or nullptr
  Object* module;      // __module__
  Object* annotations; // dict or nullptr
  Object* weakreflist;
  uint32_t func_version;
};

struct CellObject : Object {
  Object* ref; // nullptr when empty
};

struct MethodObject : Object { // a bound method
  VectorcallFn vectorcall;
  Object* func;
  Object* self;
  Object* weakreflist;
};

struct BuiltinFunctionObject : Object { // builtin_function_or_method
  VectorcallFn vectorcall;
  MethodDef* def;
  Object* self;   // bound object or module, may be nullptr
  Object* module; // __module__ (str) or nullptr
  Object* weakreflist;
  char* error_name; // "math.sqrt" for argument errors of module functions (owned), or nullptr = def->name
  bool owns_def;    // def, def->name and def->doc are malloc'd for this object alone and freed with it
};

inline bool function_check(Object* o) noexcept {
  return o->type == &FunctionType;
}
inline bool method_check(Object* o) noexcept {
  return o->type == &MethodType;
}
inline bool cell_check(Object* o) noexcept {
  return o->type == &CellType;
}

Object* function_new(Object* code, Object* globals,
                     Object* qualname); // builtins from globals["__builtins__"] or the interpreter's
Object* cell_new(Object* value);        // value may be nullptr
Object* method_new(Object* func, Object* self);
Object* builtin_function_new(MethodDef* def, Object* self, Object* module);
// Calls a builtin function as its vectorcall does, without the recursion
// count (a call site CPython specialises, interp/call_site.h).
Object* builtin_call_uncounted(Object* callable, Object* const* args, size_t nargsf, Object* kwnames);
// As builtin_function_new, for a def made with malloc (its name and doc
// strdup'd): the function frees them at dealloc, also when it fails here.
Object* builtin_function_new_owning(MethodDef* def, Object* self, Object* module);
// Frees a calloc'd MethodDef with its malloc'd name and doc (nullptr: nothing).
void methoddef_free_owned(MethodDef* def);

// The interpreter installs how Python functions run (interp/).
void function_set_default_vectorcall(VectorcallFn fn);
VectorcallFn function_default_vectorcall() noexcept;

} // namespace coil
