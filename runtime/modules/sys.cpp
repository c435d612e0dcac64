// The sys module.
//
// Invariants
// - sys is created once at start-up (runtime_init) from the Interpreter's
//   Config; sys.modules is the Interpreter's modules dict itself.
// - Version numbers report CPython 3.11.7 compatibility (version_info,
//   hexversion, api_version); sys.implementation names Coil.
// - int_info/hash_info/float_info report the values CPython 3.11 reports on
//   x86-64 Linux, because Coil reproduces CPython's observable behaviour.
// - Values that need the interpreter (_getframe) go through Interpreter
//   hooks; recursion limit and int max str digits live in the Interpreter.
#include <locale.h>
#include <unistd.h>

#include <cfloat>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/modules/builtins_internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/coro.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/structseq.h"
#include "runtime/objects/textio.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"
#include "runtime/traceback.h"

namespace coil {

static constexpr int PY_MAJOR = 3, PY_MINOR = 11, PY_MICRO = 7;
static constexpr long PY_HEXVERSION = 0x030B07F0;

static Interpreter* interp() {
  return Interpreter::main();
}

// ---------------------------------------------------------------- struct sequences

static const char* const version_info_fields[] = {"major",        "minor",  "micro",
                                                  "releaselevel", "serial", nullptr};
static StructSeqDesc version_info_desc = {"sys.version_info", version_info_fields,
                                          "sys.version_info\n\nVersion information as a named tuple."};

static const char* const float_info_fields[] = {"max",     "max_exp",    "max_10_exp", "min",
                                                "min_exp", "min_10_exp", "dig",        "mant_dig",
                                                "epsilon", "radix",      "rounds",     nullptr};
static StructSeqDesc float_info_desc = {
    "sys.float_info", float_info_fields,
    "sys.float_info\n\nA named tuple holding information about the float type."};

static const char* const int_info_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                              "str_digits_check_threshold", nullptr};
static StructSeqDesc int_info_desc = {"sys.int_info", int_info_fields,
                                      "sys.int_info\n\nA named tuple that holds information about Python's\n"
                                      "internal representation of integers."};

static const char* const hash_info_fields[] = {"width",     "modulus",   "inf",       "nan",    "imag",
                                               "algorithm", "hash_bits", "seed_bits", "cutoff", nullptr};
static StructSeqDesc hash_info_desc = {"sys.hash_info", hash_info_fields,
                                       "hash_info\n\nA named tuple providing parameters used for computing\n"
                                       "hashes. The attributes are read only."};

static const char* const flags_fields[] = {"debug",
                                           "inspect",
                                           "interactive",
                                           "optimize",
                                           "dont_write_bytecode",
                                           "no_user_site",
                                           "no_site",
                                           "ignore_environment",
                                           "verbose",
                                           "bytes_warning",
                                           "quiet",
                                           "hash_randomization",
                                           "isolated",
                                           "dev_mode",
                                           "utf8_mode",
                                           "warn_default_encoding",
                                           "safe_path",
                                           "int_max_str_digits",
                                           nullptr};
static StructSeqDesc flags_desc = {"sys.flags", flags_fields,
                                   "sys.flags\n\nFlags provided through command line "
                                   "arguments or environment vars."};

static const char* const thread_info_fields[] = {"name", "lock", "version", nullptr};
static StructSeqDesc thread_info_desc = {
    "sys.thread_info", thread_info_fields,
    "sys.thread_info\n\nA named tuple holding information about the thread "
    "implementation."};

static Object* i(int64_t v) {
  return int_from_i64(v);
}
static Object* s(const char* v) {
  return str_from_utf8(v);
}
static Object* f(double v) {
  return float_from_double(v);
}

static Object* make_version_info(int major, int minor, int micro, const char* level, int serial) {
  return structseq_new(&version_info_desc, {i(major), i(minor), i(micro), s(level), i(serial)});
}

// The LC_CTYPE locale the process would get from its environment (as
// setlocale(LC_CTYPE, "") would choose it), without changing the process
// locale: "C" when unset or not installed.
static std::string environment_ctype_locale() {
  const char* name = nullptr;
  for (const char* var : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* v = getenv(var);
    if (v && *v) {
      name = v;
      break;
    }
  }
  if (!name)
    return "C";
  locale_t loc = newlocale(LC_CTYPE_MASK, name, static_cast<locale_t>(0));
  if (!loc)
    return "C";
  freelocale(loc);
  return name;
}

// UTF-8 mode (PEP 540): -X utf8[=0|1], else PYTHONUTF8, else on in the C
// and POSIX locales.
static bool utf8_mode(const Config& c) {
  for (const auto& opt : c.xoptions) {
    if (opt == "utf8" || opt == "utf8=1")
      return true;
    if (opt == "utf8=0")
      return false;
  }
  const char* env = c.ignore_environment ? nullptr : getenv("PYTHONUTF8");
  if (env && strcmp(env, "1") == 0)
    return true;
  if (env && strcmp(env, "0") == 0)
    return false;
  std::string loc = environment_ctype_locale();
  return loc == "C" || loc == "POSIX";
}

// stdin/stdout errors policy: surrogateescape in UTF-8 mode and in the C,
// POSIX and C.UTF-8 locales, else strict (CPython's rule).
static const char* stdio_errors(const Config& c) {
  if (utf8_mode(c))
    return "surrogateescape";
  std::string loc = environment_ctype_locale();
  if (loc == "C" || loc == "POSIX" || loc == "C.UTF-8" || loc == "C.utf8" || loc == "UTF-8")
    return "surrogateescape";
  return "strict";
}

static Object* make_flags(const Config& c) {
  bool hash_randomization = !(c.use_hash_seed && c.hash_seed == 0);
  int digits = c.int_max_str_digits == 4300 ? -1 : c.int_max_str_digits;
  return structseq_new(&flags_desc,
                       {i(0), i(c.inspect), i(0), i(c.optimize), i(c.dont_write_bytecode), i(c.no_user_site),
                        i(c.no_site), i(c.ignore_environment), i(0), i(0), i(c.quiet), i(hash_randomization),
                        i(c.isolated), bool_from(false), i(utf8_mode(c)), i(0), bool_from(false), i(digits)});
}

// ---------------------------------------------------------------- functions

static Object* sys_exit(Object*, Object* const* args, ssize nargs) {
  if (nargs > 1)
    return err_format(TypeError, "exit expected at most 1 argument, got {}", nargs);
  return err_set_object(SystemExit, nargs == 1 ? args[0] : nullptr);
}

static Object* sys_getrecursionlimit(Object*, Object*) {
  return i(interp()->recursion_limit);
}

static Object* sys_setrecursionlimit(Object*, Object* arg) {
  if (float_check(arg))
    return err_set_string(TypeError, "'float' object cannot be interpreted as an integer");
  Object* idx = number_index(arg);
  if (!idx)
    return nullptr;
  bool overflow = false;
  int64_t v = int_as_i64(idx, &overflow);
  decref(idx);
  if (overflow || v > INT_MAX || v < INT_MIN)
    return err_set_string(OverflowError, "Python int too large to convert to C int");
  if (v < 1)
    return err_set_string(ValueError, "recursion limit must be greater or equal than 1");
  ThreadState* ts = ThreadState::current();
  if (ts && ts->py_recursion_depth >= v)
    return err_format(RecursionError,
                      "cannot set the recursion limit to {} at the recursion depth {}: the limit is "
                      "too low",
                      v, ts->py_recursion_depth);
  interp()->recursion_limit = static_cast<int>(v);
  return none_new();
}

static Object* sys_getrefcount(Object*, Object* o) {
  return i(o->refcnt);
}

static Object* sys_getsizeof(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object *obj = nullptr, *dflt = nullptr;
  if (nargs > 2)
    return err_format(TypeError, "getsizeof() takes at most 2 arguments ({} given)", nargs);
  if (nargs >= 1)
    obj = args[0];
  if (nargs >= 2)
    dflt = args[1];
  for (ssize k = 0; kwnames && k < tuple_size(kwnames); k++) {
    Object* key = tuple_get(kwnames, k);
    Object** slot = nullptr;
    if (str_check(key) && str_equal_ascii(key, "object"))
      slot = &obj;
    else if (str_check(key) && str_equal_ascii(key, "default"))
      slot = &dflt;
    if (!slot)
      return err_format(TypeError, "'{}' is an invalid keyword argument for getsizeof()",
                        str_check(key) ? str_to_std(key) : std::string("?"));
    *slot = args[nargs + k];
  }
  if (!obj)
    return err_set_string(TypeError, "getsizeof() missing required argument 'object' (pos 1)");
  bool found = false;
  Object* r = object_call_special(obj, str_static("__sizeof__"), nullptr, 0, &found);
  if (!r) {
    if (!found && !err_occurred())
      err_format(TypeError, "Type {} doesn't define __sizeof__", type_name_of(obj));
    if (dflt && err_matches(TypeError)) {
      err_clear();
      return newref(dflt);
    }
    return nullptr;
  }
  if (!int_check(r)) {
    decref(r);
    return err_set_string(TypeError, "an integer is required");
  }
  ssize size = int_as_ssize(r);
  decref(r);
  if (size == -1 && err_occurred())
    return nullptr;
  if (size < 0)
    return err_set_string(ValueError, "__sizeof__() should return >= 0");
  // The GC header (runtime/gc.h); static types are not collected objects
  // (CPython's type_is_gc), so they have none to count.
  bool static_type = type_check(obj) && !type_has_flag(static_cast<TypeObject*>(obj), TPFLAG_HEAPTYPE);
  if (type_has_flag(obj->type, TPFLAG_HAVE_GC) && !static_type)
    size += 16;
  // The pre-header of managed-dict instances (runtime/objects/type.h).
  if (type_has_flag(obj->type, TPFLAG_MANAGED_DICT))
    size += 16;
  return i(size);
}

static Object* sys_intern(Object*, Object* o) {
  if (!str_check(o))
    return err_format(TypeError, "intern() argument must be str, not {}", arg_type_name(o));
  if (!str_check_exact(o))
    return err_format(TypeError, "can't intern {}", type_name_of(o));
  return str_intern(o);
}

static Object* handled_exception() {
  ThreadState* ts = ThreadState::current();
  for (ExcInfo* e = ts->exc_info; e; e = e->previous)
    if (e->exc_value && e->exc_value != None)
      return e->exc_value;
  return nullptr;
}

static Object* sys_exc_info(Object*, Object*) {
  Object* e = handled_exception();
  if (!e)
    return tuple_pack({None, None, None});
  Object* tb = static_cast<BaseExceptionObject*>(e)->traceback;
  return tuple_pack({e->type, e, tb ? tb : None});
}

static Object* sys_exception(Object*, Object*) {
  Object* e = handled_exception();
  return newref(e ? e : None);
}

static Object* sys_get_int_max_str_digits(Object*, Object*) {
  return i(interp()->config.int_max_str_digits);
}

static Object* sys_set_int_max_str_digits(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* v = nargs >= 1 ? args[0] : nullptr;
  if (nargs > 1)
    return err_format(TypeError, "set_int_max_str_digits() takes at most 1 argument ({} given)", nargs);
  if (!builtins_impl::parse_kwonly("set_int_max_str_digits", args + nargs, kwnames, {"maxdigits"}, {&v}))
    return nullptr;
  if (!v)
    return err_set_string(TypeError,
                          "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  Object* idx = number_index(v);
  if (!idx)
    return nullptr;
  bool overflow = false;
  int64_t n = int_as_i64(idx, &overflow);
  decref(idx);
  if (overflow || n > INT_MAX || n < INT_MIN)
    return err_set_string(OverflowError, "Python int too large to convert to C int");
  if (n != 0 && n < 640)
    return err_set_string(ValueError, "maxdigits must be 0 or larger than 640");
  interp()->config.int_max_str_digits = static_cast<int>(n);
  return none_new();
}

static Object* sys_getdefaultencoding(Object*, Object*) {
  return s("utf-8");
}
static Object* sys_getfilesystemencoding(Object*, Object*) {
  return s("utf-8");
}
static Object* sys_getfilesystemencodeerrors(Object*, Object*) {
  return s("surrogateescape");
}

// The GIL's switch interval lives in runtime/gil.cpp.
static Object* sys_getswitchinterval(Object*, Object*) {
  return f(gil_switch_interval());
}
static Object* sys_setswitchinterval(Object*, Object* arg) {
  double v = float_as_double(arg);
  if (v == -1.0 && err_occurred())
    return nullptr;
  if (gil_set_switch_interval(v) < 0)
    return nullptr;
  return none_new();
}

static Object* sys_is_finalizing(Object*, Object*) {
  return bool_from(gil_finalizing());
}

// displayhook(value): prints repr(value) and stores it in builtins._.
static Object* sys_displayhook(Object*, Object* value) {
  if (value == None)
    return none_new();
  Interpreter* in = interp();
  Object* builtins = in ? in->builtins : nullptr;
  if (!builtins)
    return err_set_string(RuntimeError, "lost builtins module");
  if (dict_setitem_str(builtins, "_", None) < 0)
    return nullptr;
  Object* out = in->sysdict ? dict_getitem_str(in->sysdict, "stdout") : nullptr;
  if (!out || out == None)
    return err_set_string(RuntimeError, "lost sys.stdout");
  Object* r = object_repr(value);
  if (!r)
    return nullptr;
  incref(out);
  Object* w = object_call_method(out, "write", &r, 1);
  decref(r);
  if (!w) {
    decref(out);
    return nullptr;
  }
  decref(w);
  Object* nl = s("\n");
  w = nl ? object_call_method(out, "write", &nl, 1) : nullptr;
  xdecref(nl);
  decref(out);
  if (!w)
    return nullptr;
  decref(w);
  if (dict_setitem_str(builtins, "_", value) < 0)
    return nullptr;
  return none_new();
}

static Object* sys_excepthook(Object*, Object* const* args, ssize nargs) {
  if (nargs != 3)
    return err_format(TypeError, "excepthook expected 3 arguments, got {}", nargs);
  err_display(args[1], args[2], nullptr);
  return none_new();
}

// call_tracing(func, args): func(*args). CPython 3.11 reports no events
// for func when called from a trace function, and neither does Coil.
static Object* sys_call_tracing(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "call_tracing expected 2 arguments, got {}", nargs);
  if (!tuple_check(args[1]))
    return err_format(TypeError, "call_tracing() argument 2 must be tuple, not {}", arg_type_name(args[1]));
  return object_call(args[0], args[1], nullptr);
}

// settrace/setprofile store the function in the thread state; the
// evaluation loop (interp/trace.cpp) calls it. None removes it.
static Object* set_hook(Object** slot, Object* func) {
  ThreadState* ts = ThreadState::current();
  setref(*slot, func == None ? nullptr : newref(func));
  ts->update_use_tracing();
  return none_new();
}
static Object* sys_settrace(Object*, Object* func) {
  return set_hook(&ThreadState::current()->trace_func, func);
}
static Object* sys_setprofile(Object*, Object* func) {
  return set_hook(&ThreadState::current()->profile_func, func);
}
static Object* sys_gettrace(Object*, Object*) {
  Object* f = ThreadState::current()->trace_func;
  return newref(f ? f : None);
}
static Object* sys_getprofile(Object*, Object*) {
  Object* f = ThreadState::current()->profile_func;
  return newref(f ? f : None);
}

static Object* sys_unraisablehook(Object*, Object* args) {
  return unraisable_hook_default(args);
}

static Object* sys_getframe(Object*, Object* const* args, ssize nargs) {
  if (nargs > 1)
    return err_format(TypeError, "_getframe expected at most 1 argument, got {}", nargs);
  int depth = 0;
  if (nargs == 1) {
    if (float_check(args[0]))
      return err_set_string(TypeError, "'float' object cannot be interpreted as an integer");
    Object* idx = number_index(args[0]);
    if (!idx)
      return nullptr;
    bool overflow = false;
    int64_t v = int_as_i64(idx, &overflow);
    decref(idx);
    if (overflow || v > INT_MAX || v < INT_MIN)
      return err_set_string(OverflowError, "Python int too large to convert to C int");
    depth = static_cast<int>(v);
  }
  Interpreter* in = interp();
  if (!in || !in->getframe_hook)
    return err_set_string(SystemError, "sys._getframe(): the interpreter registered no frame hook");
  return in->getframe_hook(depth);
}

// breakpointhook(*args, **kws): $PYTHONBREAKPOINT=0 disables it; otherwise
// the named callable (default pdb.set_trace) is imported through
// builtins.__import__ and called.
static Object* sys_breakpointhook(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  const char* env = interp()->config.ignore_environment ? nullptr : getenv("PYTHONBREAKPOINT");
  std::string target = (env && *env) ? env : "pdb.set_trace";
  if (target == "0")
    return none_new();
  size_t dot = target.rfind('.');
  std::string modname = dot == std::string::npos ? "builtins" : target.substr(0, dot);
  std::string attr = dot == std::string::npos ? target : target.substr(dot + 1);
  Object* import = interp()->builtins ? dict_getitem_str(interp()->builtins, "__import__") : nullptr;
  if (!import)
    return err_format(RuntimeError, "sys.breakpointhook(): cannot import '{}': no import system", modname);
  Object* name = s(modname.c_str());
  if (!name)
    return nullptr;
  Object* mod = object_call_one(import, name);
  decref(name);
  if (!mod)
    return nullptr;
  // __import__("a.b") returns the top package: walk down to the module.
  size_t start = modname.find('.');
  while (start != std::string::npos) {
    size_t next = modname.find('.', start + 1);
    std::string part =
        modname.substr(start + 1, next == std::string::npos ? std::string::npos : next - start - 1);
    Object* sub = object_getattr_str(mod, part.c_str());
    decref(mod);
    if (!sub)
      return nullptr;
    mod = sub;
    start = next;
  }
  Object* hook = object_getattr_str(mod, attr.c_str());
  decref(mod);
  if (!hook)
    return nullptr;
  Object* r = object_vectorcall(hook, args, static_cast<size_t>(nargs), kwnames);
  decref(hook);
  return r;
}

static MethodDef sys_functions[] = {
    {"settrace", sys_settrace, METH_O, "Set the global debug tracing function."},
    {"gettrace", sys_gettrace, METH_NOARGS,
     "Return the global debug tracing function set with sys.settrace."},
    {"setprofile", sys_setprofile, METH_O, "Set the profiling function."},
    {"getprofile", sys_getprofile, METH_NOARGS, "Return the profiling function set with sys.setprofile."},
    {"exit", reinterpret_cast<MethodFn>(sys_exit), METH_FASTCALL,
     "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, METH_NOARGS,
     "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, METH_O,
     "Set the maximum depth of the Python interpreter stack to n."},
    {"getrefcount", sys_getrefcount, METH_O, "Return the reference count of object."},
    {"getsizeof", reinterpret_cast<MethodFn>(sys_getsizeof), METH_FASTCALL | METH_KEYWORDS,
     "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
    {"intern", sys_intern, METH_O, "``Intern'' the given string."},
    {"exc_info", sys_exc_info, METH_NOARGS,
     "Return current exception information: (type, value, traceback)."},
    {"exception", sys_exception, METH_NOARGS, "Return the current exception."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, METH_NOARGS,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", reinterpret_cast<MethodFn>(sys_set_int_max_str_digits),
     METH_FASTCALL | METH_KEYWORDS,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"getdefaultencoding", sys_getdefaultencoding, METH_NOARGS, "Return the current default encoding."},
    {"getfilesystemencoding", sys_getfilesystemencoding, METH_NOARGS,
     "Return the encoding used for file names."},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, METH_NOARGS,
     "Return the error mode used for file names."},
    {"getswitchinterval", sys_getswitchinterval, METH_NOARGS, "Return the current thread switch interval."},
    {"setswitchinterval", sys_setswitchinterval, METH_O, "Set the ideal thread switching delay."},
    {"is_finalizing", sys_is_finalizing, METH_NOARGS, "Return True if Python is exiting."},
    {"displayhook", sys_displayhook, METH_O, "Print an object to sys.stdout and also save it in builtins._"},
    {"excepthook", reinterpret_cast<MethodFn>(sys_excepthook), METH_FASTCALL,
     "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"unraisablehook", sys_unraisablehook, METH_O, "Handle an unraisable exception."},
    {"call_tracing", reinterpret_cast<MethodFn>(sys_call_tracing), METH_FASTCALL,
     "Call func(*args), while tracing is enabled."},
    {"_getframe", reinterpret_cast<MethodFn>(sys_getframe), METH_FASTCALL,
     "Return a frame object from the call stack."},
    {"breakpointhook", reinterpret_cast<MethodFn>(sys_breakpointhook), METH_FASTCALL | METH_KEYWORDS,
     "This hook function is called by built-in breakpoint()."},
    {"set_asyncgen_hooks", reinterpret_cast<MethodFn>(sys_set_asyncgen_hooks), METH_FASTCALL | METH_KEYWORDS,
     "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects."},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, METH_NOARGS,
     "get_asyncgen_hooks()\n\nReturn the installed asynchronous generators hooks.\n\n"
     "This returns a namedtuple of the form (firstiter, finalizer)."},
    {nullptr, nullptr, 0, nullptr},
};

// ---------------------------------------------------------------- module creation

static Object* str_list(const std::vector<std::string>& items) {
  Object* l = list_new(0);
  if (!l)
    return nullptr;
  for (const auto& it : items) {
    Object* v = str_decode_utf8(it, "surrogateescape");
    if (!v || list_append(l, v) < 0) {
      xdecref(v);
      decref(l);
      return nullptr;
    }
    decref(v);
  }
  return l;
}

static std::string executable_path() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0)
    return "";
  buf[n] = '\0';
  return buf;
}

static std::string dirname_of(const std::string& p) {
  size_t slash = p.rfind('/');
  if (slash == std::string::npos)
    return "";
  if (slash == 0)
    return "/";
  return p.substr(0, slash);
}

static Object* make_xoptions(const std::vector<std::string>& xoptions) {
  Object* d = dict_new();
  if (!d)
    return nullptr;
  for (const auto& opt : xoptions) {
    size_t eq = opt.find('=');
    Object* key = str_from_utf8(eq == std::string::npos ? opt : opt.substr(0, eq));
    Object* value = eq == std::string::npos ? bool_from(true) : str_from_utf8(opt.substr(eq + 1));
    int r = (key && value) ? dict_setitem(d, key, value) : -1;
    xdecref(key);
    xdecref(value);
    if (r < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

static Object* sys_module_init() {
  Interpreter* in = interp();
  const Config& c = in->config;
  Object* m = module_new_str("sys");
  if (!m)
    return nullptr;
  Object* d = module_dict(m);
  bool ok = true;
  // Adds name -> value (a new reference, stolen); a null value fails.
  auto put = [&](const char* name, Object* value) {
    if (!ok)
      return xdecref(value);
    if (!value || dict_setitem_str(d, name, value) < 0)
      ok = false;
    xdecref(value);
  };
  auto fail = [&]() -> Object* {
    decref(m);
    return nullptr;
  };

  put("__doc__", s("This module provides access to some objects used or maintained by the\n"
                   "interpreter and to functions that interact strongly with the interpreter."));
  if (module_add_functions(m, sys_functions) < 0)
    return fail();
  for (const char* name : {"displayhook", "excepthook", "breakpointhook", "unraisablehook"}) {
    std::string dunder = std::string("__") + name + "__";
    Object* fn = dict_getitem_str(d, name);
    put(dunder.c_str(), fn ? newref(fn) : nullptr);
  }

  // Streams.
  bool unbuffered = c.unbuffered;
  if (!c.ignore_environment) {
    const char* env = getenv("PYTHONUNBUFFERED");
    if (env && *env)
      unbuffered = true;
  }
  Object *sin, *sout, *serr;
  if (textio_create_std_streams(unbuffered, stdio_errors(c), &sin, &sout, &serr) < 0)
    return fail();
  put("stdin", newref(sin));
  put("stdout", newref(sout));
  put("stderr", newref(serr));
  put("__stdin__", sin);
  put("__stdout__", sout);
  put("__stderr__", serr);

  // Command line and paths.
  put("argv", str_list(c.argv.empty() ? std::vector<std::string>{""} : c.argv));
  put("orig_argv", str_list(c.orig_argv));
  put("path", str_list(c.path));
  std::string exe = executable_path();
  put("executable", s(exe.c_str()));
  put("_base_executable", s(exe.c_str()));
  std::string prefix = !c.lib_dir.empty() ? dirname_of(c.lib_dir) : dirname_of(dirname_of(exe));
  for (const char* name : {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"})
    put(name, s(prefix.c_str()));
  put("platlibdir", s("lib"));
  {
    // sys.pycache_prefix: the last -X pycache_prefix=DIR, else
    // PYTHONPYCACHEPREFIX (unless -E/-I); None when neither is set.
    std::string cache_prefix;
    bool found = false;
    for (const std::string& x : c.xoptions)
      if (x.rfind("pycache_prefix=", 0) == 0) {
        cache_prefix = x.substr(15);
        found = true;
      }
    if (!found && !c.ignore_environment)
      if (const char* v = getenv("PYTHONPYCACHEPREFIX"); v && *v) {
        cache_prefix = v;
        found = true;
      }
    put("pycache_prefix", found && !cache_prefix.empty() ? s(cache_prefix.c_str()) : none_new());
  }
  put("warnoptions", str_list(c.warnoptions));
  put("_xoptions", make_xoptions(c.xoptions));
  put("dont_write_bytecode", bool_from(c.dont_write_bytecode));
  if (in->modules)
    put("modules", newref(in->modules));
  put("meta_path", list_new(0));
  put("path_hooks", list_new(0));
  put("path_importer_cache", dict_new());
  {
    auto names = builtin_module_names();
    Object* t = tuple_new(static_cast<ssize>(names.size()));
    for (size_t k = 0; t && k < names.size(); k++) {
      Object* v = s(names[k]);
      if (!v) {
        for (size_t j = k; j < names.size(); j++)
          tuple_set(t, static_cast<ssize>(j), newref(None));
        clear_ref(t);
        break;
      }
      tuple_set(t, static_cast<ssize>(k), v);
    }
    put("builtin_module_names", t);
  }

  // Versions.
  put("version",
      s(fmt::format("{}.{}.{} (coil 0.1.0) [GCC {}]", PY_MAJOR, PY_MINOR, PY_MICRO, __VERSION__).c_str()));
  put("version_info", make_version_info(PY_MAJOR, PY_MINOR, PY_MICRO, "final", 0));
  put("hexversion", i(PY_HEXVERSION));
  put("api_version", i(1013));
  put("copyright",
      s("Copyright (c) 2024 The Coil authors.\nAll Rights Reserved.\n\n"
        "Coil is a Python 3.11 runtime; Python is Copyright (c) 2001-2023 Python Software Foundation."));
  put("platform", s("linux"));
  put("byteorder", s("little"));
  put("maxsize", i(INT64_MAX));
  put("maxunicode", i(0x10FFFF));
  put("float_repr_style", s("short"));
  put("abiflags", s(""));
  {
    Object* kw = dict_new();
    bool kw_ok = kw != nullptr;
    auto kput = [&](const char* name, Object* v) {
      if (kw_ok && v && dict_setitem_str(kw, name, v) == 0) {
        decref(v);
        return;
      }
      xdecref(v);
      kw_ok = false;
    };
    kput("name", s("coil"));
    kput("cache_tag", s(fmt::format("coil-{}", CODE_FORMAT_VERSION).c_str()));
    kput("version", make_version_info(0, 1, 0, "alpha", 0));
    kput("hexversion", i(0x000100A0));
    kput("_multiarch", s("x86_64-linux-gnu"));
    put("implementation", kw_ok ? namespace_new(kw) : nullptr);
    xdecref(kw);
  }
  put("float_info",
      structseq_new(&float_info_desc, {f(DBL_MAX), i(DBL_MAX_EXP), i(DBL_MAX_10_EXP), f(DBL_MIN),
                                       i(DBL_MIN_EXP), i(DBL_MIN_10_EXP), i(DBL_DIG), i(DBL_MANT_DIG),
                                       f(DBL_EPSILON), i(FLT_RADIX), i(FLT_ROUNDS)}));
  put("int_info", structseq_new(&int_info_desc, {i(30), i(4), i(4300), i(640)}));
  {
    Object* modulus = int_from_i64((int64_t(1) << 61) - 1);
    put("hash_info", structseq_new(&hash_info_desc, {i(64), modulus, i(314159), i(0), i(1000003),
                                                     s("siphash13"), i(64), i(128), i(0)}));
  }
  put("flags", make_flags(c));
  {
    char buf[128];
    size_t n = confstr(_CS_GNU_LIBPTHREAD_VERSION, buf, sizeof buf);
    Object* version = (n > 0 && n <= sizeof buf) ? s(buf) : none_new();
    put("thread_info", structseq_new(&thread_info_desc, {s("pthread"), s("mutex+cond"), version}));
  }
  if (c.inspect) {
    put("ps1", s(">>> "));
    put("ps2", s("... "));
  }
  if (!ok)
    return fail();
  return m;
}
COIL_REGISTER_MODULE("sys", sys_module_init);

} // namespace coil
