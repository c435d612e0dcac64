// The builtins module: type names, constants, exception names and the
// general-purpose functions (print, len, repr, getattr, isinstance, input,
// open, ...). Numeric functions live in builtins_numeric.cpp, iteration
// functions and iterator types in builtins_iter.cpp, compile/exec/eval and
// the frame-introspection functions in builtins_exec.cpp.
//
// Invariants
// - Functions follow CPython 3.11's signatures and error messages.
// - Anything that needs the running frame (globals(), locals(), exec
//   without globals, dir()/vars() without arguments) goes through the
//   Interpreter hooks in runtime/thread_state.h.
#include <fcntl.h>
#include <unistd.h>

#include <sys/stat.h>

#include <cstring>

#include "runtime/errors.h"
#include "runtime/modules/builtins_internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/float.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/memoryview.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/textio.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/recursion.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {
namespace builtins_impl {

bool parse_kwonly(const char* fname, Object* const* kwvalues, Object* kwnames,
                  std::initializer_list<const char*> names, std::initializer_list<Object**> out) {
  if (!kwnames)
    return true;
  for (ssize k = 0; k < tuple_size(kwnames); k++) {
    Object* key = tuple_get(kwnames, k);
    bool matched = false;
    auto slot = out.begin();
    for (const char* n : names) {
      if (str_check(key) && str_equal_ascii(key, n)) {
        if (**slot) {
          err_format(TypeError, "{}() got multiple values for argument '{}'", fname, n);
          return false;
        }
        **slot = kwvalues[k];
        matched = true;
        break;
      }
      ++slot;
    }
    if (!matched) {
      if (!str_check(key))
        err_set_string(TypeError, "keywords must be strings");
      else
        err_format(TypeError, "'{}' is an invalid keyword argument for {}()", str_to_std(key), fname);
      return false;
    }
  }
  return true;
}

Object* sys_attr(const char* name) {
  Interpreter* interp = Interpreter::main();
  if (!interp || !interp->sysdict)
    return nullptr;
  return dict_getitem_str(interp->sysdict, name);
}

} // namespace builtins_impl

using namespace builtins_impl;

// ---------------------------------------------------------------- print

static int write_str_to(Object* file, Object* s) {
  // Native streams cannot have write() replaced (no instance dict, final
  // type), so calling the C function directly is the same as file.write(s).
  if (textio_check(file)) {
    RecursionScope guard(WHILE_CALLING); // the write() call CPython makes
    return guard.ok() ? textio_write_str(file, s) : -1;
  }
  Object* r = object_call_method(file, "write", &s, 1);
  if (!r)
    return -1;
  decref(r);
  return 0;
}

static Object* builtin_print(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object *sep = nullptr, *end = nullptr, *file = nullptr, *flush = nullptr;
  if (!parse_kwonly("print", args + nargs, kwnames, {"sep", "end", "file", "flush"},
                    {&sep, &end, &file, &flush}))
    return nullptr;
  if (!file || file == None) {
    file = sys_attr("stdout");
    if (!file)
      return err_set_string(RuntimeError, "lost sys.stdout");
    if (file == None)
      return none_new();
  }
  if (sep == None)
    sep = nullptr;
  else if (sep && !str_check(sep))
    return err_format(TypeError, "sep must be None or a string, not {}", type_name_of(sep));
  if (end == None)
    end = nullptr;
  else if (end && !str_check(end))
    return err_format(TypeError, "end must be None or a string, not {}", type_name_of(end));
  incref(file);
  Object* result = nullptr;
  for (ssize i = 0; i < nargs; i++) {
    if (i > 0) {
      Object* s = sep ? newref(sep) : str_from_ascii(" ");
      int r = s ? write_str_to(file, s) : -1;
      xdecref(s);
      if (r < 0)
        goto done;
    }
    {
      Object* s = object_str(args[i]);
      int r = s ? write_str_to(file, s) : -1;
      xdecref(s);
      if (r < 0)
        goto done;
    }
  }
  {
    Object* s = end ? newref(end) : str_from_ascii("\n");
    int r = s ? write_str_to(file, s) : -1;
    xdecref(s);
    if (r < 0)
      goto done;
  }
  if (flush) {
    int t = object_is_true(flush);
    if (t < 0)
      goto done;
    if (t) {
      Object* r = object_call_method(file, "flush", nullptr, 0);
      if (!r)
        goto done;
      decref(r);
    }
  }
  result = none_new();
done:
  decref(file);
  return result;
}

// ---------------------------------------------------------------- simple functions

static Object* builtin_len(Object*, Object* o) {
  ssize n = object_length(o);
  if (n < 0)
    return nullptr;
  return int_from_i64(n);
}

static Object* builtin_repr(Object*, Object* o) {
  return object_repr(o);
}
static Object* builtin_ascii(Object*, Object* o) {
  return object_ascii(o);
}

static Object* builtin_id(Object*, Object* o) {
  return int_from_u64(reinterpret_cast<uintptr_t>(o));
}

static Object* builtin_hash(Object*, Object* o) {
  hash_t h = object_hash(o);
  if (h == -1)
    return nullptr;
  return int_from_i64(h);
}

static Object* builtin_callable(Object*, Object* o) {
  return bool_from(object_callable(o));
}

static Object* builtin_getattr(Object*, Object* const* args, ssize nargs) {
  if (nargs < 2 || nargs > 3) {
    if (nargs < 2)
      return err_format(TypeError, "getattr expected at least 2 arguments, got {}", nargs);
    return err_format(TypeError, "getattr expected at most 3 arguments, got {}", nargs);
  }
  Object* name = args[1];
  if (!str_check(name))
    return err_format(TypeError, "attribute name must be string, not '{}'", type_name_of(name));
  if (nargs == 3) {
    int error = 0;
    Object* r = object_lookup_attr(args[0], name, &error);
    if (r || error)
      return r;
    return newref(args[2]);
  }
  return object_getattr(args[0], name);
}

static Object* builtin_setattr(Object*, Object* const* args, ssize nargs) {
  if (nargs != 3)
    return err_format(TypeError, "setattr expected 3 arguments, got {}", nargs);
  if (object_setattr(args[0], args[1], args[2]) < 0)
    return nullptr;
  return none_new();
}

static Object* builtin_delattr(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "delattr expected 2 arguments, got {}", nargs);
  if (object_setattr(args[0], args[1], nullptr) < 0)
    return nullptr;
  return none_new();
}

static Object* builtin_hasattr(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "hasattr expected 2 arguments, got {}", nargs);
  if (!str_check(args[1]))
    return err_format(TypeError, "attribute name must be string, not '{}'", type_name_of(args[1]));
  int error = 0;
  Object* r = object_lookup_attr(args[0], args[1], &error);
  if (error)
    return nullptr;
  xdecref(r);
  return bool_from(r != nullptr);
}

static Object* builtin_isinstance(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "isinstance expected 2 arguments, got {}", nargs);
  int r = object_isinstance(args[0], args[1]);
  if (r < 0)
    return nullptr;
  return bool_from(r);
}

static Object* builtin_issubclass(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "issubclass expected 2 arguments, got {}", nargs);
  int r = object_issubclass(args[0], args[1]);
  if (r < 0)
    return nullptr;
  return bool_from(r);
}

static Object* builtin_format(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames))
    return err_set_string(TypeError, "format() takes no keyword arguments");
  if (nargs < 1)
    return err_format(TypeError, "format expected at least 1 argument, got {}", nargs);
  if (nargs > 2)
    return err_format(TypeError, "format expected at most 2 arguments, got {}", nargs);
  Object* spec = nargs == 2 ? args[1] : nullptr;
  if (spec && !str_check(spec))
    return err_format(TypeError, "format() argument 2 must be str, not {}", arg_type_name(spec));
  return object_format(args[0], spec);
}

static Object* locals_or_error(const char* who) {
  Interpreter* interp = Interpreter::main();
  Object* l = interp && interp->frame_locals_hook ? interp->frame_locals_hook() : nullptr;
  if (!l && !err_occurred())
    return err_format(SystemError, "{}(): no current frame", who);
  return l;
}

static Object* builtin_vars(Object*, Object* const* args, ssize nargs) {
  if (nargs > 1)
    return err_format(TypeError, "vars expected at most 1 argument, got {}", nargs);
  if (nargs == 0)
    return locals_or_error("vars");
  int error = 0;
  Object* name = str_static("__dict__");
  Object* d = object_lookup_attr(args[0], name, &error);
  if (!d && !error)
    return err_set_string(TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

static Object* builtin_dir(Object*, Object* const* args, ssize nargs) {
  if (nargs > 1)
    return err_format(TypeError, "dir expected at most 1 argument, got {}", nargs);
  if (nargs == 1)
    return object_dir(args[0]);
  Object* locals = locals_or_error("dir");
  if (!locals)
    return nullptr;
  Object* keys = dict_check(locals) ? dict_keys_list(locals) : sequence_list(locals);
  decref(locals);
  if (!keys)
    return nullptr;
  if (list_sort(keys, nullptr, false) < 0) {
    decref(keys);
    return nullptr;
  }
  return keys;
}

// ---------------------------------------------------------------- input

static Object* builtin_input(Object*, Object* const* args, ssize nargs) {
  if (nargs > 1)
    return err_format(TypeError, "input expected at most 1 argument, got {}", nargs);
  Object* fin = sys_attr("stdin");
  Object* fout = sys_attr("stdout");
  Object* ferr = sys_attr("stderr");
  if (!fin || fin == None)
    return err_set_string(RuntimeError, "input(): lost sys.stdin");
  if (!fout || fout == None)
    return err_set_string(RuntimeError, "input(): lost sys.stdout");
  if (ferr && ferr != None) {
    Object* r = object_call_method(ferr, "flush", nullptr, 0);
    if (!r)
      err_clear();
    xdecref(r);
  }
  incref(fin);
  incref(fout);
  Object* result = nullptr;
  if (nargs == 1 && args[0] != None) {
    Object* prompt = object_str(args[0]);
    if (!prompt || write_str_to(fout, prompt) < 0) {
      xdecref(prompt);
      goto done;
    }
    decref(prompt);
  }
  {
    Object* r = object_call_method(fout, "flush", nullptr, 0);
    if (!r)
      err_clear();
    xdecref(r);
  }
  {
    Object* line =
        textio_check(fin) ? textio_readline(fin, -1) : object_call_method(fin, "readline", nullptr, 0);
    if (!line)
      goto done;
    if (!str_check(line)) {
      err_format(TypeError, "object.readline() returned non-string");
      decref(line);
      goto done;
    }
    ssize n = str_length(line);
    if (n == 0) {
      decref(line);
      err_set_string(EOFError, "EOF when reading a line");
      goto done;
    }
    if (str_char_at(line, n - 1) == '\n') {
      result = str_substring(line, 0, n - 1);
      decref(line);
    } else {
      result = line;
    }
  }
done:
  decref(fin);
  decref(fout);
  return result;
}

// ---------------------------------------------------------------- open (text mode)

// The encoding open() uses when none is given: "utf-8" in UTF-8 mode, else
// the locale's ("UTF-8": Coil only runs UTF-8 locales' text as UTF-8).
static Object* default_text_encoding() {
  Object* flags = sys_attr("flags");
  int error = 0;
  Object* mode = flags ? object_lookup_attr(flags, str_static("utf8_mode"), &error) : nullptr;
  err_clear();
  bool utf8_mode = mode && int_check(mode) && !int_is_zero(mode);
  xdecref(mode);
  return str_from_ascii(utf8_mode ? "utf-8" : "UTF-8");
}

// An attribute of lib/io.py (imported through builtins.__import__), for
// the streams open() delegates to it: unbuffered binary files (io.FileIO)
// and text streams the native TextIOWrapper does not cover (io.TextIOWrapper).
static Object* io_module_attr(const char* name) {
  Interpreter* in = Interpreter::main();
  Object* import = in && in->builtins ? dict_getitem_str(in->builtins, "__import__") : nullptr;
  if (!import)
    return err_set_string(RuntimeError, "open(): no import system");
  Object* modname = str_from_ascii("io");
  Object* mod = modname ? object_call_one(import, modname) : nullptr;
  xdecref(modname);
  if (!mod)
    return nullptr;
  Object* attr = object_getattr_str(mod, name);
  decref(mod);
  return attr;
}

static Object* builtin_open(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"file",   "mode",    "buffering", "encoding",
                                      "errors", "newline", "closefd",   "opener"};
  Object* v[8] = {};
  if (nargs > 8)
    return err_format(TypeError, "open() takes at most 8 arguments ({} given)", nargs);
  for (ssize i = 0; i < nargs; i++)
    v[i] = args[i];
  if (kwnames) {
    for (ssize k = 0; k < tuple_size(kwnames); k++) {
      Object* key = tuple_get(kwnames, k);
      int idx = -1;
      for (int i = 0; i < 8; i++)
        if (str_check(key) && str_equal_ascii(key, names[i]))
          idx = i;
      if (idx < 0)
        return err_format(TypeError, "'{}' is an invalid keyword argument for open()", str_to_std(key));
      if (v[idx])
        return err_format(TypeError, "argument for open() given by name ('{}') and position ({})", names[idx],
                          idx + 1);
      v[idx] = args[nargs + k];
    }
  }
  if (!v[0])
    return err_set_string(TypeError, "open() missing required argument 'file' (pos 1)");
  Object* file = v[0];
  Object* file_path = nullptr; // owned: what __fspath__ returned
  if (!int_check(file) && !str_check(file) && !bytes_check(file)) {
    Object* meth = type_lookup(file->type, str_static("__fspath__"));
    if (meth && meth != None) {
      bool found = false;
      file_path = object_call_special(file, str_static("__fspath__"), nullptr, 0, &found);
      if (!file_path)
        return nullptr;
      if (!str_check(file_path) && !bytes_check(file_path)) {
        err_format(TypeError, "expected {}.__fspath__() to return str or bytes, not {}", type_name_of(file),
                   type_name_of(file_path));
        decref(file_path);
        return nullptr;
      }
      file = file_path;
    }
  }
  struct PathRef {
    Object* o;
    ~PathRef() { xdecref(o); }
  } path_ref{file_path};
  std::string mode = "r";
  if (v[1]) {
    if (!str_check(v[1]))
      return err_format(TypeError, "open() argument 'mode' must be str, not {}", arg_type_name(v[1]));
    mode = str_to_std(v[1]);
  }
  int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
  for (char c : mode) {
    int* flag = nullptr;
    switch (c) {
    case 'x':
      flag = &creating;
      break;
    case 'r':
      flag = &reading;
      break;
    case 'w':
      flag = &writing;
      break;
    case 'a':
      flag = &appending;
      break;
    case '+':
      flag = &updating;
      break;
    case 't':
      flag = &text;
      break;
    case 'b':
      flag = &binary;
      break;
    default:
      break;
    }
    if (!flag || *flag)
      return err_format(ValueError, "invalid mode: '{}'", mode);
    *flag = 1;
  }
  if (text && binary)
    return err_set_string(ValueError, "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1)
    return err_set_string(ValueError, "must have exactly one of create/read/write/append mode");
  if (creating + reading + writing + appending == 0) // the message of CPython's FileIO
    return err_set_string(ValueError,
                          "Must have exactly one of create/read/write/append mode and at most one plus");
  if (binary) {
    if (v[3] && v[3] != None)
      return err_set_string(ValueError, "binary mode doesn't take an encoding argument");
    if (v[4] && v[4] != None)
      return err_set_string(ValueError, "binary mode doesn't take an errors argument");
    if (v[5] && v[5] != None)
      return err_set_string(ValueError, "binary mode doesn't take a newline argument");
  }
  if (v[2] && v[2] != None) {
    ssize b = number_as_ssize(v[2], OverflowError);
    if (b == -1 && err_occurred())
      return nullptr;
    if (b == 0 && !binary)
      return err_set_string(ValueError, "can't have unbuffered text I/O");
    if (b == 0) {
      // Unbuffered binary: a raw io.FileIO, as CPython returns.
      std::string raw_mode;
      for (char c : mode)
        if (c != 'b')
          raw_mode.push_back(c);
      Object* fileio = io_module_attr("FileIO");
      Object* m = fileio ? str_from_ascii(raw_mode) : nullptr;
      Object* r = nullptr;
      if (m) {
        Object* call_args[] = {file, m, v[6] ? v[6] : True};
        r = object_vectorcall(fileio, call_args, 3, nullptr);
      }
      xdecref(m);
      xdecref(fileio);
      return r;
    }
  }
  if (v[3] && v[3] != None) {
    if (!str_check(v[3]))
      return err_format(TypeError, "open() argument 'encoding' must be str or None, not {}",
                        arg_type_name(v[3]));
  }
  const char* errors = "strict";
  if (v[4] && v[4] != None) {
    if (!str_check(v[4]))
      return err_format(TypeError, "open() argument 'errors' must be str or None, not {}",
                        arg_type_name(v[4]));
    static const char* const known[] = {"strict", "replace", "ignore", "surrogateescape", "backslashreplace"};
    errors = nullptr;
    for (const char* k : known)
      if (str_equal_ascii(v[4], k))
        errors = k;
  }
  bool translate = true;
  if (v[5] && v[5] != None) {
    if (!str_check(v[5]))
      return err_format(TypeError, "open() argument 'newline' must be str or None, not {}",
                        arg_type_name(v[5]));
    if (str_equal_ascii(v[5], "\n"))
      translate = false;
    else if (!str_equal_ascii(v[5], "") && !str_equal_ascii(v[5], "\r") && !str_equal_ascii(v[5], "\r\n"))
      return err_format(ValueError, "illegal newline value: {}", str_to_std(v[5]));
  }
  bool closefd = true;
  if (v[6]) {
    int t = object_is_true(v[6]);
    if (t < 0)
      return nullptr;
    closefd = t;
  }
  if (v[7] && v[7] != None)
    return err_set_string(NotImplementedError, "open(): opener is not supported yet");
  int fd;
  if (int_check(file)) {
    fd = static_cast<int>(int_as_ssize(file));
    if (fd == -1 && err_occurred())
      return nullptr;
    if (fd < 0)
      return err_set_string(ValueError, "negative file descriptor");
  } else {
    if (!closefd)
      return err_set_string(ValueError, "Cannot use closefd=False with file name");
    if (!str_check(file)) {
      if (!bytes_check(file))
        return err_format(TypeError, "expected str, bytes or os.PathLike object, not {}", type_name_of(file));
    }
    std::string path = str_check(file) ? str_to_std(file) : std::string(bytes_view(file));
    int flags = O_CLOEXEC;
    if (reading)
      flags |= updating ? O_RDWR : O_RDONLY;
    else
      flags |= updating ? O_RDWR : O_WRONLY;
    if (writing)
      flags |= O_CREAT | O_TRUNC;
    if (appending)
      flags |= O_CREAT | O_APPEND;
    if (creating)
      flags |= O_CREAT | O_EXCL;
    do {
      fd = ::open(path.c_str(), flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
      return err_from_errno(OSError, file);
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      errno = EISDIR;
      return err_from_errno(OSError, file);
    }
  }
  if (appending)
    ::lseek(fd, 0, SEEK_END); // tell() starts at the end, as CPython's FileIO
  // The mode string CPython's FileIO reports.
  const char* fmode = creating                ? (updating ? "xb+" : "xb")
                      : appending             ? (updating ? "ab+" : "ab")
                      : (reading || updating) ? (writing || updating ? "rb+" : "rb")
                                              : "wb";
  if (binary) {
    Object* stream = bufferedio_open(fd, file, fmode, closefd);
    if (!stream && closefd)
      ::close(fd);
    return stream;
  }
  std::string tmode = mode;
  // The stream's mode attribute drops 't' as CPython's does.
  std::string shown;
  for (char c : tmode)
    if (c != 't')
      shown.push_back(c);
  bool line_buffering = v[2] && v[2] != None && int_check(v[2]) && int_as_ssize(v[2]) == 1;
  bool native_newline = !v[5] || v[5] == None || str_equal_ascii(v[5], "\n");
  bool native_codec = !v[3] || v[3] == None || textio_codec_for(str_to_std(v[3])) >= 0;
  if (!errors || !native_newline || !native_codec) {
    // Other codecs, error handlers and newline modes: lib/io.py's
    // TextIOWrapper over the native binary stream.
    Object* binary_stream = bufferedio_open(fd, file, fmode, closefd);
    if (!binary_stream) {
      if (closefd)
        ::close(fd);
      return nullptr;
    }
    Object* wrapper_type = io_module_attr("TextIOWrapper");
    Object* result = nullptr;
    if (wrapper_type) {
      Object* call_args[] = {binary_stream, v[3] ? v[3] : None, v[4] ? v[4] : None, v[5] ? v[5] : None,
                             line_buffering ? True : False};
      result = object_vectorcall(wrapper_type, call_args, 5, nullptr);
      decref(wrapper_type);
    }
    Object* shown_mode = result ? str_from_ascii(shown) : nullptr;
    if (result && (!shown_mode || object_setattr_str(result, "mode", shown_mode) < 0))
      clear_ref(result);
    xdecref(shown_mode);
    if (!result) {
      Object* exc = err_fetch();
      Object* r = object_call_method(binary_stream, "close", nullptr, 0);
      xdecref(r);
      err_clear();
      err_restore(exc);
    }
    decref(binary_stream);
    return result;
  }
  Object* stream = textio_new(fd, file, shown.c_str(), errors, line_buffering, false, closefd);
  if (!stream) {
    if (closefd)
      ::close(fd);
    return nullptr;
  }
  auto* tio = static_cast<TextIOObject*>(stream);
  tio->translate_newlines = translate;
  tio->encoding = (v[3] && v[3] != None) ? newref(v[3]) : default_text_encoding();
  if (!tio->encoding) {
    decref(stream);
    return nullptr;
  }
  tio->codec = static_cast<uint8_t>(textio_codec_for(str_to_std(tio->encoding)));
  return stream;
}

// ---------------------------------------------------------------- exit / quit / help

struct QuitterObject : Object {
  Object* name; // "exit" or "quit"
};

static Object* quitter_repr(Object* self) {
  return str_from_utf8(fmt::format("Use {}() or Ctrl-D (i.e. EOF) to exit",
                                   str_to_std(static_cast<QuitterObject*>(self)->name)));
}

static Object* quitter_call(Object* self, Object* args, Object* kwargs) {
  ssize n = args ? tuple_size(args) : 0;
  if (kwargs && dict_size(kwargs))
    return err_format(TypeError, "Quitter.__call__() got an unexpected keyword argument");
  if (n > 1)
    return err_format(TypeError,
                      "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given", n + 1);
  // As site.Quitter: close stdin first (ignoring errors), then exit.
  if (Object* in = sys_attr("stdin")) {
    if (in != None) {
      incref(in);
      Object* r = object_call_method(in, "close", nullptr, 0);
      if (!r)
        err_clear();
      xdecref(r);
      decref(in);
    }
  }
  return err_set_object(SystemExit, n == 1 ? tuple_get(args, 0) : nullptr);
}

static void quitter_dealloc(Object* self) {
  xdecref(static_cast<QuitterObject*>(self)->name);
  object_free(self);
}

static TypeObject make_quitter_type() {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "_sitebuiltins.Quitter";
  t.basicsize = sizeof(QuitterObject);
  t.dealloc = quitter_dealloc;
  t.repr = quitter_repr;
  t.call = quitter_call;
  t.flags = TPFLAG_DISALLOW_INSTANTIATION;
  return t;
}
static TypeObject QuitterType = make_quitter_type();
COIL_REGISTER_TYPE(QuitterType);

static Object* quitter_new(const char* name) {
  auto* q = static_cast<QuitterObject*>(object_alloc(&QuitterType, sizeof(QuitterObject)));
  if (!q)
    return nullptr;
  q->name = str_from_ascii(name);
  if (!q->name) {
    decref(q);
    return nullptr;
  }
  return q;
}

// help(): prints the object's name and docstring (a small pydoc).
static Object* helper_repr(Object*) {
  return str_from_ascii("Type help() for interactive help, or help(object) for help about object.");
}

static Object* helper_call(Object* self, Object* args, Object* kwargs) {
  ssize n = args ? tuple_size(args) : 0;
  if (n > 1 || (kwargs && dict_size(kwargs)))
    return err_set_string(TypeError, "help() takes at most 1 argument");
  std::string text;
  if (n == 0) {
    text = "Welcome to Coil's help. Call help(object) to see the documentation of an object.\n";
  } else {
    Object* obj = tuple_get(args, 0);
    int error = 0;
    Object* name = object_lookup_attr(obj, str_static("__name__"), &error);
    if (error)
      return nullptr;
    Object* doc = object_lookup_attr(obj, str_static("__doc__"), &error);
    if (error) {
      xdecref(name);
      return nullptr;
    }
    std::string title;
    if (name && str_check(name))
      title = str_to_std(name);
    else
      title = type_name_of(obj);
    xdecref(name);
    if (type_check(obj))
      text = "Help on class " + title + ":\n\n";
    else if (object_callable(obj))
      text = "Help on function " + title + ":\n\n";
    else
      text = "Help on " + std::string(type_name_of(obj)) + " object:\n\n";
    if (doc && str_check(doc)) {
      std::string d = str_to_std(doc);
      size_t start = 0;
      while (start <= d.size()) {
        size_t nl = d.find('\n', start);
        std::string line = d.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        text += "    " + line + "\n";
        if (nl == std::string::npos)
          break;
        start = nl + 1;
      }
    } else {
      text += "    (no documentation)\n";
    }
    xdecref(doc);
  }
  Object* out = sys_attr("stdout");
  if (out && out != None) {
    Object* s = str_from_utf8(text);
    if (!s)
      return nullptr;
    incref(out);
    int r = write_str_to(out, s);
    decref(out);
    decref(s);
    if (r < 0)
      return nullptr;
  }
  return none_new();
}

static TypeObject make_helper_type() {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "_sitebuiltins._Helper";
  t.basicsize = sizeof(Object);
  t.repr = helper_repr;
  t.call = helper_call;
  t.flags = TPFLAG_DISALLOW_INSTANTIATION;
  return t;
}
static TypeObject HelperType = make_helper_type();
COIL_REGISTER_TYPE(HelperType);
static Object HelperObject = {1, &HelperType};

// ---------------------------------------------------------------- breakpoint

static Object* builtin_breakpoint(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* hook = sys_attr("breakpointhook");
  if (!hook)
    return err_set_string(RuntimeError, "lost sys.breakpointhook");
  incref(hook);
  Object* r = object_vectorcall(hook, args, static_cast<size_t>(nargs), kwnames);
  decref(hook);
  return r;
}

// ---------------------------------------------------------------- the module

static MethodDef builtin_functions[] = {
    {"print", reinterpret_cast<MethodFn>(builtin_print), METH_FASTCALL | METH_KEYWORDS,
     "Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between "
     "values, "
     "default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a "
     "file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush "
     "the "
     "stream."},
    {"len", builtin_len, METH_O, "Return the number of items in a container."},
    {"repr", builtin_repr, METH_O, "Return the canonical string representation of the object."},
    {"ascii", builtin_ascii, METH_O, "Return an ASCII-only representation of an object."},
    {"id", builtin_id, METH_O, "Return the identity of an object."},
    {"hash", builtin_hash, METH_O, "Return the hash value for the given object."},
    {"callable", builtin_callable, METH_O, "Return whether the object is callable."},
    {"getattr", reinterpret_cast<MethodFn>(builtin_getattr), METH_FASTCALL,
     "Get a named attribute from an object."},
    {"setattr", reinterpret_cast<MethodFn>(builtin_setattr), METH_FASTCALL, "Sets the named attribute."},
    {"delattr", reinterpret_cast<MethodFn>(builtin_delattr), METH_FASTCALL, "Deletes the named attribute."},
    {"hasattr", reinterpret_cast<MethodFn>(builtin_hasattr), METH_FASTCALL,
     "Return whether the object has an attribute with the given name."},
    {"isinstance", reinterpret_cast<MethodFn>(builtin_isinstance), METH_FASTCALL,
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", reinterpret_cast<MethodFn>(builtin_issubclass), METH_FASTCALL,
     "Return whether 'cls' is derived from another class or is the same class."},
    {"format", reinterpret_cast<MethodFn>(builtin_format), METH_FASTCALL | METH_KEYWORDS,
     "Return value.__format__(format_spec)"},
    {"vars", reinterpret_cast<MethodFn>(builtin_vars), METH_FASTCALL | METH_VARARGS_CALL,
     "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals()."},
    {"dir", reinterpret_cast<MethodFn>(builtin_dir), METH_FASTCALL | METH_VARARGS_CALL,
     "dir([object]) -> list of strings"},
    {"input", reinterpret_cast<MethodFn>(builtin_input), METH_FASTCALL, "Read a string from standard input."},
    {"open", reinterpret_cast<MethodFn>(builtin_open), METH_FASTCALL | METH_KEYWORDS,
     "Open file and return a stream."},
    {"breakpoint", reinterpret_cast<MethodFn>(builtin_breakpoint), METH_FASTCALL | METH_KEYWORDS,
     "Call sys.breakpointhook(*args, **kws)."},
    {nullptr, nullptr, 0, nullptr},
};

static int add(Object* m, const char* name, Object* value) {
  return dict_setitem_str(module_dict(m), name, value);
}

static Object* builtins_module_init() {
  Object* m = module_new_str("builtins");
  if (!m)
    return nullptr;
  Object* doc =
      str_from_ascii("Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the "
                     "`nil' object; Ellipsis represents `...' in slices.");
  if (!doc || add(m, "__doc__", doc) < 0) {
    xdecref(doc);
    decref(m);
    return nullptr;
  }
  decref(doc);
  for (MethodDef* table : {builtin_functions, numeric_functions, iter_functions, exec_functions}) {
    if (module_add_functions(m, table) < 0) {
      decref(m);
      return nullptr;
    }
  }
  struct Entry {
    const char* name;
    Object* value;
  };
  const Entry entries[] = {
      {"None", None},
      {"Ellipsis", Ellipsis},
      {"NotImplemented", NotImplemented},
      {"True", True},
      {"False", False},
      {"object", &BaseObjectType},
      {"type", &TypeType},
      {"int", &IntType},
      {"bool", &BoolType},
      {"float", &FloatType},
      {"complex", &ComplexType},
      {"str", &StrType},
      {"bytes", &BytesType},
      {"bytearray", &ByteArrayType},
      {"memoryview", &MemoryViewType},
      {"list", &ListType},
      {"tuple", &TupleType},
      {"dict", &DictType},
      {"set", &SetType},
      {"frozenset", &FrozenSetType},
      {"range", &RangeType},
      {"slice", &SliceType},
      {"property", &PropertyType},
      {"classmethod", &ClassMethodType},
      {"staticmethod", &StaticMethodType},
      {"super", &SuperType},
      {"zip", &ZipType},
      {"map", &MapType},
      {"filter", &FilterType},
      {"enumerate", &EnumerateType},
      {"reversed", &ReversedType},
      {"EnvironmentError", OSError},
      {"IOError", OSError},
      {"help", &HelperObject},
  };
  for (const Entry& e : entries) {
    if (add(m, e.name, e.value) < 0) {
      decref(m);
      return nullptr;
    }
  }
  Interpreter* interp = Interpreter::main();
  Object* debug = bool_from(!interp || interp->config.optimize == 0);
  int r = add(m, "__debug__", debug);
  decref(debug);
  if (r < 0) {
    decref(m);
    return nullptr;
  }
#define COIL_ADD_EXC(NAME)                                                                                   \
  if (add(m, #NAME, NAME) < 0) {                                                                             \
    decref(m);                                                                                               \
    return nullptr;                                                                                          \
  }
  COIL_EXCEPTION_LIST(COIL_ADD_EXC)
#undef COIL_ADD_EXC
  if (builtins_impl::builtins_add_printers(m) < 0) {
    decref(m);
    return nullptr;
  }
  for (const char* name : {"exit", "quit"}) {
    Object* q = quitter_new(name);
    if (!q || add(m, name, q) < 0) {
      xdecref(q);
      decref(m);
      return nullptr;
    }
    decref(q);
  }
  return m;
}
COIL_REGISTER_MODULE("builtins", builtins_module_init);

} // namespace coil
