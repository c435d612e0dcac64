// Exceptions with extra fields: ImportError, NameError, AttributeError, the
// OSError family (errno-based subclass selection), SyntaxError and the
// Unicode errors.
//
// Invariants
// - Field pointers are nullptr when never set; members expose them as None.
// - OSError does its argument processing in __new__ unless a subclass
//   overrides __init__ without overriding __new__ (then in __init__), as
//   CPython does, so OSError(2, 'x') can return a FileNotFoundError.
#include <cerrno>
#include <cstddef>
#include <cstring>

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/exceptions_impl.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {
using namespace exc_impl;

static int visit_all(std::initializer_list<Object*> objs, VisitFn visit, void* arg) {
  for (Object* o : objs)
    if (o)
      if (int r = visit(o, arg))
        return r;
  return 0;
}

// ---------------------------------------------------------------- ImportError

static int importerror_init(Object* self, Object* args, Object* kwargs) {
  Object *name = nullptr, *path = nullptr;
  if (parse_keywords_only(kwargs, "ImportError", {"name", "path"}, {&name, &path}) < 0)
    return -1;
  if (base_init(self, args, nullptr) < 0)
    return -1;
  auto* e = static_cast<ImportErrorObject*>(self);
  set_field(e->name, name);
  set_field(e->path, path);
  set_field(e->msg, tuple_size(args) == 1 ? tuple_get(args, 0) : nullptr);
  return 0;
}
static Object* importerror_str(Object* self) {
  auto* e = static_cast<ImportErrorObject*>(self);
  if (e->msg && str_check_exact(e->msg))
    return newref(e->msg);
  return base_str(self);
}
static int importerror_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<ImportErrorObject*>(self);
  if (int r = visit_all({e->msg, e->name, e->path}, visit, arg))
    return r;
  return base_traverse(self, visit, arg);
}
static int importerror_clear(Object* self) {
  auto* e = static_cast<ImportErrorObject*>(self);
  clear_ref(e->msg);
  clear_ref(e->name);
  clear_ref(e->path);
  return base_clear(self);
}
static Object* importerror_reduce(Object* self, Object*) {
  auto* e = static_cast<ImportErrorObject*>(self);
  Object* state = nullptr;
  if (e->name || e->path || (e->dict && dict_size(e->dict))) {
    state = e->dict ? dict_copy(e->dict) : dict_new();
    if (!state)
      return nullptr;
    if ((e->name && dict_setitem_str(state, "name", e->name) < 0) ||
        (e->path && dict_setitem_str(state, "path", e->path) < 0)) {
      decref(state);
      return nullptr;
    }
  }
  Object* r = state ? tuple_pack({self->type, e->args, state}) : tuple_pack({self->type, e->args});
  xdecref(state);
  return r;
}
static MemberDef importerror_members[] = {
    {"msg", MEMBER_OBJECT, offsetof(ImportErrorObject, msg), 0, "exception message"},
    {"name", MEMBER_OBJECT, offsetof(ImportErrorObject, name), 0, "module name"},
    {"path", MEMBER_OBJECT, offsetof(ImportErrorObject, path), 0, "module path"},
    {nullptr, 0, 0, 0, nullptr},
};
static MethodDef importerror_methods[] = {
    {"__reduce__", importerror_reduce, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
// ImportError and ModuleNotFoundError share these slots (name=/path=
// keywords, str, traversal); members and methods are inherited.
static TypeObject make_importerror(const char* name, TypeObject* base, const char* doc) {
  TypeObject t = make_exception_type(name, base, sizeof(ImportErrorObject), doc);
  t.init = importerror_init;
  t.str = importerror_str;
  t.traverse = importerror_traverse;
  t.clear = importerror_clear;
  if (base == Exception) {
    t.members = importerror_members;
    t.methods = importerror_methods;
  }
  return t;
}
static TypeObject ImportError_Type =
    make_importerror("ImportError", Exception, "Import can't find module, or can't find name in module.");
TypeObject* const ImportError = &ImportError_Type;
COIL_REGISTER_TYPE(ImportError_Type);

static TypeObject ModuleNotFoundError_Type =
    make_importerror("ModuleNotFoundError", &ImportError_Type, "Module not found.");
TypeObject* const ModuleNotFoundError = &ModuleNotFoundError_Type;
COIL_REGISTER_TYPE(ModuleNotFoundError_Type);

// ---------------------------------------------------------------- NameError / AttributeError

static int nameerror_init(Object* self, Object* args, Object* kwargs) {
  Object* name = nullptr;
  if (parse_keywords_only(kwargs, "NameError", {"name"}, {&name}) < 0)
    return -1;
  if (base_init(self, args, nullptr) < 0)
    return -1;
  set_field(static_cast<NameErrorObject*>(self)->name, name);
  return 0;
}
static int nameerror_traverse(Object* self, VisitFn visit, void* arg) {
  if (int r = visit_all({static_cast<NameErrorObject*>(self)->name}, visit, arg))
    return r;
  return base_traverse(self, visit, arg);
}
static int nameerror_clear(Object* self) {
  clear_ref(static_cast<NameErrorObject*>(self)->name);
  return base_clear(self);
}
static MemberDef nameerror_members[] = {
    {"name", MEMBER_OBJECT, offsetof(NameErrorObject, name), 0, "name"},
    {nullptr, 0, 0, 0, nullptr},
};
static TypeObject make_nameerror() {
  TypeObject t =
      make_exception_type("NameError", Exception, sizeof(NameErrorObject), "Name not found globally.");
  t.init = nameerror_init;
  t.traverse = nameerror_traverse;
  t.clear = nameerror_clear;
  t.members = nameerror_members;
  return t;
}
static TypeObject NameError_Type = make_nameerror();
TypeObject* const NameError = &NameError_Type;
COIL_REGISTER_TYPE(NameError_Type);

static TypeObject UnboundLocalError_Type =
    make_exception_type("UnboundLocalError", &NameError_Type, sizeof(NameErrorObject),
                        "Local name referenced but not bound to a value.");
TypeObject* const UnboundLocalError = &UnboundLocalError_Type;
COIL_REGISTER_TYPE(UnboundLocalError_Type);

static int attributeerror_init(Object* self, Object* args, Object* kwargs) {
  Object *name = nullptr, *obj = nullptr;
  if (parse_keywords_only(kwargs, "AttributeError", {"name", "obj"}, {&name, &obj}) < 0)
    return -1;
  if (base_init(self, args, nullptr) < 0)
    return -1;
  auto* e = static_cast<AttributeErrorObject*>(self);
  set_field(e->name, name);
  set_field(e->obj, obj);
  return 0;
}
static int attributeerror_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<AttributeErrorObject*>(self);
  if (int r = visit_all({e->name, e->obj}, visit, arg))
    return r;
  return base_traverse(self, visit, arg);
}
static int attributeerror_clear(Object* self) {
  auto* e = static_cast<AttributeErrorObject*>(self);
  clear_ref(e->name);
  clear_ref(e->obj);
  return base_clear(self);
}
static MemberDef attributeerror_members[] = {
    {"name", MEMBER_OBJECT, offsetof(AttributeErrorObject, name), 0, "attribute name"},
    {"obj", MEMBER_OBJECT, offsetof(AttributeErrorObject, obj), 0, "object"},
    {nullptr, 0, 0, 0, nullptr},
};
static TypeObject make_attributeerror() {
  TypeObject t =
      make_exception_type("AttributeError", Exception, sizeof(AttributeErrorObject), "Attribute not found.");
  t.init = attributeerror_init;
  t.traverse = attributeerror_traverse;
  t.clear = attributeerror_clear;
  t.members = attributeerror_members;
  return t;
}
static TypeObject AttributeError_Type = make_attributeerror();
TypeObject* const AttributeError = &AttributeError_Type;
COIL_REGISTER_TYPE(AttributeError_Type);

// ---------------------------------------------------------------- OSError

static Object* oserror_new(TypeObject* type, Object* args, Object* kwargs);
static int oserror_init(Object* self, Object* args, Object* kwargs);

// Whether argument processing happens in __init__ (a subclass that
// overrides __init__ but not __new__) instead of __new__.
static bool oserror_use_init(TypeObject* type) {
  return type->init != oserror_init && type->new_ == oserror_new;
}

static TypeObject* oserror_subtype_for_errno(Object* myerrno);

// Parses (errno, strerror[, filename[, winerror[, filename2]]]) and fills
// the fields; trims `args` to (errno, strerror) when a filename is given.
static int oserror_fill(OSErrorObject* e, Object* args) {
  ssize n = tuple_size(args);
  e->written = -1;
  if (n < 2 || n > 5)
    return 0;
  Object* myerrno = tuple_get(args, 0);
  Object* strerror = tuple_get(args, 1);
  Object* filename = n >= 3 ? tuple_get(args, 2) : nullptr;
  Object* filename2 = n >= 5 ? tuple_get(args, 4) : nullptr;
  set_field(e->myerrno, myerrno);
  set_field(e->strerror, strerror);
  if (filename && filename != None) {
    if (e->type == BlockingIOError && int_check(filename)) {
      e->written = number_as_ssize(filename, ValueError);
      if (e->written == -1 && err_occurred())
        return -1;
    } else {
      set_field(e->filename, filename);
      if (filename2 && filename2 != None)
        set_field(e->filename2, filename2);
      Object* trimmed = tuple_slice(args, 0, 2);
      if (!trimmed)
        return -1;
      setref(e->args, trimmed);
    }
  }
  return 0;
}

static Object* oserror_new(TypeObject* type, Object* args, Object* kwargs) {
  bool use_init = oserror_use_init(type);
  if (!use_init) {
    if (kwargs && dict_check(kwargs) && dict_size(kwargs) != 0)
      return err_format(TypeError, "{}() takes no keyword arguments", type_name(type));
    if (type == OSError && args && tuple_size(args) >= 2 && tuple_size(args) <= 5) {
      if (TypeObject* sub = oserror_subtype_for_errno(tuple_get(args, 0)))
        type = sub;
    }
  }
  Object* self = base_new(type, args, kwargs);
  if (!self)
    return nullptr;
  auto* e = static_cast<OSErrorObject*>(self);
  e->written = -1;
  if (!use_init && args && oserror_fill(e, args) < 0) {
    decref(self);
    return nullptr;
  }
  return self;
}

static int oserror_init(Object* self, Object* args, Object* kwargs) {
  if (!oserror_use_init(self->type))
    return 0; // everything was done by __new__
  if (kwargs && dict_check(kwargs) && dict_size(kwargs) != 0) {
    err_format(TypeError, "{}() takes no keyword arguments", type_name_of(self));
    return -1;
  }
  if (base_init(self, args, nullptr) < 0)
    return -1;
  return oserror_fill(static_cast<OSErrorObject*>(self), args);
}

static Object* oserror_str(Object* self) {
  auto* e = static_cast<OSErrorObject*>(self);
  auto s = [](Object* o) -> Object* { return object_str(o); };
  if (e->filename) {
    Object* en = s(e->myerrno ? e->myerrno : None);
    Object* se = en ? s(e->strerror ? e->strerror : None) : nullptr;
    Object* f1 = se ? object_repr(e->filename) : nullptr;
    Object* f2 = (f1 && e->filename2) ? object_repr(e->filename2) : nullptr;
    Object* r = nullptr;
    if (f1 && (!e->filename2 || f2)) {
      if (f2)
        r = str_from_utf8(fmt::format("[Errno {}] {}: {} -> {}", str_to_std(en), str_to_std(se),
                                      str_to_std(f1), str_to_std(f2)));
      else
        r = str_from_utf8(fmt::format("[Errno {}] {}: {}", str_to_std(en), str_to_std(se), str_to_std(f1)));
    }
    xdecref(en);
    xdecref(se);
    xdecref(f1);
    xdecref(f2);
    return r;
  }
  if (e->myerrno && e->strerror) {
    Object* en = s(e->myerrno);
    if (!en)
      return nullptr;
    Object* se = s(e->strerror);
    if (!se) {
      decref(en);
      return nullptr;
    }
    Object* r = str_from_utf8(fmt::format("[Errno {}] {}", str_to_std(en), str_to_std(se)));
    decref(en);
    decref(se);
    return r;
  }
  return base_str(self);
}

static Object* oserror_reduce(Object* self, Object*) {
  auto* e = static_cast<OSErrorObject*>(self);
  Object* args = newref(e->args);
  if (tuple_size(args) == 2 && e->filename) {
    Object* extended =
        e->filename2 ? tuple_pack({tuple_get(args, 0), tuple_get(args, 1), e->filename, None, e->filename2})
                     : tuple_pack({tuple_get(args, 0), tuple_get(args, 1), e->filename});
    decref(args);
    if (!extended)
      return nullptr;
    args = extended;
  }
  Object* r = (e->dict && dict_size(e->dict)) ? tuple_pack({self->type, args, e->dict})
                                              : tuple_pack({self->type, args});
  decref(args);
  return r;
}

static Object* oserror_get_written(Object* self, void*) {
  auto* e = static_cast<OSErrorObject*>(self);
  if (e->written == -1)
    return err_set_string(AttributeError, "characters_written");
  return int_from_i64(e->written);
}
static int oserror_set_written(Object* self, Object* value, void*) {
  auto* e = static_cast<OSErrorObject*>(self);
  if (!value) {
    if (e->written == -1) {
      err_set_string(AttributeError, "characters_written");
      return -1;
    }
    e->written = -1;
    return 0;
  }
  ssize n = number_as_ssize(value, ValueError);
  if (n == -1 && err_occurred())
    return -1;
  e->written = n;
  return 0;
}

static int oserror_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<OSErrorObject*>(self);
  if (int r = visit_all({e->myerrno, e->strerror, e->filename, e->filename2, e->winerror}, visit, arg))
    return r;
  return base_traverse(self, visit, arg);
}
static int oserror_clear(Object* self) {
  auto* e = static_cast<OSErrorObject*>(self);
  clear_ref(e->myerrno);
  clear_ref(e->strerror);
  clear_ref(e->filename);
  clear_ref(e->filename2);
  clear_ref(e->winerror);
  return base_clear(self);
}

static MemberDef oserror_members[] = {
    {"errno", MEMBER_OBJECT, offsetof(OSErrorObject, myerrno), 0, "POSIX exception code"},
    {"strerror", MEMBER_OBJECT, offsetof(OSErrorObject, strerror), 0, "exception strerror"},
    {"filename", MEMBER_OBJECT, offsetof(OSErrorObject, filename), 0, "exception filename"},
    {"filename2", MEMBER_OBJECT, offsetof(OSErrorObject, filename2), 0, "second exception filename"},
    {nullptr, 0, 0, 0, nullptr},
};
static GetSetDef oserror_getset[] = {
    {"characters_written", oserror_get_written, oserror_set_written, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
static MethodDef oserror_methods[] = {
    {"__reduce__", oserror_reduce, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static TypeObject make_oserror(const char* name, TypeObject* base, const char* doc) {
  TypeObject t = make_exception_type(name, base, sizeof(OSErrorObject), doc);
  t.new_ = oserror_new;
  t.init = oserror_init;
  t.str = oserror_str;
  t.traverse = oserror_traverse;
  t.clear = oserror_clear;
  if (!base || base == Exception) {
    t.members = oserror_members;
    t.getset = oserror_getset;
    t.methods = oserror_methods;
  }
  return t;
}

static TypeObject OSError_Type = make_oserror("OSError", Exception, "Base class for I/O related errors.");
TypeObject* const OSError = &OSError_Type;
COIL_REGISTER_TYPE(OSError_Type);

#define COIL_OS_EXC(NAME, BASE, DOC)                                                                         \
  static TypeObject NAME##_Type = make_oserror(#NAME, &BASE##_Type, DOC);                                    \
  TypeObject* const NAME = &NAME##_Type;                                                                     \
  COIL_REGISTER_TYPE(NAME##_Type)

COIL_OS_EXC(BlockingIOError, OSError, "I/O operation would block.");
COIL_OS_EXC(ConnectionError, OSError, "Connection error.");
COIL_OS_EXC(ChildProcessError, OSError, "Child process error.");
COIL_OS_EXC(BrokenPipeError, ConnectionError, "Broken pipe.");
COIL_OS_EXC(ConnectionAbortedError, ConnectionError, "Connection aborted.");
COIL_OS_EXC(ConnectionRefusedError, ConnectionError, "Connection refused.");
COIL_OS_EXC(ConnectionResetError, ConnectionError, "Connection reset.");
COIL_OS_EXC(FileExistsError, OSError, "File already exists.");
COIL_OS_EXC(FileNotFoundError, OSError, "File not found.");
COIL_OS_EXC(IsADirectoryError, OSError, "Operation doesn't work on directories.");
COIL_OS_EXC(NotADirectoryError, OSError, "Operation only works on directories.");
COIL_OS_EXC(InterruptedError, OSError, "Interrupted by signal.");
COIL_OS_EXC(PermissionError, OSError, "Not enough permissions.");
COIL_OS_EXC(ProcessLookupError, OSError, "Process not found.");
COIL_OS_EXC(TimeoutError, OSError, "Timeout expired.");

static TypeObject* oserror_subtype_for_errno(Object* myerrno) {
  if (!int_check(myerrno))
    return nullptr;
  bool overflow = false;
  int64_t v = int_as_i64(myerrno, &overflow);
  if (overflow)
    return nullptr;
  switch (v) {
  case EAGAIN:
#if EWOULDBLOCK != EAGAIN
  case EWOULDBLOCK:
#endif
  case EALREADY:
  case EINPROGRESS:
    return BlockingIOError;
  case ECHILD:
    return ChildProcessError;
  case EPIPE:
  case ESHUTDOWN:
    return BrokenPipeError;
  case ECONNABORTED:
    return ConnectionAbortedError;
  case ECONNREFUSED:
    return ConnectionRefusedError;
  case ECONNRESET:
    return ConnectionResetError;
  case EEXIST:
    return FileExistsError;
  case ENOENT:
    return FileNotFoundError;
  case EISDIR:
    return IsADirectoryError;
  case ENOTDIR:
    return NotADirectoryError;
  case EINTR:
    return InterruptedError;
  case EACCES:
  case EPERM:
    return PermissionError;
  case ESRCH:
    return ProcessLookupError;
  case ETIMEDOUT:
    return TimeoutError;
  default:
    return nullptr;
  }
}

// ---------------------------------------------------------------- SyntaxError

static int syntaxerror_init(Object* self, Object* args, Object* kwargs) {
  if (base_init(self, args, kwargs) < 0)
    return -1;
  auto* e = static_cast<SyntaxErrorObject*>(self);
  ssize n = tuple_size(args);
  if (n >= 1)
    set_field(e->msg, tuple_get(args, 0));
  if (n == 2) {
    Object* info = sequence_tuple(tuple_get(args, 1));
    if (!info)
      return -1;
    ssize m = tuple_size(info);
    if (m < 4 || m > 6) {
      err_format(TypeError, "function takes {} {} arguments ({} given)", m < 4 ? "at least" : "at most",
                 m < 4 ? 4 : 6, m);
      decref(info);
      return -1;
    }
    set_field(e->filename, tuple_get(info, 0));
    set_field(e->lineno, tuple_get(info, 1));
    set_field(e->offset, tuple_get(info, 2));
    set_field(e->text, tuple_get(info, 3));
    set_field(e->end_lineno, m >= 5 ? tuple_get(info, 4) : nullptr);
    set_field(e->end_offset, m >= 6 ? tuple_get(info, 5) : nullptr);
    decref(info);
  }
  return 0;
}

static Object* syntaxerror_str(Object* self) {
  auto* e = static_cast<SyntaxErrorObject*>(self);
  Object* msg = object_str(e->msg ? e->msg : None);
  if (!msg)
    return nullptr;
  bool have_file = e->filename && str_check(e->filename);
  bool have_line = e->lineno && int_check_exact(e->lineno);
  std::string file;
  if (have_file) {
    file = str_to_std(e->filename);
    size_t slash = file.rfind('/');
    if (slash != std::string::npos)
      file = file.substr(slash + 1);
  }
  Object* r;
  if (have_file && have_line)
    r = str_from_utf8(fmt::format("{} ({}, line {})", str_to_std(msg), file, int_to_string(e->lineno, 10)));
  else if (have_file)
    r = str_from_utf8(fmt::format("{} ({})", str_to_std(msg), file));
  else if (have_line)
    r = str_from_utf8(fmt::format("{} (line {})", str_to_std(msg), int_to_string(e->lineno, 10)));
  else
    return msg;
  decref(msg);
  return r;
}

static int syntaxerror_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<SyntaxErrorObject*>(self);
  if (int r = visit_all({e->msg, e->filename, e->lineno, e->offset, e->text, e->end_lineno, e->end_offset,
                         e->print_file_and_line},
                        visit, arg))
    return r;
  return base_traverse(self, visit, arg);
}
static int syntaxerror_clear(Object* self) {
  auto* e = static_cast<SyntaxErrorObject*>(self);
  clear_ref(e->msg);
  clear_ref(e->filename);
  clear_ref(e->lineno);
  clear_ref(e->offset);
  clear_ref(e->text);
  clear_ref(e->end_lineno);
  clear_ref(e->end_offset);
  clear_ref(e->print_file_and_line);
  return base_clear(self);
}
static MemberDef syntaxerror_members[] = {
    {"msg", MEMBER_OBJECT, offsetof(SyntaxErrorObject, msg), 0, "exception msg"},
    {"filename", MEMBER_OBJECT, offsetof(SyntaxErrorObject, filename), 0, "exception filename"},
    {"lineno", MEMBER_OBJECT, offsetof(SyntaxErrorObject, lineno), 0, "exception lineno"},
    {"offset", MEMBER_OBJECT, offsetof(SyntaxErrorObject, offset), 0, "exception offset"},
    {"text", MEMBER_OBJECT, offsetof(SyntaxErrorObject, text), 0, "exception text"},
    {"end_lineno", MEMBER_OBJECT, offsetof(SyntaxErrorObject, end_lineno), 0, "exception end lineno"},
    {"end_offset", MEMBER_OBJECT, offsetof(SyntaxErrorObject, end_offset), 0, "exception end offset"},
    {"print_file_and_line", MEMBER_OBJECT, offsetof(SyntaxErrorObject, print_file_and_line), 0,
     "exception print_file_and_line"},
    {nullptr, 0, 0, 0, nullptr},
};
static TypeObject make_syntaxerror(const char* name, TypeObject* base, const char* doc) {
  TypeObject t = make_exception_type(name, base, sizeof(SyntaxErrorObject), doc);
  t.init = syntaxerror_init;
  t.str = syntaxerror_str;
  t.traverse = syntaxerror_traverse;
  t.clear = syntaxerror_clear;
  if (base == Exception)
    t.members = syntaxerror_members;
  return t;
}
static TypeObject SyntaxError_Type = make_syntaxerror("SyntaxError", Exception, "Invalid syntax.");
TypeObject* const SyntaxError = &SyntaxError_Type;
COIL_REGISTER_TYPE(SyntaxError_Type);
static TypeObject IndentationError_Type =
    make_syntaxerror("IndentationError", &SyntaxError_Type, "Improper indentation.");
TypeObject* const IndentationError = &IndentationError_Type;
COIL_REGISTER_TYPE(IndentationError_Type);
static TypeObject TabError_Type =
    make_syntaxerror("TabError", &IndentationError_Type, "Improper mixture of spaces and tabs.");
TypeObject* const TabError = &TabError_Type;
COIL_REGISTER_TYPE(TabError_Type);

// ---------------------------------------------------------------- Unicode errors

static Object* arg_must_be_str(Object* args, ssize i, const char* func) {
  Object* o = tuple_get(args, i);
  if (!str_check(o))
    return err_format(TypeError, "argument {} must be str, not {}", i + 1, arg_type_name(o));
  return o;
}
static bool arg_ssize(Object* args, ssize i, ssize* out) {
  Object* o = tuple_get(args, i);
  if (!int_check(o)) {
    Object* idx = number_index(o);
    if (!idx) {
      err_clear();
      err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(o));
      return false;
    }
    *out = int_as_ssize(idx);
    decref(idx);
  } else {
    *out = int_as_ssize(o);
  }
  return !(*out == -1 && err_occurred());
}

// kind: 0 decode (bytes object), 1 encode (str), 2 translate (no encoding).
static int unicodeerror_init_kind(Object* self, Object* args, Object* kwargs, int kind) {
  if (base_init(self, args, kwargs) < 0)
    return -1;
  auto* e = static_cast<UnicodeErrorObject*>(self);
  ssize want = kind == 2 ? 4 : 5;
  ssize n = tuple_size(args);
  if (n != want) {
    err_format(TypeError, "function takes exactly {} arguments ({} given)", want, n);
    return -1;
  }
  ssize i = 0;
  Object* encoding = nullptr;
  if (kind != 2) {
    encoding = arg_must_be_str(args, i++, "");
    if (!encoding)
      return -1;
  }
  Object* object = tuple_get(args, i++);
  if (kind == 0) {
    if (bytearray_check(object)) {
      auto* ba = static_cast<ByteArrayObject*>(object);
      object = bytes_from(std::string_view(ba->buffer ? ba->buffer : "", size_t(ba->size)));
      if (!object)
        return -1;
    } else if (bytes_check(object)) {
      incref(object);
    } else {
      err_format(TypeError, "a bytes-like object is required, not '{}'", type_name_of(object));
      return -1;
    }
  } else {
    if (!str_check(object)) {
      err_format(TypeError, "argument {} must be str, not {}", i, arg_type_name(object));
      return -1;
    }
    incref(object);
  }
  ssize start, end;
  if (!arg_ssize(args, i++, &start) || !arg_ssize(args, i++, &end)) {
    decref(object);
    return -1;
  }
  Object* reason = arg_must_be_str(args, i++, "");
  if (!reason) {
    decref(object);
    return -1;
  }
  set_field(e->encoding, encoding);
  setref(e->object, object);
  e->start = start;
  e->end = end;
  set_field(e->reason, reason);
  return 0;
}
static int unicodedecode_init(Object* s, Object* a, Object* k) {
  return unicodeerror_init_kind(s, a, k, 0);
}
static int unicodeencode_init(Object* s, Object* a, Object* k) {
  return unicodeerror_init_kind(s, a, k, 1);
}
static int unicodetranslate_init(Object* s, Object* a, Object* k) {
  return unicodeerror_init_kind(s, a, k, 2);
}

static std::string char_escape(uint32_t c) {
  if (c <= 0xff)
    return fmt::format("\\x{:02x}", c);
  if (c <= 0xffff)
    return fmt::format("\\u{:04x}", c);
  return fmt::format("\\U{:08x}", c);
}

static Object* unicodeerror_str_kind(Object* self, int kind) {
  auto* e = static_cast<UnicodeErrorObject*>(self);
  if (!e->object)
    return str_new_empty();
  Object* reason = object_str(e->reason ? e->reason : None);
  if (!reason)
    return nullptr;
  Object* encoding = nullptr;
  if (kind != 2) {
    encoding = object_str(e->encoding ? e->encoding : None);
    if (!encoding) {
      decref(reason);
      return nullptr;
    }
  }
  ssize len = kind == 0 ? (bytes_check(e->object) ? bytes_size(e->object) : 0)
                        : (str_check(e->object) ? str_length(e->object) : 0);
  std::string r = str_to_std(reason);
  std::string enc = encoding ? str_to_std(encoding) : "";
  std::string out;
  bool single = e->start < len && e->end == e->start + 1;
  if (kind == 0) {
    if (single)
      out = fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}", enc,
                        static_cast<unsigned char>(bytes_data(e->object)[e->start]), e->start, r);
    else
      out = fmt::format("'{}' codec can't decode bytes in position {}-{}: {}", enc, e->start, e->end - 1, r);
  } else if (kind == 1) {
    if (single)
      out = fmt::format("'{}' codec can't encode character '{}' in position {}: {}", enc,
                        char_escape(str_char_at(e->object, e->start)), e->start, r);
    else
      out = fmt::format("'{}' codec can't encode characters in position {}-{}: {}", enc, e->start, e->end - 1,
                        r);
  } else {
    if (single)
      out = fmt::format("can't translate character '{}' in position {}: {}",
                        char_escape(str_char_at(e->object, e->start)), e->start, r);
    else
      out = fmt::format("can't translate characters in position {}-{}: {}", e->start, e->end - 1, r);
  }
  decref(reason);
  xdecref(encoding);
  return str_from_utf8(out);
}
static Object* unicodedecode_str(Object* s) {
  return unicodeerror_str_kind(s, 0);
}
static Object* unicodeencode_str(Object* s) {
  return unicodeerror_str_kind(s, 1);
}
static Object* unicodetranslate_str(Object* s) {
  return unicodeerror_str_kind(s, 2);
}

static int unicodeerror_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<UnicodeErrorObject*>(self);
  if (int r = visit_all({e->encoding, e->object, e->reason}, visit, arg))
    return r;
  return base_traverse(self, visit, arg);
}
static int unicodeerror_clear(Object* self) {
  auto* e = static_cast<UnicodeErrorObject*>(self);
  clear_ref(e->encoding);
  clear_ref(e->object);
  clear_ref(e->reason);
  return base_clear(self);
}
static MemberDef unicodeerror_members[] = {
    {"encoding", MEMBER_OBJECT, offsetof(UnicodeErrorObject, encoding), 0, "exception encoding"},
    {"object", MEMBER_OBJECT, offsetof(UnicodeErrorObject, object), 0, "exception object"},
    {"start", MEMBER_SSIZE, offsetof(UnicodeErrorObject, start), 0, "exception start"},
    {"end", MEMBER_SSIZE, offsetof(UnicodeErrorObject, end), 0, "exception end"},
    {"reason", MEMBER_OBJECT, offsetof(UnicodeErrorObject, reason), 0, "exception reason"},
    {nullptr, 0, 0, 0, nullptr},
};
static TypeObject make_unicodeerror(const char* name, InitFn init, UnaryFn str, const char* doc) {
  TypeObject t = make_exception_type(name, UnicodeError, sizeof(UnicodeErrorObject), doc);
  t.init = init;
  t.str = str;
  t.traverse = unicodeerror_traverse;
  t.clear = unicodeerror_clear;
  t.members = unicodeerror_members;
  return t;
}
static TypeObject UnicodeDecodeError_Type =
    make_unicodeerror("UnicodeDecodeError", unicodedecode_init, unicodedecode_str, "Unicode decoding error.");
TypeObject* const UnicodeDecodeError = &UnicodeDecodeError_Type;
COIL_REGISTER_TYPE(UnicodeDecodeError_Type);
static TypeObject UnicodeEncodeError_Type =
    make_unicodeerror("UnicodeEncodeError", unicodeencode_init, unicodeencode_str, "Unicode encoding error.");
TypeObject* const UnicodeEncodeError = &UnicodeEncodeError_Type;
COIL_REGISTER_TYPE(UnicodeEncodeError_Type);
static TypeObject UnicodeTranslateError_Type = make_unicodeerror(
    "UnicodeTranslateError", unicodetranslate_init, unicodetranslate_str, "Unicode translation error.");
TypeObject* const UnicodeTranslateError = &UnicodeTranslateError_Type;
COIL_REGISTER_TYPE(UnicodeTranslateError_Type);

} // namespace coil
