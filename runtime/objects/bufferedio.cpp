// Binary streams: `_io.BufferedReader`, `_io.BufferedWriter` and
// `_io.BufferedRandom` (open() in 'b' mode, and `sys.stdout.buffer`).
//
// Invariants
// - A binary stream is a view on a TextIOObject (`owner`, a strong
//   reference): the descriptor, the pending output bytes and the read-ahead
//   bytes are the owner's, so mixing text and binary I/O on one stream keeps
//   the order of the bytes. The owner points back at its live view with a
//   borrowed pointer that the view clears when it dies.
// - Closing the view closes the owner (and its descriptor when it owns it).
#include <cstring>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/memoryview.h"
#include "runtime/objects/str.h"
#include "runtime/objects/textio.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {

struct BufferedObject : Object {
  Object* owner; // TextIOObject
};

static TextIOObject* owner_of(Object* self) {
  return static_cast<TextIOObject*>(static_cast<BufferedObject*>(self)->owner);
}

static int check_open(Object* self, const char* what) {
  if (owner_of(self)->closed) {
    if (strcmp(what, "I/O operation on") == 0)
      err_set_string(ValueError, "I/O operation on closed file.");
    else
      err_format(ValueError, "{} closed file", what);
    return -1;
  }
  return 0;
}

static Object* buffered_new_view(TypeObject* type, Object* owner) {
  auto* b = static_cast<BufferedObject*>(object_alloc(type, sizeof(BufferedObject)));
  if (!b)
    return nullptr;
  b->owner = newref(owner);
  return b;
}

Object* textio_get_buffer(Object* stream) {
  auto* t = static_cast<TextIOObject*>(stream);
  if (t->buffer)
    return newref(t->buffer);
  TypeObject* type = t->readable && t->writable ? &BufferedRandomType
                     : t->readable              ? &BufferedReaderType
                                                : &BufferedWriterType;
  Object* b = buffered_new_view(type, stream);
  if (b)
    t->buffer = b;
  return b;
}

Object* bufferedio_open(int fd, Object* name, const char* mode, bool closefd) {
  Object* text = textio_new(fd, name, mode, "strict", false, false, closefd);
  if (!text)
    return nullptr;
  static_cast<TextIOObject*>(text)->translate_newlines = false;
  Object* b = textio_get_buffer(text);
  decref(text);
  return b;
}

// The bytes of a bytes-like argument, or false with TypeError.
static bool bytes_arg(Object* o, std::string_view* out) {
  if (bytes_check(o)) {
    *out = bytes_view(o);
    return true;
  }
  if (bytearray_check(o)) {
    auto* ba = static_cast<ByteArrayObject*>(o);
    *out = std::string_view(ba->buffer ? ba->buffer : "", static_cast<size_t>(ba->size));
    return true;
  }
  if (memoryview_simple_view(o, out))
    return true;
  err_format(TypeError, "a bytes-like object is required, not '{}'", type_name_of(o));
  return false;
}

static Object* b_write(Object* self, Object* arg) {
  std::string_view data;
  if (!bytes_arg(arg, &data))
    return nullptr;
  if (check_open(self, "write to") < 0)
    return nullptr;
  if (!owner_of(self)->writable)
    return err_set_string(textio_unsupported_operation_type(), "write");
  if (textio_write_utf8(owner_of(self), data) < 0)
    return nullptr;
  return int_from_i64(static_cast<int64_t>(data.size()));
}

static Object* b_flush(Object* self, Object*) {
  if (check_open(self, "flush of") < 0)
    return nullptr;
  if (textio_flush(owner_of(self)) < 0)
    return nullptr;
  return none_new();
}

static bool size_arg(Object* const* args, ssize nargs, const char* fname, ssize* out) {
  *out = -1;
  if (nargs > 1) {
    err_format(TypeError, "{} expected at most 1 argument, got {}", fname, nargs);
    return false;
  }
  if (nargs == 1 && args[0] != None) {
    if (!int_check(args[0])) {
      err_format(TypeError, "argument should be integer or None, not '{}'", type_name_of(args[0]));
      return false;
    }
    *out = int_as_ssize(args[0]);
    if (*out == -1 && err_occurred())
      return false;
  }
  return true;
}

static Object* b_read(Object* self, Object* const* args, ssize nargs) {
  ssize n;
  if (!size_arg(args, nargs, "read", &n))
    return nullptr;
  if (check_open(self, "read of") < 0 || textio_check_readable(owner_of(self)) < 0)
    return nullptr;
  return textio_read_bytes(owner_of(self), n);
}

static Object* b_readline(Object* self, Object* const* args, ssize nargs) {
  ssize n;
  if (!size_arg(args, nargs, "readline", &n))
    return nullptr;
  if (check_open(self, "readline of") < 0 || textio_check_readable(owner_of(self)) < 0)
    return nullptr;
  return textio_read_bytes_line(owner_of(self), n);
}

static Object* b_readlines(Object* self, Object* const* args, ssize nargs) {
  ssize hint;
  if (!size_arg(args, nargs, "readlines", &hint))
    return nullptr;
  if (check_open(self, "readline of") < 0 || textio_check_readable(owner_of(self)) < 0)
    return nullptr;
  Object* list = list_new(0);
  if (!list)
    return nullptr;
  ssize total = 0;
  for (;;) {
    Object* line = textio_read_bytes_line(owner_of(self), -1);
    if (!line) {
      decref(list);
      return nullptr;
    }
    ssize len = bytes_size(line);
    if (len == 0) {
      decref(line);
      break;
    }
    int r = list_append(list, line);
    decref(line);
    if (r < 0) {
      decref(list);
      return nullptr;
    }
    total += len;
    if (hint > 0 && total >= hint)
      break;
  }
  return list;
}

static Object* b_close(Object* self, Object*) {
  return object_call_method(owner_of(self), "close", nullptr, 0);
}

static Object* b_delegate(Object* self, const char* method) {
  return object_call_method(owner_of(self), method, nullptr, 0);
}
static Object* b_fileno(Object* self, Object*) {
  return b_delegate(self, "fileno");
}
static Object* b_isatty(Object* self, Object*) {
  return b_delegate(self, "isatty");
}
static Object* b_readable(Object* self, Object*) {
  return b_delegate(self, "readable");
}
static Object* b_writable(Object* self, Object*) {
  return b_delegate(self, "writable");
}
static Object* b_seekable(Object* self, Object*) {
  return b_delegate(self, "seekable");
}

static Object* b_tell(Object* self, Object*) {
  return textio_tell(owner_of(self));
}
static Object* b_seek(Object* self, Object* const* args, ssize nargs) {
  return textio_seek(owner_of(self), args, nargs, false);
}

static Object* b_enter(Object* self, Object*) {
  if (check_open(self, "I/O operation on") < 0)
    return nullptr;
  return newref(self);
}
static Object* b_exit(Object* self, Object* const*, ssize) {
  return b_close(self, nullptr);
}

static Object* b_iter(Object* self) {
  if (check_open(self, "I/O operation on") < 0)
    return nullptr;
  return newref(self);
}
static Object* b_iternext(Object* self) {
  if (check_open(self, "readline of") < 0 || textio_check_readable(owner_of(self)) < 0)
    return nullptr;
  Object* line = textio_read_bytes_line(owner_of(self), -1);
  if (!line)
    return nullptr;
  if (bytes_size(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

static Object* b_repr(Object* self) {
  TextIOObject* t = owner_of(self);
  std::string name;
  if (t->name) {
    Object* r = object_repr(t->name);
    if (!r)
      return nullptr;
    name = " name=" + str_to_std(r);
    decref(r);
  }
  return str_from_utf8(fmt::format("<{}{}>", self->type->name, name));
}

static void b_dealloc(Object* self) {
  TextIOObject* t = owner_of(self);
  if (t->buffer == self)
    t->buffer = nullptr;
  xdecref(static_cast<BufferedObject*>(self)->owner);
  object_free(self);
}

static Object* get_closed(Object* self, void*) {
  return bool_from(owner_of(self)->closed);
}
static Object* get_name(Object* self, void*) {
  Object* n = owner_of(self)->name;
  return newref(n ? n : None);
}
static Object* get_mode(Object* self, void*) {
  Object* m = owner_of(self)->mode;
  if (!m)
    return none_new();
  std::string mode = str_to_std(m);
  if (mode.find('b') == std::string::npos)
    mode += "b";
  return str_from_ascii(mode);
}

static GetSetDef b_getset[] = {
    {"closed", get_closed, nullptr, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr, nullptr},
    {"mode", get_mode, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

static MethodDef b_methods[] = {
    {"write", b_write, METH_O, nullptr},
    {"flush", b_flush, METH_NOARGS, nullptr},
    {"read", reinterpret_cast<MethodFn>(b_read), METH_FASTCALL, nullptr},
    {"readline", reinterpret_cast<MethodFn>(b_readline), METH_FASTCALL, nullptr},
    {"readlines", reinterpret_cast<MethodFn>(b_readlines), METH_FASTCALL, nullptr},
    {"close", b_close, METH_NOARGS, nullptr},
    {"fileno", b_fileno, METH_NOARGS, nullptr},
    {"isatty", b_isatty, METH_NOARGS, nullptr},
    {"readable", b_readable, METH_NOARGS, nullptr},
    {"writable", b_writable, METH_NOARGS, nullptr},
    {"seekable", b_seekable, METH_NOARGS, nullptr},
    {"tell", b_tell, METH_NOARGS, nullptr},
    {"seek", reinterpret_cast<MethodFn>(b_seek), METH_FASTCALL, nullptr},
    {"__enter__", b_enter, METH_NOARGS, nullptr},
    {"__exit__", reinterpret_cast<MethodFn>(b_exit), METH_FASTCALL, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static TypeObject make_buffered_type(const char* name) {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = name;
  t.basicsize = sizeof(BufferedObject);
  t.dealloc = b_dealloc;
  t.repr = b_repr;
  t.iter = b_iter;
  t.iternext = b_iternext;
  t.methods = b_methods;
  t.getset = b_getset;
  t.flags = TPFLAG_DISALLOW_INSTANTIATION;
  return t;
}
TypeObject BufferedReaderType = make_buffered_type("_io.BufferedReader");
TypeObject BufferedWriterType = make_buffered_type("_io.BufferedWriter");
TypeObject BufferedRandomType = make_buffered_type("_io.BufferedRandom");
COIL_REGISTER_TYPE(BufferedReaderType);
COIL_REGISTER_TYPE(BufferedWriterType);
COIL_REGISTER_TYPE(BufferedRandomType);

} // namespace coil
