// Start-up and shutdown of the runtime, and the registries that let each
// type and native module file announce itself without a central list.
#pragma once

#include "runtime/object.h"
#include "runtime/thread_state.h"

#include <string_view>
#include <vector>

namespace coil {

// Every static type is registered with COIL_REGISTER_TYPE(TypeVar) in the .cpp
// that defines it; runtime_init readies all of them (bases first).
struct TypeRegistrar {
  explicit TypeRegistrar(TypeObject* type) noexcept;
};
#define COIL_REGISTER_TYPE(type_var) static ::coil::TypeRegistrar coil_type_registrar_##type_var(&(type_var))

// Native modules (math, sys, time...) register an init function that
// returns a new module object; the import system finds them by name.
using ModuleInitFn = Object* (*)();
struct ModuleRegistrar {
  ModuleRegistrar(const char* name, ModuleInitFn init) noexcept;
};
#define COIL_REGISTER_MODULE(name_literal, init_fn)                                                          \
  static ::coil::ModuleRegistrar coil_module_registrar_##init_fn(name_literal, init_fn)
ModuleInitFn find_builtin_module(std::string_view name) noexcept;
// Names of all registered native modules (sys.builtin_module_names).
std::vector<const char*> builtin_module_names();

// Registered start-up hooks run after all types are ready, in registration
// order within a priority (lower first). Used for interned-string tables,
// the builtins module, sys, the exception hierarchy's extra attributes.
using InitHookFn = int (*)(); // 0 ok, -1 with an exception set
struct InitHookRegistrar {
  InitHookRegistrar(int priority, const char* name, InitHookFn fn) noexcept;
};
#define COIL_REGISTER_INIT(priority, fn)                                                                     \
  static ::coil::InitHookRegistrar coil_init_registrar_##fn(priority, #fn, fn)

// Creates the main Interpreter and ThreadState, readies every registered
// type, runs the init hooks, creates builtins and sys. Returns 0 or -1
// (then the error is printed).
int runtime_init(const Config& config);
// Flushes stdout/stderr, runs atexit callbacks; frees what can be freed.
void runtime_finalize();
// Runs the atexit module's callbacks, newest first (runtime/modules/atexit.cpp).
void atexit_run_callbacks();
// Adds sys.getallocatedblocks() (runtime/modules/sys_objects.cpp). 0/-1.
int sys_add_object_counters(Object* sysdict);

} // namespace coil
