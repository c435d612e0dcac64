// The `posix` module: the operating-system calls behind lib/os.py.
//
// Invariants
// - Paths arrive as str (encoded UTF-8 with surrogateescape, as CPython's
//   filesystem encoding), bytes, or os.PathLike (its __fspath__ must give
//   str or bytes); some functions also take an int file descriptor. Names
//   come back as the type of the argument (str in, str out).
// - Failing calls raise OSError built from errno with the path(s) given as
//   filename/filename2 (OSError.__new__ picks the subclass from errno).
// - `stat_result` and `terminal_size` are Python classes that lib/os.py
//   hands over with _set_result_types(); before that, stat() and
//   get_terminal_size() return plain tuples.
// - Nothing here keeps C-level state across calls except those two types.
#include <dirent.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/modules/posix_process.h"
#include "runtime/modules/signal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/memoryview.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

extern char** environ;

namespace coil {
namespace {

Object* stat_result_type = nullptr;   // os.stat_result (strong), or nullptr
Object* terminal_size_type = nullptr; // os.terminal_size (strong), or nullptr

// ---------------------------------------------------------------- fspath

// os.fspath(o): str or bytes (new reference).
Object* fspath(Object* o) {
  if (str_check(o) || bytes_check(o))
    return newref(o);
  Object* meth = type_lookup(o->type, str_static("__fspath__"));
  if (!meth || meth == None)
    return err_format(TypeError, "expected str, bytes or os.PathLike object, not {}", type_name_of(o));
  bool found = false;
  Object* r = object_call_special(o, str_static("__fspath__"), nullptr, 0, &found);
  if (!r)
    return nullptr;
  if (!str_check(r) && !bytes_check(r)) {
    err_format(TypeError, "expected {}.__fspath__() to return str or bytes, not {}", type_name_of(o),
               type_name_of(r));
    decref(r);
    return nullptr;
  }
  return r;
}

// A path argument after conversion.
struct Path {
  std::string bytes;        // the encoded path
  Object* object = nullptr; // what fspath gave (str/bytes), or the int; owned
  int fd = -1;              // when an int was given
  bool is_bytes = false;    // results as bytes
  bool is_none = false;     // None given (listdir/scandir: ".")
  ~Path() { xdecref(object); }
};

enum PathAllow { ALLOW_FD = 1, ALLOW_NONE = 2 };

// Converts a path argument; 0/-1 with CPython's messages.
int path_convert(Object* o, const char* fname, const char* argname, int allow, Path& p) {
  if (o == None && (allow & ALLOW_NONE)) {
    p.is_none = true;
    p.bytes = ".";
    return 0;
  }
  if ((allow & ALLOW_FD) && int_check(o) && !bool_check(o)) {
    Object* n = number_index(o);
    if (!n)
      return -1;
    ssize fd = int_as_ssize(n);
    decref(n);
    if (fd == -1 && err_occurred())
      return -1;
    if (fd < INT_MIN || fd > INT_MAX) {
      err_set_string(OverflowError, fd < 0 ? "fd is less than minimum" : "fd is greater than maximum");
      return -1;
    }
    p.fd = static_cast<int>(fd);
    p.object = newref(o);
    return 0;
  }
  Object* v = nullptr;
  if (str_check(o) || bytes_check(o)) {
    v = newref(o);
  } else {
    Object* meth = type_lookup(o->type, str_static("__fspath__"));
    if (meth && meth != None) {
      v = fspath(o);
      if (!v)
        return -1;
    }
  }
  if (!v) {
    const char* kinds = (allow & ALLOW_FD) && (allow & ALLOW_NONE)
                            ? "string, bytes, os.PathLike, integer or None"
                        : (allow & ALLOW_FD)   ? "string, bytes, os.PathLike or integer"
                        : (allow & ALLOW_NONE) ? "string, bytes, os.PathLike or None"
                                               : "string, bytes or os.PathLike";
    err_format(TypeError, "{}: {} should be {}, not {}", fname, argname, kinds, type_name_of(o));
    return -1;
  }
  p.object = v;
  if (bytes_check(v)) {
    p.is_bytes = true;
    p.bytes.assign(bytes_view(v));
  } else {
    Object* enc = codec_encode(v, "utf-8", "surrogateescape");
    if (!enc)
      return -1;
    p.bytes.assign(bytes_view(enc));
    decref(enc);
  }
  if (p.bytes.find('\0') != std::string::npos) {
    err_set_string(ValueError, "embedded null byte");
    return -1;
  }
  return 0;
}

// A name read from the OS, as str (surrogateescape) or bytes.
Object* decode_name(std::string_view name, bool as_bytes) {
  if (as_bytes)
    return bytes_from(name);
  return codec_decode(name.data(), static_cast<ssize>(name.size()), "utf-8", "surrogateescape");
}

// OSError from errno with one or two filenames (borrowed, may be nullptr).
std::nullptr_t raise_errno(Object* filename, Object* filename2 = nullptr) {
  int e = errno;
  Object* code = int_from_i64(e);
  Object* msg = str_from_utf8(strerror(e));
  Object* args = nullptr;
  if (code && msg) {
    if (filename2)
      args = tuple_pack({code, msg, filename, None, filename2});
    else if (filename)
      args = tuple_pack({code, msg, filename});
    else
      args = tuple_pack({code, msg});
  }
  xdecref(code);
  xdecref(msg);
  if (args) {
    err_set_object(OSError, args);
    decref(args);
  }
  return nullptr;
}

// Keyword/positional binding for the small signatures used here.
// names: parameter names; npos: how many may be positional; out filled
// with borrowed values or nullptr.
int bind_args(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
              std::initializer_list<const char*> names, ssize npos, ssize required, Object** out) {
  ssize n = static_cast<ssize>(names.size());
  for (ssize i = 0; i < n; i++)
    out[i] = nullptr;
  if (nargs > npos) {
    if (npos == required)
      err_format(TypeError, "{}() takes {} positional argument{} but {} were given", fname, npos,
                 npos == 1 ? "" : "s", nargs);
    else
      err_format(TypeError, "{}() takes at most {} positional argument{} ({} given)", fname, npos,
                 npos == 1 ? "" : "s", nargs);
    return -1;
  }
  for (ssize i = 0; i < nargs; i++)
    out[i] = args[i];
  for (ssize k = 0; kwnames && k < tuple_size(kwnames); k++) {
    Object* key = tuple_get(kwnames, k);
    ssize idx = -1;
    ssize j = 0;
    for (const char* name : names) {
      if (str_equal_ascii(key, name))
        idx = j;
      j++;
    }
    if (idx < 0) {
      err_format(TypeError, "'{}' is an invalid keyword argument for {}()", str_to_std(key), fname);
      return -1;
    }
    if (out[idx]) {
      err_format(TypeError, "argument for {}() given by name ('{}') and position ({})", fname,
                 str_to_std(key), idx + 1);
      return -1;
    }
    out[idx] = args[nargs + k];
  }
  ssize j = 0;
  for (const char* name : names) {
    if (j < required && !out[j]) {
      err_format(TypeError, "{}() missing required argument '{}' (pos {})", fname, name, j + 1);
      return -1;
    }
    j++;
  }
  return 0;
}

int int_arg(Object* o, int* out) {
  Object* n = number_index(o);
  if (!n)
    return -1;
  bool overflow = false;
  int64_t v = int_as_i64(n, &overflow);
  decref(n);
  if (overflow || v < INT_MIN || v > INT_MAX) {
    err_set_string(OverflowError, "signed integer is greater than maximum");
    return -1;
  }
  *out = static_cast<int>(v);
  return 0;
}

int fd_arg(Object* o, int* out) {
  return int_arg(o, out);
}

// dir_fd must be None here (Coil does not implement *at() variants).
int check_dir_fd(Object* dir_fd, const char* fname) {
  if (dir_fd && dir_fd != None) {
    err_format(NotImplementedError, "{}: dir_fd unavailable on this platform", fname);
    return -1;
  }
  return 0;
}

int follow_arg(Object* o, bool* out) {
  if (!o) {
    *out = true;
    return 0;
  }
  int t = object_is_true(o);
  if (t < 0)
    return -1;
  *out = t == 1;
  return 0;
}

// ---------------------------------------------------------------- stat

Object* time_float(const timespec& ts) {
  return float_from_double(static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9);
}
Object* time_ns(const timespec& ts) {
  Object* s = int_from_i64(ts.tv_sec);
  Object* billion = int_from_i64(1000000000);
  Object* ns = int_from_i64(ts.tv_nsec);
  Object* r = nullptr;
  if (s && billion && ns) {
    Object* prod = binary_op(s, billion, NB_MULTIPLY);
    if (prod) {
      r = binary_op(prod, ns, NB_ADD);
      decref(prod);
    }
  }
  xdecref(s);
  xdecref(billion);
  xdecref(ns);
  return r;
}

// The 16 raw values: mode ino dev nlink uid gid size atime mtime ctime
// (ints), atime mtime ctime (floats), atime_ns mtime_ns ctime_ns, then
// blksize blocks rdev.
Object* stat_to_result(const struct stat& st) {
  Object* vals[19] = {
      int_from_i64(st.st_mode),
      int_from_u64(st.st_ino),
      int_from_u64(st.st_dev),
      int_from_u64(st.st_nlink),
      int_from_i64(st.st_uid),
      int_from_i64(st.st_gid),
      int_from_i64(st.st_size),
      int_from_i64(st.st_atim.tv_sec),
      int_from_i64(st.st_mtim.tv_sec),
      int_from_i64(st.st_ctim.tv_sec),
      time_float(st.st_atim),
      time_float(st.st_mtim),
      time_float(st.st_ctim),
      time_ns(st.st_atim),
      time_ns(st.st_mtim),
      time_ns(st.st_ctim),
      int_from_i64(st.st_blksize),
      int_from_i64(st.st_blocks),
      int_from_u64(st.st_rdev),
  };
  Object* t = tuple_new(19);
  for (int i = 0; i < 19; i++) {
    if (!vals[i] || !t) {
      for (int j = 0; j < 19; j++)
        xdecref(vals[j]);
      xdecref(t);
      return nullptr;
    }
  }
  for (int i = 0; i < 19; i++)
    tuple_set(t, i, vals[i]);
  if (!stat_result_type)
    return t;
  Object* r = object_call_one(stat_result_type, t);
  decref(t);
  return r;
}

Object* do_stat(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool lstat_call) {
  Object* a[3];
  if (bind_args(fname, args, nargs, kwnames, {"path", "dir_fd", "follow_symlinks"}, 1, 1, a) < 0)
    return nullptr;
  Path p;
  if (path_convert(a[0], fname, "path", lstat_call ? 0 : ALLOW_FD, p) < 0 || check_dir_fd(a[1], fname) < 0)
    return nullptr;
  bool follow;
  if (follow_arg(a[2], &follow) < 0)
    return nullptr;
  if (lstat_call && a[2]) {
    return err_format(TypeError, "'follow_symlinks' is an invalid keyword argument for {}()", fname);
  }
  struct stat st;
  int r;
  if (p.fd >= 0 || (p.object && int_check(p.object) && !bool_check(p.object)))
    r = fstat(p.fd, &st);
  else if (lstat_call || !follow)
    r = lstat(p.bytes.c_str(), &st);
  else
    r = stat(p.bytes.c_str(), &st);
  if (r < 0)
    return raise_errno(p.object);
  return stat_to_result(st);
}

Object* posix_stat(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return do_stat("stat", args, nargs, kwnames, false);
}
Object* posix_lstat(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return do_stat("lstat", args, nargs, kwnames, true);
}
Object* posix_fstat(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (bind_args("fstat", args, nargs, kwnames, {"fd"}, 1, 1, a) < 0)
    return nullptr;
  int fd;
  if (fd_arg(a[0], &fd) < 0)
    return nullptr;
  struct stat st;
  if (fstat(fd, &st) < 0)
    return raise_errno(nullptr);
  return stat_to_result(st);
}

// ---------------------------------------------------------------- directories

Object* posix_getcwd(Object*, Object*) {
  char buf[PATH_MAX + 1];
  if (!getcwd(buf, sizeof buf))
    return raise_errno(nullptr);
  return decode_name(buf, false);
}
Object* posix_getcwdb(Object*, Object*) {
  char buf[PATH_MAX + 1];
  if (!getcwd(buf, sizeof buf))
    return raise_errno(nullptr);
  return bytes_from(buf);
}

Object* posix_chdir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (bind_args("chdir", args, nargs, kwnames, {"path"}, 1, 1, a) < 0)
    return nullptr;
  Path p;
  if (path_convert(a[0], "chdir", "path", ALLOW_FD, p) < 0)
    return nullptr;
  int r = p.fd >= 0 || int_check(p.object) ? fchdir(p.fd) : chdir(p.bytes.c_str());
  if (r < 0)
    return raise_errno(p.object);
  return none_new();
}

// Reads the entries of a directory (without . and ..); each entry is
// (name, d_type, inode). 0/-1.
int read_dir(const Path& p, Object* list, bool with_types) {
  DIR* d;
  if (p.fd >= 0 || (p.object && int_check(p.object))) {
    int fd2 = dup(p.fd);
    if (fd2 < 0) {
      raise_errno(p.object);
      return -1;
    }
    d = fdopendir(fd2);
    if (!d) {
      close(fd2);
      raise_errno(p.object);
      return -1;
    }
    rewinddir(d);
  } else {
    d = opendir(p.bytes.c_str());
    if (!d) {
      raise_errno(p.is_none ? nullptr : p.object);
      if (p.is_none) {
        // CPython reports '.' as the filename when the default was used.
        Object* exc = err_fetch();
        Object* dot = str_from_ascii(".");
        decref(exc);
        errno = errno ? errno : ENOENT;
        raise_errno(dot);
        decref(dot);
      }
      return -1;
    }
  }
  bool as_bytes = p.is_bytes;
  int rc = 0;
  for (;;) {
    errno = 0;
    dirent* e = readdir(d);
    if (!e) {
      if (errno) {
        raise_errno(p.object);
        rc = -1;
      }
      break;
    }
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
      continue;
    Object* name = decode_name(e->d_name, as_bytes);
    if (!name) {
      rc = -1;
      break;
    }
    Object* item = name;
    if (with_types) {
      Object* type = int_from_i64(e->d_type);
      Object* ino = int_from_u64(e->d_ino);
      item = type && ino ? tuple_pack({name, type, ino}) : nullptr;
      xdecref(type);
      xdecref(ino);
      decref(name);
      if (!item) {
        rc = -1;
        break;
      }
    }
    int r = list_append(list, item);
    decref(item);
    if (r < 0) {
      rc = -1;
      break;
    }
  }
  closedir(d);
  return rc;
}

// listdir(path) (names) and _scandir_entries(path) ((name, d_type, inode)
// tuples for os.scandir in lib/os.py).
Object* list_dir_call(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool with_types) {
  Object* a[1];
  if (bind_args(fname, args, nargs, kwnames, {"path"}, 1, 0, a) < 0)
    return nullptr;
  Path p;
  if (path_convert(a[0] ? a[0] : None, fname, "path", ALLOW_FD | ALLOW_NONE, p) < 0)
    return nullptr;
  Object* list = list_new(0);
  if (!list)
    return nullptr;
  if (read_dir(p, list, with_types) < 0) {
    decref(list);
    return nullptr;
  }
  return list;
}
Object* posix_listdir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return list_dir_call("listdir", args, nargs, kwnames, false);
}
Object* posix_scandir_entries(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return list_dir_call("scandir", args, nargs, kwnames, true);
}

Object* posix_mkdir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  if (bind_args("mkdir", args, nargs, kwnames, {"path", "mode", "dir_fd"}, 2, 1, a) < 0)
    return nullptr;
  Path p;
  if (path_convert(a[0], "mkdir", "path", 0, p) < 0 || check_dir_fd(a[2], "mkdir") < 0)
    return nullptr;
  int mode = 0777;
  if (a[1] && int_arg(a[1], &mode) < 0)
    return nullptr;
  if (mkdir(p.bytes.c_str(), static_cast<mode_t>(mode)) < 0)
    return raise_errno(p.object);
  return none_new();
}

// One-path calls: rmdir, unlink/remove.
Object* one_path_call(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
                      int (*fn)(const char*)) {
  Object* a[2];
  if (bind_args(fname, args, nargs, kwnames, {"path", "dir_fd"}, 1, 1, a) < 0)
    return nullptr;
  Path p;
  if (path_convert(a[0], fname, "path", 0, p) < 0 || check_dir_fd(a[1], fname) < 0)
    return nullptr;
  if (fn(p.bytes.c_str()) < 0)
    return raise_errno(p.object);
  return none_new();
}
Object* posix_rmdir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return one_path_call("rmdir", args, nargs, kwnames, rmdir);
}
Object* posix_unlink(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return one_path_call("unlink", args, nargs, kwnames, unlink);
}
Object* posix_remove(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return one_path_call("remove", args, nargs, kwnames, unlink);
}

Object* two_path_call(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
                      int (*fn)(const char*, const char*)) {
  Object* a[4];
  if (bind_args(fname, args, nargs, kwnames, {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 2, a) < 0)
    return nullptr;
  Path src, dst;
  if (path_convert(a[0], fname, "src", 0, src) < 0 || path_convert(a[1], fname, "dst", 0, dst) < 0 ||
      check_dir_fd(a[2], fname) < 0 || check_dir_fd(a[3], fname) < 0)
    return nullptr;
  if (src.is_bytes != dst.is_bytes)
    return err_format(TypeError, "{}: src and dst must be the same type", fname);
  if (fn(src.bytes.c_str(), dst.bytes.c_str()) < 0)
    return raise_errno(src.object, dst.object);
  return none_new();
}
Object* posix_rename(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return two_path_call("rename", args, nargs, kwnames, rename);
}
Object* posix_replace(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return two_path_call("replace", args, nargs, kwnames, rename);
}
Object* posix_link(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return two_path_call("link", args, nargs, kwnames, link);
}
Object* posix_symlink(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4];
  if (bind_args("symlink", args, nargs, kwnames, {"src", "dst", "target_is_directory", "dir_fd"}, 3, 2, a) <
      0)
    return nullptr;
  Path src, dst;
  if (path_convert(a[0], "symlink", "src", 0, src) < 0 || path_convert(a[1], "symlink", "dst", 0, dst) < 0 ||
      check_dir_fd(a[3], "symlink") < 0)
    return nullptr;
  if (symlink(src.bytes.c_str(), dst.bytes.c_str()) < 0)
    return raise_errno(src.object, dst.object);
  return none_new();
}

Object* posix_readlink(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (bind_args("readlink", args, nargs, kwnames, {"path", "dir_fd"}, 1, 1, a) < 0)
    return nullptr;
  Path p;
  if (path_convert(a[0], "readlink", "path", 0, p) < 0 || check_dir_fd(a[1], "readlink") < 0)
    return nullptr;
  char buf[PATH_MAX + 1];
  ssize n = readlink(p.bytes.c_str(), buf, PATH_MAX);
  if (n < 0)
    return raise_errno(p.object);
  return decode_name(std::string_view(buf, static_cast<size_t>(n)), p.is_bytes);
}

Object* posix_access(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[5];
  if (bind_args("access", args, nargs, kwnames,
                {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2, a) < 0)
    return nullptr;
  Path p;
  int mode;
  if (path_convert(a[0], "access", "path", 0, p) < 0 || int_arg(a[1], &mode) < 0 ||
      check_dir_fd(a[2], "access") < 0)
    return nullptr;
  return bool_from(access(p.bytes.c_str(), mode) == 0);
}

Object* posix_chmod(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4];
  if (bind_args("chmod", args, nargs, kwnames, {"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2, a) < 0)
    return nullptr;
  Path p;
  int mode;
  if (path_convert(a[0], "chmod", "path", ALLOW_FD, p) < 0 || int_arg(a[1], &mode) < 0 ||
      check_dir_fd(a[2], "chmod") < 0)
    return nullptr;
  int r = int_check(p.object) ? fchmod(p.fd, static_cast<mode_t>(mode))
                              : chmod(p.bytes.c_str(), static_cast<mode_t>(mode));
  if (r < 0)
    return raise_errno(p.object);
  return none_new();
}

Object* posix_truncate(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (bind_args("truncate", args, nargs, kwnames, {"path", "length"}, 2, 2, a) < 0)
    return nullptr;
  Path p;
  if (path_convert(a[0], "truncate", "path", ALLOW_FD, p) < 0)
    return nullptr;
  ssize len;
  if (ssize_arg(a[1], &len) < 0)
    return nullptr;
  int r = int_check(p.object) ? ftruncate(p.fd, len) : truncate(p.bytes.c_str(), len);
  if (r < 0)
    return raise_errno(p.object);
  return none_new();
}

// utime(path, times=None, *, ns=None): times (atime, mtime) floats/ints.
Object* posix_utime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[5];
  if (bind_args("utime", args, nargs, kwnames, {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 2, 1,
                a) < 0)
    return nullptr;
  Path p;
  if (path_convert(a[0], "utime", "path", ALLOW_FD, p) < 0 || check_dir_fd(a[3], "utime") < 0)
    return nullptr;
  timespec ts[2];
  timespec* tsp = nullptr;
  Object* times = a[1] && a[1] != None ? a[1] : nullptr;
  Object* ns = a[2] && a[2] != None ? a[2] : nullptr;
  if (times && ns)
    return err_set_string(ValueError, "utime: you may specify either 'times' or 'ns' but not both");
  if (times) {
    if (!tuple_check(times) || tuple_size(times) != 2)
      return err_set_string(TypeError, "utime: 'times' must be either a tuple of two ints or None");
    for (int i = 0; i < 2; i++) {
      Object* f = number_float(tuple_get(times, i));
      if (!f)
        return nullptr;
      double x = float_value(f);
      decref(f);
      double sec = std::floor(x);
      ts[i].tv_sec = static_cast<time_t>(sec);
      ts[i].tv_nsec = static_cast<long>((x - sec) * 1e9);
    }
    tsp = ts;
  } else if (ns) {
    if (!tuple_check(ns) || tuple_size(ns) != 2)
      return err_set_string(TypeError, "utime: 'ns' must be a tuple of two ints");
    for (int i = 0; i < 2; i++) {
      Object* v = tuple_get(ns, i);
      if (!int_check(v))
        return err_format(TypeError, "an integer is required (got type {})", type_name_of(v));
      bool overflow = false;
      int64_t t = int_as_i64(v, &overflow);
      if (overflow)
        return err_set_string(OverflowError, "timestamp too large");
      int64_t sec = t >= 0 ? t / 1000000000 : -((-t + 999999999) / 1000000000);
      ts[i].tv_sec = static_cast<time_t>(sec);
      ts[i].tv_nsec = static_cast<long>(t - sec * 1000000000);
    }
    tsp = ts;
  }
  int r = int_check(p.object) ? futimens(p.fd, tsp) : utimensat(AT_FDCWD, p.bytes.c_str(), tsp, 0);
  if (r < 0)
    return raise_errno(p.object);
  return none_new();
}

// ---------------------------------------------------------------- file descriptors

Object* posix_open(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4];
  if (bind_args("open", args, nargs, kwnames, {"path", "flags", "mode", "dir_fd"}, 3, 2, a) < 0)
    return nullptr;
  Path p;
  int flags, mode = 0777;
  if (path_convert(a[0], "open", "path", 0, p) < 0 || int_arg(a[1], &flags) < 0 ||
      (a[2] && int_arg(a[2], &mode) < 0) || check_dir_fd(a[3], "open") < 0)
    return nullptr;
  int fd;
  do {
    fd = open(p.bytes.c_str(), flags | O_CLOEXEC, mode);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0)
    return raise_errno(p.object);
  return int_from_i64(fd);
}

Object* posix_close(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (bind_args("close", args, nargs, kwnames, {"fd"}, 1, 1, a) < 0)
    return nullptr;
  int fd;
  if (fd_arg(a[0], &fd) < 0)
    return nullptr;
  if (close(fd) < 0)
    return raise_errno(nullptr);
  return none_new();
}

int two_ints(const char* fname, Object* const* args, ssize nargs, int* x, int* y) {
  if (nargs != 2) {
    err_format(TypeError, "{} expected 2 arguments, got {}", fname, nargs);
    return -1;
  }
  return int_arg(args[0], x) < 0 || int_arg(args[1], y) < 0 ? -1 : 0;
}

Object* posix_read(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "read expected 2 arguments, got {}", nargs);
  int fd;
  if (fd_arg(args[0], &fd) < 0)
    return nullptr;
  ssize len;
  if (ssize_arg(args[1], &len) < 0)
    return nullptr;
  if (len < 0) {
    errno = EINVAL;
    return raise_errno(nullptr);
  }
  std::string buf(static_cast<size_t>(len), '\0');
  ssize got;
  int err = 0;
  do {
    GilRelease unlocked; // other threads run during the read (runtime/gil.h)
    got = read(fd, buf.data(), static_cast<size_t>(len));
    err = errno;
  } while (got < 0 && err == EINTR && err_check_signals() == 0);
  if (got < 0 && err == EINTR)
    return nullptr; // a signal handler raised (PEP 475)
  errno = err;
  if (got < 0)
    return raise_errno(nullptr);
  return bytes_from(std::string_view(buf.data(), static_cast<size_t>(got)));
}

Object* posix_write(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "write expected 2 arguments, got {}", nargs);
  int fd;
  if (fd_arg(args[0], &fd) < 0)
    return nullptr;
  BufferView view;
  if (object_get_buffer(args[1], &view, BUF_SIMPLE) < 0)
    return nullptr;
  ssize n;
  int err = 0;
  do {
    GilRelease unlocked; // the buffer export keeps view.buf alive
    n = write(fd, view.buf, static_cast<size_t>(view.len));
    err = errno;
  } while (n < 0 && err == EINTR && err_check_signals() == 0);
  errno = err;
  buffer_release(&view);
  if (n < 0 && err == EINTR)
    return nullptr; // a signal handler raised (PEP 475)
  if (n < 0)
    return raise_errno(nullptr);
  return int_from_i64(n);
}

Object* posix_lseek(Object*, Object* const* args, ssize nargs) {
  if (nargs != 3)
    return err_format(TypeError, "lseek expected 3 arguments, got {}", nargs);
  int fd, how;
  if (fd_arg(args[0], &fd) < 0)
    return nullptr;
  ssize pos;
  if (ssize_arg(args[1], &pos) < 0 || int_arg(args[2], &how) < 0)
    return nullptr;
  off_t r = lseek(fd, pos, how);
  if (r < 0)
    return raise_errno(nullptr);
  return int_from_i64(r);
}

Object* posix_pipe(Object*, Object*) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) < 0)
    return raise_errno(nullptr);
  Object* a = int_from_i64(fds[0]);
  Object* b = int_from_i64(fds[1]);
  Object* t = a && b ? tuple_pack({a, b}) : nullptr;
  xdecref(a);
  xdecref(b);
  return t;
}

Object* posix_dup(Object*, Object* arg) {
  int fd;
  if (fd_arg(arg, &fd) < 0)
    return nullptr;
  int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0)
    return raise_errno(nullptr);
  return int_from_i64(r);
}

Object* posix_dup2(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  if (bind_args("dup2", args, nargs, kwnames, {"fd", "fd2", "inheritable"}, 3, 2, a) < 0)
    return nullptr;
  int fd, fd2;
  if (fd_arg(a[0], &fd) < 0 || fd_arg(a[1], &fd2) < 0)
    return nullptr;
  int inheritable = a[2] ? object_is_true(a[2]) : 1;
  if (inheritable < 0)
    return nullptr;
  int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
  if (r < 0)
    return raise_errno(nullptr);
  return int_from_i64(r);
}

Object* posix_isatty(Object*, Object* arg) {
  int fd;
  if (fd_arg(arg, &fd) < 0)
    return nullptr;
  return bool_from(isatty(fd) == 1);
}

Object* posix_fsync(Object*, Object* arg) {
  int fd;
  if (int_check(arg)) {
    if (fd_arg(arg, &fd) < 0)
      return nullptr;
  } else {
    Object* r = object_call_method(arg, "fileno", nullptr, 0);
    if (!r)
      return nullptr;
    int ok = fd_arg(r, &fd);
    decref(r);
    if (ok < 0)
      return nullptr;
  }
  if (fsync(fd) < 0)
    return raise_errno(nullptr);
  return none_new();
}

Object* posix_ftruncate(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "ftruncate expected 2 arguments, got {}", nargs);
  int fd;
  if (fd_arg(args[0], &fd) < 0)
    return nullptr;
  ssize len;
  if (ssize_arg(args[1], &len) < 0)
    return nullptr;
  if (ftruncate(fd, len) < 0)
    return raise_errno(nullptr);
  return none_new();
}

Object* posix_get_inheritable(Object*, Object* arg) {
  int fd;
  if (fd_arg(arg, &fd) < 0)
    return nullptr;
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0)
    return raise_errno(nullptr);
  return bool_from(!(flags & FD_CLOEXEC));
}

Object* posix_set_inheritable(Object*, Object* const* args, ssize nargs) {
  int fd, on;
  if (two_ints("set_inheritable", args, nargs, &fd, &on) < 0)
    return nullptr;
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0 || fcntl(fd, F_SETFD, on ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC) < 0)
    return raise_errno(nullptr);
  return none_new();
}

// ---------------------------------------------------------------- process

Object* posix_getpid(Object*, Object*) {
  return int_from_i64(getpid());
}
// kill(pid, signal): a signal sent to this process is handled before
// returning, as CPython's os.kill checks signals at once.
Object* posix_kill(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "kill expected 2 arguments, got {}", nargs);
  int pid, sig;
  if (!index_as_c_int(args[0], &pid) || !index_as_c_int(args[1], &sig))
    return nullptr;
  if (::kill(pid, sig) != 0)
    return err_from_errno(OSError);
  if (err_check_signals() < 0)
    return nullptr;
  return newref(None);
}
Object* posix_getppid(Object*, Object*) {
  return int_from_i64(getppid());
}
Object* posix_getuid(Object*, Object*) {
  return int_from_i64(getuid());
}
Object* posix_geteuid(Object*, Object*) {
  return int_from_i64(geteuid());
}
Object* posix_getgid(Object*, Object*) {
  return int_from_i64(getgid());
}
Object* posix_getegid(Object*, Object*) {
  return int_from_i64(getegid());
}

// _exit(status): ends the process at once (no cleanup, no flushing).
Object* posix__exit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (bind_args("_exit", args, nargs, kwnames, {"status"}, 1, 1, a) < 0)
    return nullptr;
  int status;
  if (int_arg(a[0], &status) < 0)
    return nullptr;
  _exit(status);
}

Object* posix_umask(Object*, Object* arg) {
  int mask;
  if (int_arg(arg, &mask) < 0)
    return nullptr;
  return int_from_i64(umask(static_cast<mode_t>(mask)));
}

Object* posix_strerror(Object*, Object* arg) {
  int code;
  if (int_arg(arg, &code) < 0)
    return nullptr;
  return str_from_utf8(strerror(code));
}

Object* posix_urandom(Object*, Object* arg) {
  ssize len;
  if (ssize_arg(arg, &len) < 0)
    return nullptr;
  if (len < 0)
    return err_set_string(ValueError, "negative argument not allowed");
  Object* b = bytes_new_uninit(len);
  if (!b)
    return nullptr;
  char* p = static_cast<BytesObject*>(b)->data;
  ssize done = 0;
  while (done < len) {
    ssize r = getrandom(p + done, static_cast<size_t>(len - done), 0);
    if (r < 0) {
      if (errno == EINTR)
        continue;
      decref(b);
      return raise_errno(nullptr);
    }
    done += r;
  }
  return b;
}

Object* posix_cpu_count(Object*, Object*) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1)
    return none_new();
  return int_from_i64(n);
}

Object* posix_system(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (bind_args("system", args, nargs, kwnames, {"command"}, 1, 1, a) < 0)
    return nullptr;
  Path p;
  if (path_convert(a[0], "system", "command", 0, p) < 0)
    return nullptr;
  int status = system(p.bytes.c_str());
  return int_from_i64(status);
}

Object* posix_waitstatus_to_exitcode(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (bind_args("waitstatus_to_exitcode", args, nargs, kwnames, {"status"}, 1, 1, a) < 0)
    return nullptr;
  int status;
  if (int_arg(a[0], &status) < 0)
    return nullptr;
  if (WIFEXITED(status))
    return int_from_i64(WEXITSTATUS(status));
  if (WIFSIGNALED(status))
    return int_from_i64(-WTERMSIG(status));
  return err_format(ValueError, "invalid wait status: {}", status);
}

Object* posix_get_terminal_size(Object*, Object* const* args, ssize nargs) {
  if (nargs > 1)
    return err_format(TypeError, "get_terminal_size expected at most 1 argument, got {}", nargs);
  int fd = 1;
  if (nargs == 1 && int_arg(args[0], &fd) < 0)
    return nullptr;
  winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) < 0)
    return raise_errno(nullptr);
  Object* c = int_from_i64(w.ws_col);
  Object* l = int_from_i64(w.ws_row);
  Object* t = c && l ? tuple_pack({c, l}) : nullptr;
  xdecref(c);
  xdecref(l);
  if (!t || !terminal_size_type)
    return t;
  Object* r = object_call_one(terminal_size_type, t);
  decref(t);
  return r;
}

// ---------------------------------------------------------------- environment

// The process environment as a dict of bytes -> bytes (posix.environ).
Object* environ_dict() {
  Object* d = dict_new();
  if (!d)
    return nullptr;
  for (char** e = environ; e && *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (!eq)
      continue;
    Object* k = bytes_from(std::string_view(*e, static_cast<size_t>(eq - *e)));
    Object* v = bytes_from(eq + 1);
    int r = k && v ? 0 : -1;
    if (r == 0) {
      // First definition wins, as CPython's posix.environ.
      int has = dict_contains(d, k);
      r = has < 0 ? -1 : has ? 0 : dict_setitem(d, k, v);
    }
    xdecref(k);
    xdecref(v);
    if (r < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

// An environment name/value argument encoded as bytes (str via
// surrogateescape, bytes, or PathLike); 0/-1.
int env_arg(Object* o, std::string& out) {
  Object* v = fspath(o);
  if (!v)
    return -1;
  if (bytes_check(v)) {
    out.assign(bytes_view(v));
  } else {
    Object* enc = codec_encode(v, "utf-8", "surrogateescape");
    if (!enc) {
      decref(v);
      return -1;
    }
    out.assign(bytes_view(enc));
    decref(enc);
  }
  decref(v);
  if (out.find('\0') != std::string::npos) {
    err_set_string(ValueError, "embedded null byte");
    return -1;
  }
  return 0;
}

Object* posix_putenv(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "putenv expected 2 arguments, got {}", nargs);
  std::string name, value;
  if (env_arg(args[0], name) < 0 || env_arg(args[1], value) < 0)
    return nullptr;
  if (name.find('=') != std::string::npos)
    return err_set_string(ValueError, "illegal environment variable name");
  if (setenv(name.c_str(), value.c_str(), 1) < 0)
    return raise_errno(nullptr);
  return none_new();
}

Object* posix_unsetenv(Object*, Object* arg) {
  std::string name;
  if (env_arg(arg, name) < 0)
    return nullptr;
  if (unsetenv(name.c_str()) < 0)
    return raise_errno(nullptr);
  return none_new();
}

Object* posix_fspath(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (bind_args("fspath", args, nargs, kwnames, {"path"}, 1, 1, a) < 0)
    return nullptr;
  return fspath(a[0]);
}

Object* posix_set_result_types(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_set_string(TypeError, "_set_result_types expects 2 arguments");
  setref(stat_result_type, newref(args[0]));
  setref(terminal_size_type, newref(args[1]));
  return none_new();
}

#define FN(f) reinterpret_cast<MethodFn>(reinterpret_cast<void*>(f))
#define KW METH_FASTCALL | METH_KEYWORDS
MethodDef posix_functions[] = {
    {"_exit", FN(posix__exit), KW,
     "Exit to the system with specified status, without normal exit processing."},
    {"_scandir_entries", FN(posix_scandir_entries), KW, "Directory entries as (name, d_type, inode) tuples."},
    {"_set_result_types", FN(posix_set_result_types), METH_FASTCALL,
     "Install os.stat_result and os.terminal_size."},
    {"access", FN(posix_access), KW, "Use the real uid/gid to test for access to a path."},
    {"chdir", FN(posix_chdir), KW, "Change the current working directory to the specified path."},
    {"chmod", FN(posix_chmod), KW, "Change the access permissions of a file."},
    {"close", FN(posix_close), KW, "Close a file descriptor."},
    {"cpu_count", posix_cpu_count, METH_NOARGS,
     "Return the number of CPUs in the system; return None if indeterminable."},
    {"dup", posix_dup, METH_O, "Return a duplicate of a file descriptor."},
    {"dup2", FN(posix_dup2), KW, "Duplicate file descriptor."},
    {"fspath", FN(posix_fspath), KW, "Return the file system path representation of the object."},
    {"fstat", FN(posix_fstat), KW, "Perform a stat system call on the given file descriptor."},
    {"fsync", posix_fsync, METH_O, "Force write of fd to disk."},
    {"ftruncate", FN(posix_ftruncate), METH_FASTCALL,
     "Truncate a file, specified by file descriptor, to a specific length."},
    {"get_inheritable", posix_get_inheritable, METH_O,
     "Get the close-on-exe flag of the specified file descriptor."},
    {"get_terminal_size", FN(posix_get_terminal_size), METH_FASTCALL,
     "Return the size of the terminal window as (columns, lines)."},
    {"getcwd", posix_getcwd, METH_NOARGS,
     "Return a unicode string representing the current working directory."},
    {"getcwdb", posix_getcwdb, METH_NOARGS,
     "Return a bytes string representing the current working directory."},
    {"getegid", posix_getegid, METH_NOARGS, "Return the current process's effective group id."},
    {"geteuid", posix_geteuid, METH_NOARGS, "Return the current process's effective user id."},
    {"getgid", posix_getgid, METH_NOARGS, "Return the current process's group id."},
    {"getpid", posix_getpid, METH_NOARGS, "Return the current process id."},
    {"kill", reinterpret_cast<MethodFn>(posix_kill), METH_FASTCALL, "Kill a process with a signal."},
    {"getppid", posix_getppid, METH_NOARGS, "Return the parent's process id."},
    {"getuid", posix_getuid, METH_NOARGS, "Return the current process's user id."},
    {"isatty", posix_isatty, METH_O, "Return True if the fd is connected to a terminal."},
    {"link", FN(posix_link), KW, "Create a hard link to a file."},
    {"listdir", FN(posix_listdir), KW, "Return a list containing the names of the files in the directory."},
    {"lseek", FN(posix_lseek), METH_FASTCALL,
     "Set the position of a file descriptor.  Return the new position."},
    {"lstat", FN(posix_lstat), KW,
     "Perform a stat system call on the given path, without following symbolic links."},
    {"mkdir", FN(posix_mkdir), KW, "Create a directory."},
    {"open", FN(posix_open), KW, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"pipe", posix_pipe, METH_NOARGS, "Create a pipe."},
    {"putenv", FN(posix_putenv), METH_FASTCALL, "Change or add an environment variable."},
    {"read", FN(posix_read), METH_FASTCALL, "Read from a file descriptor.  Returns a bytes object."},
    {"readlink", FN(posix_readlink), KW,
     "Return a string representing the path to which the symbolic link points."},
    {"remove", FN(posix_remove), KW, "Remove a file (same as unlink())."},
    {"rename", FN(posix_rename), KW, "Rename a file or directory."},
    {"replace", FN(posix_replace), KW, "Rename a file or directory, overwriting the destination."},
    {"rmdir", FN(posix_rmdir), KW, "Remove a directory."},
    {"set_inheritable", FN(posix_set_inheritable), METH_FASTCALL,
     "Set the inheritable flag of the specified file descriptor."},
    {"stat", FN(posix_stat), KW, "Perform a stat system call on the given path."},
    {"strerror", posix_strerror, METH_O, "Translate an error code to a message string."},
    {"symlink", FN(posix_symlink), KW, "Create a symbolic link pointing to src named dst."},
    {"system", FN(posix_system), KW, "Execute the command in a subshell."},
    {"truncate", FN(posix_truncate), KW, "Truncate a file, specified by path, to a specific length."},
    {"umask", posix_umask, METH_O, "Set the current numeric umask and return the previous umask."},
    {"unlink", FN(posix_unlink), KW, "Remove a file (same as remove())."},
    {"unsetenv", posix_unsetenv, METH_O, "Delete an environment variable."},
    {"urandom", posix_urandom, METH_O,
     "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"utime", FN(posix_utime), KW, "Set the access and modified time of path."},
    {"write", FN(posix_write), METH_FASTCALL, "Write a bytes object to a file descriptor."},
    {"waitstatus_to_exitcode", FN(posix_waitstatus_to_exitcode), KW,
     "Convert a wait status to an exit code."},
    {nullptr, nullptr, 0, nullptr},
};
#undef KW
#undef FN

struct IntConst {
  const char* name;
  long value;
};
const IntConst posix_constants[] = {
    {"F_OK", F_OK},
    {"R_OK", R_OK},
    {"W_OK", W_OK},
    {"X_OK", X_OK},
    {"O_RDONLY", O_RDONLY},
    {"O_WRONLY", O_WRONLY},
    {"O_RDWR", O_RDWR},
    {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC},
    {"O_NONBLOCK", O_NONBLOCK},
    {"O_NOCTTY", O_NOCTTY},
    {"O_SYNC", O_SYNC},
    {"O_DSYNC", O_DSYNC},
    {"O_CLOEXEC", O_CLOEXEC},
    {"O_DIRECTORY", O_DIRECTORY},
    {"O_NOFOLLOW", O_NOFOLLOW},
    {"O_ACCMODE", O_ACCMODE},
    {"SEEK_SET", SEEK_SET},
    {"SEEK_CUR", SEEK_CUR},
    {"SEEK_END", SEEK_END},
    {"SEEK_DATA", SEEK_DATA},
    {"SEEK_HOLE", SEEK_HOLE},
    {"EX_OK", 0},
    {"F_LOCK", F_LOCK},
    {"F_TLOCK", F_TLOCK},
    {"F_ULOCK", F_ULOCK},
    {"F_TEST", F_TEST},
};

Object* posix_module_init() {
  Object* m = module_new_str("posix");
  if (!m)
    return nullptr;
  bool ok = module_add_functions(m, posix_functions) == 0 && posix_add_process_functions(m) == 0;
  for (const IntConst& c : posix_constants) {
    Object* v = ok ? int_from_i64(c.value) : nullptr;
    ok = v && module_add_object(m, c.name, v) == 0;
    xdecref(v);
  }
  Object* env = ok ? environ_dict() : nullptr;
  ok = env && module_add_object(m, "environ", env) == 0;
  xdecref(env);
  Object* doc = ok ? str_from_ascii("This module provides access to operating system functionality that is\n"
                                    "standardized by the C Standard and the POSIX standard (a thinly\n"
                                    "disguised Unix interface).  Refer to the library manual and\n"
                                    "corresponding Unix manual entries for more information on calls.")
                   : nullptr;
  ok = doc && module_add_object(m, "__doc__", doc) == 0;
  xdecref(doc);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("posix", posix_module_init);

} // namespace coil
