// Module objects.
#pragma once

#include "runtime/object.h"

namespace coil {

struct ModuleDef; // native module definition (runtime/modules/module_def.h)

struct ModuleObject : Object {
  Object* dict;
  Object* name;
  void* state; // native module state, or nullptr
  ModuleDef* def;
  Object* weakreflist;
};

inline bool module_check(Object* o) noexcept {
  return o->type == &ModuleType || type_is_subtype(o->type, &ModuleType);
}
inline Object* module_dict(Object* m) noexcept {
  return static_cast<ModuleObject*>(m)->dict;
} // borrowed

Object*
module_new(Object* name); // sets __name__, __doc__=None, __package__=None, __loader__=None, __spec__=None
Object* module_new_str(const char* name);
// Adds a builtin function per entry of `methods` to the module.
int module_add_functions(Object* module, MethodDef* methods);
// True while the module's body runs (its __spec__._initializing is true, as
// the import system sets it): errors then say "partially initialized module".
bool module_spec_initializing(Object* module);
int module_add_object(Object* module, const char* name, Object* value); // increfs value

} // namespace coil
