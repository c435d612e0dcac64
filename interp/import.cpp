// The import system: `import a.b.c`, `from . import x`, packages, built-in
// (native) modules and Python source modules found on sys.path.
//
// Invariants
// - sys.modules is the cache: a module is inserted before its body runs (so
//   circular imports see the partially initialised module) and removed if
//   its body raises.
// - A submodule is bound as an attribute of its parent package once loaded.
#include <sys/stat.h>

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
#include "runtime/runtime.h"

namespace coil::interp {

namespace {

bool is_file(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}
bool is_dir(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

Object* module_not_found(const std::string& name, const std::string& why = "") {
  Object* msg = str_from_utf8("No module named '" + name + "'" + why);
  if (!msg)
    return nullptr;
  err_set_object(ModuleNotFoundError, msg);
  decref(msg);
  if (Object* exc = err_current()) {
    if (is_instance_of(exc, static_cast<TypeObject*>(ImportError))) {
      Object* n = str_from_utf8(name);
      if (n)
        setref(static_cast<ImportErrorObject*>(exc)->name, n);
    }
  }
  return nullptr;
}

Object* sys_modules() {
  return Interpreter::main()->modules;
}

// Runs the source file `path` as the body of `module`, its code taken from
// the bytecode cache when valid (interp/pycache.cpp).
int exec_source_module(Object* module, const std::string& path) {
  std::string ignored;
  Object* code = pycache_get_code(path, &ignored);
  if (!code)
    return -1;
  Object* r = eval_code(code, module_dict(module), module_dict(module));
  decref(code);
  if (!r)
    return -1;
  decref(r);
  return 0;
}

// Finds `name` (the last component) in the directories of `search_path`
// (a list of str). Sets *is_package. Empty when not found.
std::string find_source(const std::string& name, Object* search_path, bool* is_package,
                        std::string* pkg_dir) {
  if (!search_path || !list_check(search_path))
    return {};
  for (ssize i = 0; i < list_size(search_path); i++) {
    Object* entry = list_get(search_path, i);
    if (!str_check(entry))
      continue;
    std::string dir(str_view(entry));
    if (dir.empty())
      dir = ".";
    std::string base = dir + "/" + name;
    if (is_dir(base) && is_file(base + "/__init__.py")) {
      *is_package = true;
      *pkg_dir = base;
      return base + "/__init__.py";
    }
    if (is_file(base + ".py")) {
      *is_package = false;
      return base + ".py";
    }
  }
  return {};
}

// Loads the module `fullname` whose parent (if any) is already imported.
// Sets __spec__._initializing (when the module has a spec), keeping any
// pending exception.
void set_initializing(Object* module, bool value) {
  Object* spec = dict_getitem_str(module_dict(module), "__spec__");
  if (!spec || spec == None)
    return;
  Object* saved = err_fetch();
  if (object_setattr_str(spec, "_initializing", value ? True : False) < 0)
    err_clear();
  err_restore(saved);
}

Object* load_module(const std::string& fullname, Object* parent) {
  std::string last = fullname.substr(fullname.rfind('.') == std::string::npos ? 0 : fullname.rfind('.') + 1);
  Object* modules = sys_modules();
  // Built-in (native) modules are top-level only.
  if (!parent && fullname == "_frozen_importlib")
    return import_bootstrap_module();
  if (!parent) {
    if (ModuleInitFn init = find_builtin_module(fullname)) {
      Object* m = init();
      if (!m)
        return nullptr;
      if (dict_setitem_str(modules, fullname.c_str(), m) < 0) {
        decref(m);
        return nullptr;
      }
      module_set_spec(m, "", false, "");
      return m;
    }
  }
  Object* search_path;
  if (parent) {
    int error;
    Object* path_name = str_intern_utf8("__path__");
    search_path = object_lookup_attr(parent, path_name, &error);
    decref(path_name);
    if (error)
      return nullptr;
    if (!search_path) {
      std::string parent_name = fullname.substr(0, fullname.rfind('.'));
      return module_not_found(fullname, "; '" + parent_name + "' is not a package");
    }
  } else {
    Object* sysdict = Interpreter::main()->sysdict;
    search_path = xnewref(sysdict ? dict_getitem_str(sysdict, "path") : nullptr);
  }
  bool is_package = false;
  std::string pkg_dir;
  std::string path = find_source(last, search_path, &is_package, &pkg_dir);
  xdecref(search_path);
  if (path.empty())
    return module_not_found(fullname);

  Object* name_obj = str_from_utf8(fullname);
  if (!name_obj)
    return nullptr;
  Object* module = module_new(name_obj);
  decref(name_obj);
  if (!module)
    return nullptr;
  Object* dict = module_dict(module);
  Object* file = str_from_utf8(path);
  std::string package = is_package ? fullname : (parent ? fullname.substr(0, fullname.rfind('.')) : "");
  Object* pkg = str_from_utf8(package);
  int ok = file && pkg && dict_setitem_str(dict, "__file__", file) >= 0 &&
           dict_setitem_str(dict, "__package__", pkg) >= 0 &&
           dict_setitem_str(dict, "__builtins__", Interpreter::main()->builtins) >= 0;
  xdecref(file);
  xdecref(pkg);
  if (ok && is_package) {
    Object* dir = str_from_utf8(pkg_dir);
    Object* path_list = dir ? list_new(0) : nullptr;
    ok = path_list && list_append(path_list, dir) >= 0 && dict_setitem_str(dict, "__path__", path_list) >= 0;
    xdecref(dir);
    xdecref(path_list);
  }
  // __cached__ as importlib sets it: the cache path whether or not it is written.
  std::string cached = module_cache_path(path);
  if (ok) {
    Object* c = cached.empty() ? newref(None) : str_from_utf8(cached);
    ok = c && dict_setitem_str(dict, "__cached__", c) >= 0;
    xdecref(c);
  }
  if (!ok || dict_setitem_str(modules, fullname.c_str(), module) < 0) {
    decref(module);
    return nullptr;
  }
  module_set_spec(module, path, is_package, cached);
  // As importlib's _load_unlocked: spec._initializing while the body runs
  // ("partially initialized module" errors), False afterwards.
  set_initializing(module, true);
  int exec_result = exec_source_module(module, path);
  set_initializing(module, false);
  if (exec_result < 0) {
    Object* saved = err_fetch();
    if (dict_delitem_str(modules, fullname.c_str()) < 0)
      err_clear();
    err_restore(saved);
    decref(module);
    return nullptr;
  }
  // The body may have replaced its own sys.modules entry.
  Object* final = dict_getitem_str(modules, fullname.c_str());
  if (final && final != module) {
    decref(module);
    module = newref(final);
  }
  return module;
}

// Imports `fullname` (all parents first). Returns the module (new reference).
// A cached module; None in sys.modules blocks the import, as CPython.
Object* cached_module(Object* m, const std::string& fullname) {
  if (m == None) {
    Object* msg = str_from_utf8("import of " + fullname + " halted; None in sys.modules");
    if (msg) {
      err_set_object(ModuleNotFoundError, msg);
      decref(msg);
    }
    return nullptr;
  }
  return newref(m);
}

Object* import_absolute(const std::string& fullname) {
  Object* modules = sys_modules();
  if (Object* m = dict_getitem_str(modules, fullname.c_str()))
    return cached_module(m, fullname);
  Object* parent = nullptr;
  size_t dot = fullname.rfind('.');
  if (dot != std::string::npos) {
    parent = import_absolute(fullname.substr(0, dot));
    if (!parent)
      return nullptr;
    // Importing the parent may have imported us.
    if (Object* m = dict_getitem_str(modules, fullname.c_str())) {
      decref(parent);
      return cached_module(m, fullname);
    }
  }
  Object* m = load_module(fullname, parent);
  if (m && parent) {
    Object* attr = str_from_utf8(fullname.substr(dot + 1));
    if (!attr || object_setattr(parent, attr, m) < 0) {
      xdecref(attr);
      decref(parent);
      decref(m);
      return nullptr;
    }
    decref(attr);
  }
  xdecref(parent);
  return m;
}

// The package relative imports are resolved against.
bool calc_package(Object* globals, std::string* package) {
  Object* pkg = globals ? dict_getitem_str(globals, "__package__") : nullptr;
  if (pkg && pkg != None) {
    if (!str_check(pkg)) {
      err_set_string(TypeError, "package must be a string");
      return false;
    }
    *package = std::string(str_view(pkg));
    return true;
  }
  Object* name = globals ? dict_getitem_str(globals, "__name__") : nullptr;
  if (!name || !str_check(name)) {
    err_set_string(KeyError, "'__name__' not in globals");
    return false;
  }
  std::string n(str_view(name));
  if (dict_getitem_str(globals, "__path__")) {
    *package = n;
  } else {
    size_t dot = n.rfind('.');
    *package = dot == std::string::npos ? "" : n.substr(0, dot);
  }
  return true;
}

} // namespace

Object* import_name(Object* name, Object* globals, Object* fromlist, int level) {
  if (!str_check(name))
    return err_set_string(TypeError, "module name must be a string");
  std::string n(str_view(name));
  if (level < 0)
    return err_set_string(ValueError, "level must be >= 0");
  std::string fullname = n;
  if (level > 0) {
    std::string package;
    if (!calc_package(globals, &package))
      return nullptr;
    if (package.empty())
      return err_set_string(ImportError, "attempted relative import with no known parent package");
    std::string base = package;
    for (int i = 1; i < level; i++) {
      size_t dot = base.rfind('.');
      if (dot == std::string::npos)
        return err_set_string(ImportError, "attempted relative import beyond top-level package");
      base = base.substr(0, dot);
    }
    fullname = n.empty() ? base : base + "." + n;
  } else if (n.empty()) {
    return err_set_string(ValueError, "Empty module name");
  }
  Object* module = import_absolute(fullname);
  if (!module)
    return nullptr;
  bool has_from = fromlist && fromlist != None && object_is_true(fromlist) == 1;
  if (!has_from) {
    if (level == 0 && n.find('.') != std::string::npos) {
      // `import a.b.c` binds `a`.
      decref(module);
      return import_absolute(n.substr(0, n.find('.')));
    }
    return module;
  }
  // `from pkg import sub`: import submodules named in the fromlist.
  if (dict_getitem_str(module_dict(module), "__path__")) {
    Object* it = object_get_iter(fromlist);
    if (!it) {
      decref(module);
      return nullptr;
    }
    while (Object* item = iter_next(it)) {
      if (str_check(item) && !str_equal_ascii(item, "*")) {
        int error;
        Object* attr = object_lookup_attr(module, item, &error);
        if (!attr && !error) {
          Object* sub = import_absolute(fullname + "." + std::string(str_view(item)));
          if (sub)
            decref(sub);
          else if (err_matches(ModuleNotFoundError))
            err_clear(); // IMPORT_FROM reports the missing name
          else {
            decref(item);
            decref(it);
            decref(module);
            return nullptr;
          }
        }
        xdecref(attr);
      }
      decref(item);
    }
    decref(it);
    if (err_occurred()) {
      decref(module);
      return nullptr;
    }
  }
  return module;
}

Object* import_module(const char* name) {
  return import_absolute(name);
}

std::string find_module_file(const std::string& name, Object* search_path, bool* is_package) {
  std::string pkg_dir;
  return find_source(name, search_path, is_package, &pkg_dir);
}

} // namespace coil::interp
