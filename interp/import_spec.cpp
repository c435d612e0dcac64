// Module specs: __spec__ and __loader__ of the modules the C++ import system
// creates, made by importlib's bootstrap (lib/importlib/_bootstrap.py).
//
// Invariants
// - The bootstrap is loaded once, lazily, at the first import, as the
//   module `_frozen_importlib` (CPython's name) from Coil's lib/ folder; it
//   imports only native modules. Interpreter::importlib holds it.
// - Modules created before it is ready (sys, builtins, those it imports
//   itself) get their specs right after it loads (fix_up).
// - Specs and loaders are instances of the bootstrap's classes made here
//   without calling Python code (the attributes ModuleSpec.__init__ and
//   SourceFileLoader.__init__ set), so an import runs no Python function.
// - Specs are best effort: if the bootstrap cannot be loaded or fails, the
//   modules keep __spec__ = None and imports go on; the failure is not
//   retried and not reported (there is nothing a user program could do).
#include <string>

#include "interp/interp.h"
#include "interp/pycache.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil::interp {

namespace {

enum class BootState { NotLoaded, Loading, Ready, Failed };
BootState boot_state = BootState::NotLoaded;

void fix_up(Object* bootstrap);

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
  fix_up(m);
  return m;
}

// An instance of the bootstrap's class `cls` with the given attributes,
// made without running Python code (__init__ is not called), so that an
// import costs no Python call (and no JIT compilation in eager mode).
Object* make_instance(Object* cls, std::initializer_list<std::pair<const char*, Object*>> attrs) {
  if (!cls || !type_check(cls))
    return err_set_string(SystemError, "importlib bootstrap is incomplete");
  Object* args = tuple_empty();
  Object* o = object_new(static_cast<TypeObject*>(cls), args, nullptr);
  decref(args);
  if (!o)
    return nullptr;
  for (auto& [name, value] : attrs) {
    if (!value || object_setattr_str(o, name, value) < 0) {
      decref(o);
      return nullptr;
    }
  }
  return o;
}

// The spec (and loader) of a module: ModuleSpec(name, loader, origin=...)
// with the attributes _bootstrap.ModuleSpec.__init__ would set.
bool set_spec(Object* bootstrap, Object* module, Object* origin, bool is_package, Object* cached) {
  Object* dict = module_dict(bootstrap);
  Object* name = dict_getitem_str(module_dict(module), "__name__");
  if (!name)
    return false;
  Object* loader;
  if (origin == None) {
    loader = xnewref(dict_getitem_str(dict, "BuiltinImporter"));
    origin = dict_getitem_str(dict, "_BUILTIN_ORIGIN");
    if (!loader || !origin) {
      xdecref(loader);
      err_set_string(SystemError, "importlib bootstrap is incomplete");
      return false;
    }
  } else {
    loader = make_instance(dict_getitem_str(dict, "SourceFileLoader"), {{"name", name}, {"path", origin}});
    if (!loader)
      return false;
  }
  Object* search = None;
  if (is_package) {
    search = dict_getitem_str(module_dict(module), "__path__");
    if (!search)
      search = None;
  }
  Object* pending = list_new(0);
  bool has_location = origin != dict_getitem_str(dict, "_BUILTIN_ORIGIN");
  Object* spec = pending ? make_instance(dict_getitem_str(dict, "ModuleSpec"),
                                         {{"name", name},
                                          {"loader", loader},
                                          {"origin", origin},
                                          {"loader_state", None},
                                          {"submodule_search_locations", search},
                                          {"_uninitialized_submodules", pending},
                                          {"_set_fileattr", has_location ? True : False},
                                          {"_cached", has_location ? cached : None}})
                         : nullptr;
  xdecref(pending);
  bool ok = spec && dict_setitem_str(module_dict(module), "__spec__", spec) >= 0 &&
            dict_setitem_str(module_dict(module), "__loader__", loader) >= 0;
  xdecref(spec);
  decref(loader);
  return ok;
}

// Gives a spec to the modules created before the bootstrap was ready.
void fix_up(Object* bootstrap) {
  Object* items = dict_items_list(Interpreter::main()->modules);
  if (!items) {
    err_clear();
    return;
  }
  for (ssize i = 0; i < list_size(items); i++) {
    Object* pair = list_get(items, i);
    Object* name = tuple_get(pair, 0);
    Object* module = tuple_get(pair, 1);
    if (!str_check(name) || !module_check(module) || str_equal_ascii(name, "__main__"))
      continue;
    Object* spec = dict_getitem_str(module_dict(module), "__spec__");
    if (spec && spec != None)
      continue;
    bool ok = true;
    if (module == bootstrap) {
      // CPython's _frozen_importlib: origin 'frozen' (no loader here).
      Object* origin = str_from_ascii("frozen");
      Object* pending = list_new(0);
      Object* own = origin && pending ? make_instance(dict_getitem_str(module_dict(bootstrap), "ModuleSpec"),
                                                      {{"name", name},
                                                       {"loader", None},
                                                       {"origin", origin},
                                                       {"loader_state", None},
                                                       {"submodule_search_locations", None},
                                                       {"_uninitialized_submodules", pending},
                                                       {"_set_fileattr", False},
                                                       {"_cached", None}})
                                      : nullptr;
      ok = own && dict_setitem_str(module_dict(module), "__spec__", own) >= 0;
      xdecref(own);
      xdecref(origin);
      xdecref(pending);
    } else if (find_builtin_module(str_view(name))) {
      ok = set_spec(bootstrap, module, None, false, None);
    } else if (Object* file = dict_getitem_str(module_dict(module), "__file__"); file && str_check(file)) {
      Object* cached = dict_getitem_str(module_dict(module), "__cached__");
      ok = set_spec(bootstrap, module, file, dict_getitem_str(module_dict(module), "__path__") != nullptr,
                    cached ? cached : None);
    }
    if (!ok)
      err_clear();
  }
  decref(items);
}

} // namespace

Object* import_bootstrap_module() {
  Object* b = bootstrap();
  if (!b)
    return err_set_string(ImportError,
                          "importlib's bootstrap (lib/importlib/_bootstrap.py) could not be loaded");
  return newref(b);
}

void module_set_spec(Object* module, const std::string& origin, bool is_package, const std::string& cached) {
  Object* b = bootstrap();
  if (!b)
    return;
  Object* o = origin.empty() ? newref(None) : str_from_utf8(origin);
  Object* c = cached.empty() ? newref(None) : str_from_utf8(cached);
  if (o && c)
    set_spec(b, module, o, is_package, c);
  xdecref(o);
  xdecref(c);
  if (err_occurred())
    err_clear();
}

} // namespace coil::interp
