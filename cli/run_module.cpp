// `coil -m name` (see run_module.h), following CPython 3.11's
// runpy._run_module_as_main and its error messages.
//
// Invariants
// - Parent packages are imported through the import system before the
//   module is looked up in their __path__; a top-level module is looked up
//   in sys.path. The module itself is not imported: its code runs as
//   __main__.
#include "cli/run_module.h"

#include <cstdio>

#include "interp/interp.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/runtime.h"

namespace coil::cli {

namespace {

// runpy prints its errors after sys.executable (the program name if unset).
int fail(const std::string& program, const std::string& message) {
  Object* exe = dict_getitem_str(Interpreter::main()->sysdict, "executable");
  std::string who = exe && str_check(exe) && str_length(exe) > 0 ? std::string(str_view(exe)) : program;
  fprintf(stderr, "%s: %s\n", who.c_str(), message.c_str());
  return 1;
}

// "Type: message" of the pending ImportError (cleared).
std::string take_error_text() {
  Object* exc = err_fetch();
  std::string text = type_name_of(exc);
  Object* s = object_str(exc);
  if (s && str_check(s))
    text += ": " + std::string(str_view(s));
  xdecref(s);
  err_clear();
  decref(exc);
  return text;
}

int find(const std::string& name, const std::string& program, MainTarget* out) {
  if (!name.empty() && name[0] == '.')
    return fail(program, "Relative module names not supported");
  size_t dot = name.rfind('.');
  Object* search_path = nullptr; // new reference
  if (dot != std::string::npos) {
    std::string parent = name.substr(0, dot);
    Object* pkg = interp::import_module(parent.c_str());
    if (!pkg) {
      if (!err_matches(ImportError))
        return -1;
      return fail(program,
                  "Error while finding module specification for '" + name + "' (" + take_error_text() + ")");
    }
    search_path = object_getattr_str(pkg, "__path__");
    decref(pkg);
    if (!search_path) {
      err_clear();
      return fail(program, "Error while finding module specification for '" + name +
                               "' (ModuleNotFoundError: __path__ attribute not found on '" + parent +
                               "' while trying to find '" + name + "')");
    }
  } else {
    Object* sp = dict_getitem_str(Interpreter::main()->sysdict, "path");
    search_path = sp ? newref(sp) : nullptr;
    if (!search_path)
      return fail(program, "No module named " + name);
  }
  bool is_package = false;
  std::string last = dot == std::string::npos ? name : name.substr(dot + 1);
  std::string path = interp::find_module_file(last, search_path, &is_package);
  decref(search_path);
  if (path.empty()) {
    if (dot == std::string::npos && find_builtin_module(name))
      return fail(program, "No code object available for " + name);
    return fail(program, "No module named " + name);
  }
  if (is_package) {
    if (name == "__main__" || (name.size() > 9 && name.compare(name.size() - 9, 9, ".__main__") == 0))
      return fail(program, "Cannot use package as __main__ module");
    std::string main_name = name + ".__main__";
    // runpy imports the package (through the recursion's parent import)
    // before it looks for its __main__.
    Object* pkg = interp::import_module(name.c_str());
    if (!pkg) {
      if (!err_matches(ImportError))
        return -1;
      return fail(program, "Error while finding module specification for '" + main_name + "' (" +
                               take_error_text() + ")");
    }
    Object* pkg_path = object_getattr_str(pkg, "__path__");
    decref(pkg);
    std::string main_path;
    bool main_is_package = false;
    if (pkg_path) {
      main_path = interp::find_module_file("__main__", pkg_path, &main_is_package);
      decref(pkg_path);
    } else {
      err_clear();
    }
    if (main_path.empty() || main_is_package)
      return fail(program, "No module named " + main_name + "; '" + name +
                               "' is a package and cannot be directly executed");
    out->name = main_name;
    out->path = main_path;
    return 0;
  }
  out->name = name;
  out->path = path;
  return 0;
}

} // namespace

int find_main_module(const std::string& name, const std::string& program, MainTarget* out) {
  return find(name, program, out);
}

int set_main_module_attrs(Object* main_module, const MainTarget& target) {
  Object* d = module_dict(main_module);
  // The spec is built under the module's real name, then __name__ goes back
  // to "__main__" (runpy's __spec__.name is the real name).
  Object* real = str_from_utf8(target.name);
  Object* main_name = str_from_utf8("__main__");
  size_t dot = target.name.rfind('.');
  Object* package = str_from_utf8(dot == std::string::npos ? "" : target.name.substr(0, dot));
  bool ok = real && main_name && package && dict_setitem_str(d, "__name__", real) >= 0;
  if (ok) {
    interp::module_set_spec(main_module, target.path, false, "");
    ok = !err_occurred() && dict_setitem_str(d, "__name__", main_name) >= 0 &&
         dict_setitem_str(d, "__package__", package) >= 0;
  }
  xdecref(real);
  xdecref(main_name);
  xdecref(package);
  return ok ? 0 : -1;
}

} // namespace coil::cli
