// Module specs: __spec__ and __loader__ of the modules the C++ import system
// creates, made by importlib's bootstrap (lib/importlib/_bootstrap.py).
//
// Invariants
// - The bootstrap is loaded once, lazily, at the first import, as the
//   module `_frozen_importlib` (CPython's name) from Coil's lib/ folder; it
//   imports only native modules. Interpreter::importlib holds it.
// - Modules created before it is ready (sys, builtins, those it imports
//   itself) get their specs from its `_coil_fix_up()` right after it loads.
// - Specs are best effort: if the bootstrap cannot be loaded or fails, the
//   modules keep __spec__ = None and imports go on; the failure is not
//   retried and not reported (there is nothing a user program could do).
#include <string>

#include "interp/interp.h"
#include "interp/pycache.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/runtime.h"

namespace coil::interp {

namespace {

enum class BootState { NotLoaded, Loading, Ready, Failed };
BootState boot_state = BootState::NotLoaded;

Object* call_bootstrap(Object* bootstrap, const char* name, Object* const* args, ssize nargs) {
  return object_call_method(bootstrap, name, args, nargs);
}

Object* load_bootstrap() {
  Interpreter* in = Interpreter::main();
  if (in->config.lib_dir.empty() || !in->modules)
    return nullptr;
  std::string path = in->config.lib_dir + "/importlib/_bootstrap.py";
  Object* m = module_new_str("_frozen_importlib");
  if (!m)
    return nullptr;
  if (dict_setitem_str(module_dict(m), "__builtins__", in->builtins) < 0 ||
      dict_setitem_str(in->modules, "_frozen_importlib", m) < 0) {
    decref(m);
    return nullptr;
  }
  std::string cached;
  Object* code = pycache_get_code(path, &cached);
  Object* r = code ? eval_code(code, module_dict(m), module_dict(m)) : nullptr;
  xdecref(code);
  if (!r) {
    Object* saved = err_fetch();
    if (dict_delitem_str(in->modules, "_frozen_importlib") < 0)
      err_clear();
    err_restore(saved);
    decref(m);
    return nullptr;
  }
  decref(r);
  return m;
}

Object* bootstrap() {
  Interpreter* in = Interpreter::main();
  if (boot_state == BootState::Ready)
    return in->importlib;
  if (boot_state != BootState::NotLoaded)
    return nullptr;
  boot_state = BootState::Loading;
  Object* m = load_bootstrap();
  if (!m) {
    err_clear();
    boot_state = BootState::Failed;
    return nullptr;
  }
  xdecref(in->importlib);
  in->importlib = m;
  boot_state = BootState::Ready;
  Object* r = call_bootstrap(m, "_coil_fix_up", nullptr, 0);
  if (r)
    decref(r);
  else
    err_clear();
  return m;
}

} // namespace

void module_set_spec(Object* module, const std::string& origin, bool is_package, const std::string& cached) {
  Object* b = bootstrap();
  if (!b)
    return;
  Object* o = origin.empty() ? newref(None) : str_from_utf8(origin);
  Object* c = cached.empty() ? newref(None) : str_from_utf8(cached);
  if (o && c) {
    Object* args[] = {module, o, is_package ? True : False, c};
    Object* r = call_bootstrap(b, "_coil_init_module", args, 4);
    if (r)
      decref(r);
  }
  xdecref(o);
  xdecref(c);
  if (err_occurred())
    err_clear();
}

} // namespace coil::interp
