// The `_imp` native module: what lib/importlib needs from the C++ import
// system (CPython's names where CPython has them) plus Coil's bytecode-cache
// entry points, prefixed `_coil_`.
//
// Invariants
// - Functions with CPython names behave as CPython 3.11's `_imp`:
//   source_hash, check_hash_based_pycs, extension_suffixes, is_builtin,
//   create_builtin, exec_builtin, is_frozen, _fix_co_filename, and the
//   import lock calls (no-ops: Coil runs one thread).
// - The `_coil_*` functions share the import system's code paths (cache
//   format, finder), so py_compile and importlib write and read exactly
//   what an import does.
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "interp/interp.h"
#include "interp/pycache.h"
#include "runtime/errors.h"
#include "runtime/hash.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil::interp {

extern const char* const imp_module_anchor;
const char* const imp_module_anchor = "_imp";

namespace {

bool want_args(const char* fname, ssize nargs, ssize lo, ssize hi) {
  if (nargs >= lo && nargs <= hi)
    return true;
  if (lo == hi)
    err_format(TypeError, "{}() takes exactly {} argument{} ({} given)", fname, lo, lo == 1 ? "" : "s",
               nargs);
  else
    err_format(TypeError, "{}() takes from {} to {} arguments ({} given)", fname, lo, hi, nargs);
  return false;
}

bool want_str(const char* fname, Object* v, std::string* out) {
  if (!str_check(v)) {
    err_format(TypeError, "{}() argument must be str, not {}", fname, arg_type_name(v));
    return false;
  }
  std::string_view s = str_view(v);
  if (err_occurred())
    return false;
  *out = std::string(s);
  return true;
}

bool want_bytes(const char* fname, Object* v, std::string_view* out) {
  if (!get_bytes_like(v, out)) {
    err_format(TypeError, "{}() argument must be a bytes-like object, not '{}'", fname, type_name_of(v));
    return false;
  }
  return true;
}

Object* str_or_none(const std::string& s) {
  return s.empty() ? newref(None) : str_from_utf8(s);
}

// ---------------------------------------------------------------- CPython's _imp

bool u32_arg(Object* v, uint32_t* out) {
  if (!int_check(v)) {
    err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(v));
    return false;
  }
  // Modulo 2**32, as importlib's _pack_uint32.
  Object* mask = int_from_i64(0xffffffffLL);
  Object* r = mask ? binary_op(v, mask, NB_AND) : nullptr;
  xdecref(mask);
  if (!r)
    return false;
  bool overflow = false;
  *out = uint32_t(int_as_i64(r, &overflow));
  decref(r);
  return true;
}

Object* imp_source_hash(Object*, Object* const* args, ssize nargs) {
  if (!want_args("source_hash", nargs, 2, 2))
    return nullptr;
  uint32_t key;
  std::string_view src;
  if (!u32_arg(args[0], &key) || !want_bytes("source_hash", args[1], &src))
    return nullptr;
  // SipHash-1-3 keyed with `key`: importlib passes the raw magic number,
  // which gives the hash the import system writes and checks.
  uint64_t h = siphash13(key, 0, src.data(), src.size());
  std::string out;
  for (int i = 0; i < 8; i++)
    out.push_back(char((h >> (8 * i)) & 0xff));
  return bytes_from(out);
}

Object* imp_extension_suffixes(Object*, Object*) {
  return list_new(0);
}

Object* imp_is_builtin(Object*, Object* name) {
  std::string n;
  if (!want_str("is_builtin", name, &n))
    return nullptr;
  if (!find_builtin_module(n))
    return int_from_i64(0);
  return int_from_i64(n == "sys" || n == "builtins" ? -1 : 1);
}

Object* imp_is_frozen(Object*, Object* name) {
  std::string n;
  if (!want_str("is_frozen", name, &n))
    return nullptr;
  return newref(False);
}

// create_builtin(spec): the module named spec.name (the existing one when
// already in sys.modules, as single-phase init modules are).
Object* imp_create_builtin(Object*, Object* spec) {
  Object* name = object_getattr_str(spec, "name");
  if (!name)
    return nullptr;
  std::string n;
  bool ok = want_str("create_builtin", name, &n);
  decref(name);
  if (!ok)
    return nullptr;
  if (Object* m = dict_getitem_str(Interpreter::main()->modules, n.c_str()))
    return newref(m);
  ModuleInitFn init = find_builtin_module(n);
  if (!init)
    return err_format(ImportError, "no built-in module named {}", n);
  return init();
}

Object* imp_exec_builtin(Object*, Object*) {
  return int_from_i64(0);
}

Object* imp_fix_co_filename(Object*, Object* const* args, ssize nargs) {
  if (!want_args("_fix_co_filename", nargs, 2, 2))
    return nullptr;
  if (!code_check(args[0]))
    return err_format(TypeError, "_fix_co_filename() argument 1 must be code, not {}",
                      arg_type_name(args[0]));
  if (!str_check(args[1]))
    return err_format(TypeError, "_fix_co_filename() argument 2 must be str, not {}", arg_type_name(args[1]));
  // Same replacement as a cache hit does.
  struct Fix {
    static void run(CodeObject* co, Object* old, Object* path) {
      if (str_check(co->filename) && str_equal(co->filename, old))
        setref(co->filename, newref(path));
      for (ssize i = 0; i < tuple_size(co->consts); i++)
        if (code_check(tuple_get(co->consts, i)))
          run(static_cast<CodeObject*>(tuple_get(co->consts, i)), old, path);
    }
  };
  auto* co = static_cast<CodeObject*>(args[0]);
  Object* old = newref(co->filename);
  if (!str_equal(old, args[1]))
    Fix::run(co, old, args[1]);
  decref(old);
  return newref(None);
}

Object* imp_lock_held(Object*, Object*) {
  return newref(False);
}
Object* imp_noop(Object*, Object*) {
  return newref(None);
}

// ---------------------------------------------------------------- Coil's cache entry points

Object* imp_pycache_stats(Object*, Object*) {
  PycacheStats& s = pycache_stats();
  Object* d = dict_new();
  if (!d)
    return nullptr;
  const std::pair<const char*, int64_t> items[] = {{"hits", s.hits},
                                                   {"compiled", s.compiled},
                                                   {"written", s.written},
                                                   {"rejected", s.rejected},
                                                   {"write_errors", s.write_errors}};
  for (auto& [k, v] : items) {
    Object* n = int_from_i64(v);
    if (!n || dict_setitem_str(d, k, n) < 0) {
      xdecref(n);
      decref(d);
      return nullptr;
    }
    decref(n);
  }
  return d;
}

// _coil_get_code(path) -> (code, cached path or None): what an import runs.
Object* imp_get_code(Object*, Object* path) {
  std::string p;
  if (!want_str("_coil_get_code", path, &p))
    return nullptr;
  std::string cached;
  Object* code = pycache_get_code(p, &cached);
  if (!code)
    return nullptr;
  Object* c = str_or_none(cached);
  Object* r = c ? tuple_pack({code, c}) : nullptr;
  decref(code);
  xdecref(c);
  return r;
}

// _coil_cache_from_source(path, optimization) -> str
Object* imp_cache_from_source(Object*, Object* const* args, ssize nargs) {
  if (!want_args("_coil_cache_from_source", nargs, 2, 2))
    return nullptr;
  std::string p, opt, out;
  if (!want_str("_coil_cache_from_source", args[0], &p) ||
      !want_str("_coil_cache_from_source", args[1], &opt))
    return nullptr;
  if (!cache_from_source(p, opt, &out))
    return nullptr;
  return str_from_utf8(out);
}

// _coil_pyc_timestamp(code, mtime, size) / _coil_pyc_hash(code, source_hash, checked) -> bytes
Object* imp_pyc_timestamp(Object*, Object* const* args, ssize nargs) {
  if (!want_args("_coil_pyc_timestamp", nargs, 3, 3))
    return nullptr;
  if (!code_check(args[0]))
    return err_format(TypeError, "expected a code object, not {}", type_name_of(args[0]));
  uint32_t mtime, size;
  if (!u32_arg(args[1], &mtime) || !u32_arg(args[2], &size))
    return nullptr;
  std::string out;
  if (!pyc_build(args[0], false, false, std::string(), mtime, size, &out))
    return nullptr;
  return bytes_from(out);
}

Object* imp_pyc_hash(Object*, Object* const* args, ssize nargs) {
  if (!want_args("_coil_pyc_hash", nargs, 3, 3))
    return nullptr;
  if (!code_check(args[0]))
    return err_format(TypeError, "expected a code object, not {}", type_name_of(args[0]));
  std::string_view h;
  if (!want_bytes("_coil_pyc_hash", args[1], &h))
    return nullptr;
  if (h.size() != 8)
    return err_set_string(ValueError, "source hash must be 8 bytes");
  int checked = object_is_true(args[2]);
  if (checked < 0)
    return nullptr;
  std::string out;
  if (!pyc_build(args[0], true, checked == 1, std::string(h), 0, 0, &out))
    return nullptr;
  return bytes_from(out);
}

// _coil_write_atomic(path, data, mode)
Object* imp_write_atomic(Object*, Object* const* args, ssize nargs) {
  if (!want_args("_coil_write_atomic", nargs, 3, 3))
    return nullptr;
  std::string p;
  std::string_view data;
  if (!want_str("_coil_write_atomic", args[0], &p) || !want_bytes("_coil_write_atomic", args[1], &data))
    return nullptr;
  uint32_t mode;
  if (!u32_arg(args[2], &mode))
    return nullptr;
  if (!write_atomic(p, std::string(data), mode))
    return nullptr;
  return newref(None);
}

// _coil_stat(path) -> (kind, st_mode, int mtime, size), kind 'file', 'dir',
// 'link' (not followed) or 'other'; OSError when absent.
Object* imp_stat(Object*, Object* path) {
  std::string p;
  if (!want_str("_coil_stat", path, &p))
    return nullptr;
  struct stat st;
  if (::lstat(p.c_str(), &st) != 0)
    return err_from_errno(OSError, path);
  const char* kind = S_ISLNK(st.st_mode)   ? "link"
                     : S_ISREG(st.st_mode) ? "file"
                     : S_ISDIR(st.st_mode) ? "dir"
                                           : "other";
  if (S_ISLNK(st.st_mode)) {
    struct stat target;
    if (::stat(p.c_str(), &target) == 0)
      st = target;
  }
  Object* k = str_from_ascii(kind);
  Object* m = int_from_i64(int64_t(st.st_mode));
  Object* t = int_from_i64(int64_t(st.st_mtime));
  Object* s = int_from_i64(int64_t(st.st_size));
  Object* r = k && m && t && s ? tuple_pack({k, m, t, s}) : nullptr;
  xdecref(k);
  xdecref(m);
  xdecref(t);
  xdecref(s);
  return r;
}

// _coil_find(name, path_list) -> (origin, is_package) or None: the import
// system's search for a source module or package named `name` (one
// component) in the folders of `path_list`.
Object* imp_find(Object*, Object* const* args, ssize nargs) {
  if (!want_args("_coil_find", nargs, 2, 2))
    return nullptr;
  std::string n;
  if (!want_str("_coil_find", args[0], &n))
    return nullptr;
  Object* paths = args[1];
  Object* list = list_check(paths) ? newref(paths) : sequence_list(paths);
  if (!list)
    return nullptr;
  bool is_package = false;
  std::string origin = find_module_file(n, list, &is_package);
  decref(list);
  if (origin.empty())
    return newref(None);
  Object* o = str_from_utf8(origin);
  Object* r = o ? tuple_pack({o, is_package ? True : False}) : nullptr;
  xdecref(o);
  return r;
}

// _coil_getcwd() -> str (importlib makes relative locations absolute with it).
Object* imp_getcwd(Object*, Object*) {
  std::string buf(4096, '\0');
  if (!::getcwd(buf.data(), buf.size()))
    return err_from_errno(OSError);
  return str_from_utf8(buf.c_str());
}

MethodDef imp_methods[] = {
    {"source_hash", reinterpret_cast<MethodFn>(imp_source_hash), METH_FASTCALL, nullptr},
    {"extension_suffixes", imp_extension_suffixes, METH_NOARGS, nullptr},
    {"is_builtin", imp_is_builtin, METH_O, nullptr},
    {"is_frozen", imp_is_frozen, METH_O, nullptr},
    {"create_builtin", imp_create_builtin, METH_O, nullptr},
    {"exec_builtin", imp_exec_builtin, METH_O, nullptr},
    {"_fix_co_filename", reinterpret_cast<MethodFn>(imp_fix_co_filename), METH_FASTCALL, nullptr},
    {"lock_held", imp_lock_held, METH_NOARGS, nullptr},
    {"acquire_lock", imp_noop, METH_NOARGS, nullptr},
    {"release_lock", imp_noop, METH_NOARGS, nullptr},
    {"_coil_pycache_stats", imp_pycache_stats, METH_NOARGS,
     "Counters of the bytecode cache in this process: hits, compiled, written, rejected, write_errors."},
    {"_coil_get_code", imp_get_code, METH_O, nullptr},
    {"_coil_cache_from_source", reinterpret_cast<MethodFn>(imp_cache_from_source), METH_FASTCALL, nullptr},
    {"_coil_pyc_timestamp", reinterpret_cast<MethodFn>(imp_pyc_timestamp), METH_FASTCALL, nullptr},
    {"_coil_pyc_hash", reinterpret_cast<MethodFn>(imp_pyc_hash), METH_FASTCALL, nullptr},
    {"_coil_write_atomic", reinterpret_cast<MethodFn>(imp_write_atomic), METH_FASTCALL, nullptr},
    {"_coil_stat", imp_stat, METH_O, nullptr},
    {"_coil_find", reinterpret_cast<MethodFn>(imp_find), METH_FASTCALL, nullptr},
    {"_coil_getcwd", imp_getcwd, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* imp_module_init() {
  Object* m = module_new_str("_imp");
  if (!m)
    return nullptr;
  Object* doc = str_from_ascii("(Extremely) low-level import machinery bits as used by importlib.");
  Object* check = str_from_ascii("default");
  Object* magic = bytes_from(pyc_magic());
  Object* header = int_from_i64(PYC_HEADER_SIZE);
  int ok = doc && check && magic && header && module_add_object(m, "__doc__", doc) == 0 &&
           module_add_object(m, "check_hash_based_pycs", check) == 0 &&
           module_add_object(m, "_coil_magic", magic) == 0 &&
           module_add_object(m, "_coil_header_size", header) == 0 &&
           module_add_functions(m, imp_methods) == 0;
  xdecref(doc);
  xdecref(check);
  xdecref(magic);
  xdecref(header);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_imp", imp_module_init);

} // namespace coil::interp
