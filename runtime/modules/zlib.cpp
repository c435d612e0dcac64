// The zlib module on top of the system zlib: compress/decompress (level,
// wbits, bufsize), compressobj/decompressobj streams (Compress: compress,
// flush, copy; Decompress: decompress with max_length, flush, copy,
// unused_data, unconsumed_tail, eof), crc32, adler32, zlib.error and the
// constants.
//
// Invariants
// - A stream object owns one z_stream; `alive` says whether deflateInit2/
//   inflateInit2 succeeded and End has not run yet. Calling deflate/inflate
//   on an ended stream is allowed: zlib answers Z_STREAM_ERROR, which gives
//   CPython's "inconsistent stream state" error.
// - zst.msg is cleared before each zlib call so that error texts come only
//   from that call (zlib_error mirrors CPython's wording).
// - Input larger than 4 GiB is fed to zlib in UINT_MAX pieces.
#include <zlib.h>

#include <climits>
#include <cstddef>
#include <string>

#include "runtime/errors.h"
#include "runtime/modules/binary_util.h"
#include "runtime/modules/math_internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

extern TypeObject CompressType;
extern TypeObject DecompressType;

namespace {

using math_impl::parse_clinic;

constexpr int DEF_BUF_SIZE = 16 * 1024;
constexpr int DEF_MEM_LEVEL = 8;

Object* zlib_error_class = nullptr; // zlib.error, set at import (kept alive)

std::nullptr_t zlib_error(const z_stream& zst, int err, const char* what) {
  const char* zmsg = err == Z_VERSION_ERROR ? "library version mismatch" : zst.msg;
  if (!zmsg) {
    switch (err) {
    case Z_BUF_ERROR:
      zmsg = "incomplete or truncated stream";
      break;
    case Z_STREAM_ERROR:
      zmsg = "inconsistent stream state";
      break;
    case Z_DATA_ERROR:
      zmsg = "invalid input data";
      break;
    default:
      break;
    }
  }
  std::string msg =
      zmsg ? fmt::format("Error {} {}: {:.200}", err, what, zmsg) : fmt::format("Error {} {}", err, what);
  auto* cls = reinterpret_cast<TypeObject*>(zlib_error_class ? zlib_error_class
                                                             : reinterpret_cast<Object*>(Exception));
  return err_set_string(cls, msg);
}

std::nullptr_t zlib_error_msg(const char* msg) {
  auto* cls = reinterpret_cast<TypeObject*>(zlib_error_class ? zlib_error_class
                                                             : reinterpret_cast<Object*>(Exception));
  return err_set_string(cls, msg);
}

// An int argument as a C int ("Python int too large to convert to C int").
bool int_arg(Object* o, int* out) {
  Object* i = number_index(o);
  if (!i)
    return false;
  bool overflow;
  int64_t v = int_as_i64(i, &overflow);
  decref(i);
  if (overflow || v > INT_MAX || v < INT_MIN) {
    err_set_string(OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

bool ssize_arg(Object* o, ssize* out) {
  Object* i = number_index(o);
  if (!i)
    return false;
  *out = int_as_ssize(i);
  decref(i);
  return !(*out == -1 && err_occurred());
}

// Feeds `in` into the stream window by window.
struct Input {
  const Bytef* p;
  size_t left;
  void load(z_stream& zst) {
    if (zst.avail_in == 0 && left > 0) {
      uInt n = left > UINT_MAX ? UINT_MAX : static_cast<uInt>(left);
      zst.next_in = const_cast<Bytef*>(p);
      zst.avail_in = n;
      p += n;
      left -= n;
    }
  }
  size_t remaining(const z_stream& zst) const { return zst.avail_in + left; }
};

// Runs deflate/inflate (`step`) with `flush` until it stops producing
// output and all input is consumed (or until `limit` bytes when > 0).
// Returns the zlib code of the last call; out collects the output.
template <class Step>
int pump(z_stream& zst, Input& in, std::string& out, size_t limit, int flush, Step step, size_t chunk) {
  int err = Z_OK;
  for (;;) {
    in.load(zst);
    size_t room = chunk;
    if (limit > 0) {
      if (out.size() >= limit)
        return err;
      room = std::min(room, limit - out.size());
    }
    size_t old = out.size();
    out.resize(old + room);
    zst.next_out = reinterpret_cast<Bytef*>(&out[old]);
    zst.avail_out = static_cast<uInt>(room);
    zst.msg = nullptr;
    err = step(&zst, flush);
    out.resize(old + room - zst.avail_out);
    if (err == Z_STREAM_END || err == Z_NEED_DICT)
      return err;
    if (err != Z_OK && err != Z_BUF_ERROR)
      return err;
    if (zst.avail_out != 0 && in.remaining(zst) == 0)
      return err;
    if (err == Z_BUF_ERROR && zst.avail_out != 0)
      return err; // no progress possible
    chunk = chunk < (1u << 20) ? chunk * 2 : chunk;
  }
}

// ------------------------------------------------------ one-shot functions

Object* zl_compress(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"data", "level", "wbits"};
  Object* a[3];
  if (!parse_clinic("compress", args, nargs, kwnames, names, 3, 3, 1, 1, a))
    return nullptr;
  std::string_view data;
  int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
  if (!require_bytes_like(a[0], &data) || (a[1] && !int_arg(a[1], &level)) ||
      (a[2] && !int_arg(a[2], &wbits)))
    return nullptr;
  z_stream zst{};
  int err = deflateInit2(&zst, level, Z_DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR)
    return err_set_string(MemoryError, "Out of memory while compressing data");
  if (err == Z_STREAM_ERROR)
    return zlib_error_msg("Bad compression level");
  if (err != Z_OK) {
    deflateEnd(&zst);
    return zlib_error(zst, err, "while compressing data");
  }
  Input in{reinterpret_cast<const Bytef*>(data.data()), data.size()};
  std::string out;
  err = pump(zst, in, out, 0, Z_FINISH, deflate, DEF_BUF_SIZE);
  if (err != Z_STREAM_END) {
    zlib_error(zst, err, "while compressing data");
    deflateEnd(&zst);
    return nullptr;
  }
  err = deflateEnd(&zst);
  if (err != Z_OK)
    return zlib_error(zst, err, "while finishing compression");
  return bytes_from(out);
}

Object* zl_decompress(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"data", "wbits", "bufsize"};
  Object* a[3];
  if (!parse_clinic("decompress", args, nargs, kwnames, names, 3, 3, 1, 1, a))
    return nullptr;
  std::string_view data;
  int wbits = MAX_WBITS;
  ssize bufsize = DEF_BUF_SIZE;
  if (!require_bytes_like(a[0], &data) || (a[1] && !int_arg(a[1], &wbits)) ||
      (a[2] && !ssize_arg(a[2], &bufsize)))
    return nullptr;
  if (bufsize < 0)
    return err_set_string(ValueError, "bufsize must be non-negative");
  if (bufsize == 0)
    bufsize = 1;
  z_stream zst{};
  int err = inflateInit2(&zst, wbits);
  if (err == Z_MEM_ERROR)
    return err_set_string(MemoryError, "Out of memory while decompressing data");
  if (err != Z_OK) {
    inflateEnd(&zst);
    return zlib_error(zst, err, "while preparing to decompress data");
  }
  Input in{reinterpret_cast<const Bytef*>(data.data()), data.size()};
  std::string out;
  err = pump(zst, in, out, 0, Z_NO_FLUSH, inflate, static_cast<size_t>(bufsize));
  if (err != Z_STREAM_END) {
    if (err == Z_OK)
      err = Z_BUF_ERROR; // input exhausted before the end of the stream
    zlib_error(zst, err, "while decompressing data");
    inflateEnd(&zst);
    return nullptr;
  }
  err = inflateEnd(&zst);
  if (err != Z_OK)
    return zlib_error(zst, err, "while finishing decompression");
  return bytes_from(out);
}

Object* zl_crc32(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("crc32", nargs, 1, 2))
    return nullptr;
  std::string_view data;
  uint32_t value = 0;
  if (!require_bytes_like(args[0], &data) || (nargs == 2 && !uint32_arg(args[1], &value)))
    return nullptr;
  return int_from_u64(crc32_update(value, data));
}

Object* zl_adler32(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("adler32", nargs, 1, 2))
    return nullptr;
  std::string_view data;
  uint32_t start = 1;
  if (!require_bytes_like(args[0], &data) || (nargs == 2 && !uint32_arg(args[1], &start)))
    return nullptr;
  uLong value = start;
  const auto* p = reinterpret_cast<const Bytef*>(data.data());
  for (size_t n = data.size(); n > 0;) {
    uInt chunk = n > 0x40000000 ? 0x40000000 : static_cast<uInt>(n);
    value = ::adler32(value, p, chunk);
    p += chunk;
    n -= chunk;
  }
  return int_from_u64(value & 0xffffffffu);
}

// ------------------------------------------------------------- streams

struct ZStreamObject : Object {
  z_stream zst;
  bool alive;
  bool eof;
  Object* unused_data;     // Decompress only (bytes)
  Object* unconsumed_tail; // Decompress only (bytes)
  Object* zdict;           // bytes-like or nullptr
};

ZStreamObject* zstream_alloc(TypeObject* type) {
  auto* self = static_cast<ZStreamObject*>(object_alloc(type, sizeof(ZStreamObject)));
  if (!self)
    return nullptr;
  self->unused_data = bytes_from("");
  self->unconsumed_tail = bytes_from("");
  if (!self->unused_data || !self->unconsumed_tail) {
    decref(self);
    return nullptr;
  }
  return self;
}

void zstream_dealloc(Object* o) {
  auto* self = static_cast<ZStreamObject*>(o);
  if (self->alive) {
    if (o->type == &CompressType)
      deflateEnd(&self->zst);
    else
      inflateEnd(&self->zst);
  }
  xdecref(self->unused_data);
  xdecref(self->unconsumed_tail);
  xdecref(self->zdict);
  object_free(o);
}

bool set_dictionary(ZStreamObject* self, bool compress) {
  std::string_view dict;
  if (!require_bytes_like(self->zdict, &dict))
    return false;
  if (dict.size() > UINT_MAX) {
    err_set_string(OverflowError, "zdict length does not fit in an unsigned int");
    return false;
  }
  auto* p = reinterpret_cast<const Bytef*>(dict.data());
  int err = compress ? deflateSetDictionary(&self->zst, p, static_cast<uInt>(dict.size()))
                     : inflateSetDictionary(&self->zst, p, static_cast<uInt>(dict.size()));
  if (err != Z_OK) {
    if (compress)
      err_set_string(ValueError, "Invalid dictionary");
    else
      zlib_error(self->zst, err, "while setting zdict");
    return false;
  }
  return true;
}

Object* zl_compressobj(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict"};
  Object* a[6];
  if (!parse_clinic("compressobj", args, nargs, kwnames, names, 6, 6, 0, 0, a))
    return nullptr;
  int v[5] = {Z_DEFAULT_COMPRESSION, Z_DEFLATED, MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY};
  for (int i = 0; i < 5; i++)
    if (a[i] && !int_arg(a[i], &v[i]))
      return nullptr;
  std::string_view probe;
  if (a[5] && !peek_bytes_like(a[5], &probe))
    return err_set_string(TypeError, "zdict argument must support the buffer protocol");
  ZStreamObject* self = zstream_alloc(&CompressType);
  if (!self)
    return nullptr;
  int err = deflateInit2(&self->zst, v[0], v[1], v[2], v[3], v[4]);
  if (err != Z_OK) {
    decref(self);
    if (err == Z_MEM_ERROR)
      return err_set_string(MemoryError, "Can't allocate memory for compression object");
    if (err == Z_STREAM_ERROR)
      return err_set_string(ValueError, "Invalid initialization option");
    return zlib_error(self->zst, err, "while creating compression object");
  }
  self->alive = true;
  if (a[5]) {
    self->zdict = newref(a[5]);
    if (!set_dictionary(self, true)) {
      decref(self);
      return nullptr;
    }
  }
  return self;
}

Object* zl_decompressobj(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"wbits", "zdict"};
  Object* a[2];
  if (!parse_clinic("decompressobj", args, nargs, kwnames, names, 2, 2, 0, 0, a))
    return nullptr;
  int wbits = MAX_WBITS;
  if (a[0] && !int_arg(a[0], &wbits))
    return nullptr;
  std::string_view probe;
  if (a[1] && !peek_bytes_like(a[1], &probe))
    return err_set_string(TypeError, "zdict argument must support the buffer protocol");
  ZStreamObject* self = zstream_alloc(&DecompressType);
  if (!self)
    return nullptr;
  int err = inflateInit2(&self->zst, wbits);
  if (err != Z_OK) {
    decref(self);
    if (err == Z_MEM_ERROR)
      return err_set_string(MemoryError, "Can't allocate memory for decompression object");
    if (err == Z_STREAM_ERROR)
      return err_set_string(ValueError, "Invalid initialization option");
    return zlib_error(self->zst, err, "while creating decompression object");
  }
  self->alive = true;
  if (a[1]) {
    self->zdict = newref(a[1]);
    // Raw streams carry no dictionary request: set it now.
    if (wbits < 0 && !set_dictionary(self, false)) {
      decref(self);
      return nullptr;
    }
  }
  return self;
}

Object* comp_compress(Object* o, Object* arg) {
  auto* self = static_cast<ZStreamObject*>(o);
  std::string_view data;
  if (!require_bytes_like(arg, &data))
    return nullptr;
  Input in{reinterpret_cast<const Bytef*>(data.data()), data.size()};
  std::string out;
  int err = pump(self->zst, in, out, 0, Z_NO_FLUSH, deflate, DEF_BUF_SIZE);
  if (err != Z_OK && err != Z_BUF_ERROR)
    return zlib_error(self->zst, err, "while compressing data");
  return bytes_from(out);
}

Object* comp_flush(Object* o, Object* const* args, ssize nargs) {
  auto* self = static_cast<ZStreamObject*>(o);
  if (!check_positional("flush", nargs, 0, 1))
    return nullptr;
  int mode = Z_FINISH;
  if (nargs == 1 && !int_arg(args[0], &mode))
    return nullptr;
  if (mode == Z_NO_FLUSH)
    return bytes_from("");
  Input in{nullptr, 0};
  std::string out;
  int err = pump(self->zst, in, out, 0, mode, deflate, DEF_BUF_SIZE);
  if (err == Z_STREAM_END && mode == Z_FINISH) {
    err = deflateEnd(&self->zst);
    self->alive = false;
    if (err != Z_OK)
      return zlib_error(self->zst, err, "while finishing compression");
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(self->zst, err, "while flushing");
  }
  return bytes_from(out);
}

// Keeps the input zlib did not take: after the end of the stream it goes to
// unused_data, otherwise (output limit reached) to unconsumed_tail.
bool save_unconsumed(ZStreamObject* self, Input& in, int err) {
  size_t left = in.remaining(self->zst);
  // The window zlib still holds ends where the rest of the input starts.
  const char* start = reinterpret_cast<const char*>(in.p) - self->zst.avail_in;
  if (err == Z_STREAM_END) {
    if (left > 0) {
      std::string joined(bytes_view(self->unused_data));
      joined.append(start, left);
      Object* b = bytes_from(joined);
      if (!b)
        return false;
      setref(self->unused_data, b);
    }
    left = 0;
  }
  if (left > 0 || bytes_size(self->unconsumed_tail) > 0) {
    Object* b = bytes_from(std::string_view(start, left));
    if (!b)
      return false;
    setref(self->unconsumed_tail, b);
  }
  return true;
}

Object* decomp_run(ZStreamObject* self, std::string_view data, size_t limit, int flush, const char* what) {
  Input in{reinterpret_cast<const Bytef*>(data.data()), data.size()};
  self->zst.avail_in = 0;
  std::string out;
  int err;
  for (;;) {
    err = pump(self->zst, in, out, limit, flush, inflate, DEF_BUF_SIZE);
    if (err == Z_NEED_DICT && self->zdict) {
      if (!set_dictionary(self, false))
        return nullptr;
      continue;
    }
    break;
  }
  if (!save_unconsumed(self, in, err))
    return nullptr;
  if (err == Z_STREAM_END) {
    self->eof = true;
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(self->zst, err, what);
  }
  return bytes_from(out);
}

Object* decomp_decompress(Object* o, Object* const* args, ssize nargs, Object* kwnames) {
  auto* self = static_cast<ZStreamObject*>(o);
  static const char* const names[] = {"data", "max_length"};
  Object* a[2];
  if (!parse_clinic("decompress", args, nargs, kwnames, names, 2, 2, 1, 1, a))
    return nullptr;
  std::string_view data;
  ssize max_length = 0;
  if (!require_bytes_like(a[0], &data) || (a[1] && !ssize_arg(a[1], &max_length)))
    return nullptr;
  if (max_length < 0)
    return err_set_string(ValueError, "max_length must be non-negative");
  Object* keep = newref(a[0]); // data must outlive the call even if it is unconsumed_tail
  Object* r =
      decomp_run(self, data, static_cast<size_t>(max_length), Z_SYNC_FLUSH, "while decompressing data");
  decref(keep);
  return r;
}

Object* decomp_flush(Object* o, Object* const* args, ssize nargs) {
  auto* self = static_cast<ZStreamObject*>(o);
  if (!check_positional("flush", nargs, 0, 1))
    return nullptr;
  ssize length = DEF_BUF_SIZE;
  if (nargs == 1 && !ssize_arg(args[0], &length))
    return nullptr;
  if (length <= 0)
    return err_set_string(ValueError, "length must be greater than zero");
  Object* tail = newref(self->unconsumed_tail);
  Object* r = decomp_run(self, bytes_view(tail), 0, Z_FINISH, "while flushing");
  decref(tail);
  if (r && self->eof && self->alive) {
    inflateEnd(&self->zst);
    self->alive = false;
  }
  return r;
}

Object* zstream_copy(Object* o, Object*) {
  auto* self = static_cast<ZStreamObject*>(o);
  bool compress = o->type == &CompressType;
  if (!self->alive)
    return err_set_string(ValueError, "Inconsistent stream state");
  ZStreamObject* copy = zstream_alloc(o->type);
  if (!copy)
    return nullptr;
  int err = compress ? deflateCopy(&copy->zst, &self->zst) : inflateCopy(&copy->zst, &self->zst);
  if (err != Z_OK) {
    decref(copy);
    if (err == Z_STREAM_ERROR)
      return err_set_string(ValueError, "Inconsistent stream state");
    if (err == Z_MEM_ERROR)
      return err_set_string(MemoryError, "Can't allocate memory for compression object");
    return zlib_error(self->zst, err, "while copying compression object");
  }
  copy->alive = true;
  copy->eof = self->eof;
  setref(copy->unused_data, newref(self->unused_data));
  setref(copy->unconsumed_tail, newref(self->unconsumed_tail));
  copy->zdict = xnewref(self->zdict);
  return copy;
}

Object* zstream_deepcopy(Object* o, Object*) {
  return zstream_copy(o, nullptr);
}

#define FN(f) reinterpret_cast<MethodFn>(f)
MethodDef compress_methods[] = {
    {"compress", comp_compress, METH_O, "Returns a bytes object containing compressed data."},
    {"flush", FN(comp_flush), METH_FASTCALL,
     "Return a bytes object containing any remaining compressed data."},
    {"copy", zstream_copy, METH_NOARGS, "Return a copy of the compression object."},
    {"__copy__", zstream_copy, METH_NOARGS, nullptr},
    {"__deepcopy__", zstream_deepcopy, METH_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef decompress_methods[] = {
    {"decompress", FN(decomp_decompress), METH_FASTCALL | METH_KEYWORDS,
     "Return a bytes object containing the decompressed version of the data."},
    {"flush", FN(decomp_flush), METH_FASTCALL,
     "Return a bytes object containing any remaining decompressed data."},
    {"copy", zstream_copy, METH_NOARGS, "Return a copy of the decompression object."},
    {"__copy__", zstream_copy, METH_NOARGS, nullptr},
    {"__deepcopy__", zstream_deepcopy, METH_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
MemberDef decompress_members[] = {
    {"unused_data", MEMBER_OBJECT, offsetof(ZStreamObject, unused_data), MEMBER_READONLY, nullptr},
    {"unconsumed_tail", MEMBER_OBJECT, offsetof(ZStreamObject, unconsumed_tail), MEMBER_READONLY, nullptr},
    {"eof", MEMBER_BOOL, offsetof(ZStreamObject, eof), MEMBER_READONLY, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

MethodDef zlib_functions[] = {
    {"compress", FN(zl_compress), METH_FASTCALL | METH_KEYWORDS,
     "Returns a bytes object containing compressed data."},
    {"decompress", FN(zl_decompress), METH_FASTCALL | METH_KEYWORDS,
     "Returns a bytes object containing the uncompressed data."},
    {"compressobj", FN(zl_compressobj), METH_FASTCALL | METH_KEYWORDS, "Return a compressor object."},
    {"decompressobj", FN(zl_decompressobj), METH_FASTCALL | METH_KEYWORDS, "Return a decompressor object."},
    {"crc32", FN(zl_crc32), METH_FASTCALL, "Compute a CRC-32 checksum of data."},
    {"adler32", FN(zl_adler32), METH_FASTCALL, "Compute an Adler-32 checksum of data."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

} // namespace

TypeObject CompressType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "zlib.Compress";
  t.basicsize = sizeof(ZStreamObject);
  t.dealloc = zstream_dealloc;
  t.methods = compress_methods;
  return t;
}();
COIL_REGISTER_TYPE(CompressType);

TypeObject DecompressType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "zlib.Decompress";
  t.basicsize = sizeof(ZStreamObject);
  t.dealloc = zstream_dealloc;
  t.methods = decompress_methods;
  t.members = decompress_members;
  return t;
}();
COIL_REGISTER_TYPE(DecompressType);

namespace {

Object* zlib_module_init() {
  Object* m = module_new_str("zlib");
  if (!m)
    return nullptr;
  if (!zlib_error_class) {
    zlib_error_class = new_exception_class("zlib", "error", reinterpret_cast<Object*>(Exception));
    if (!zlib_error_class) {
      decref(m);
      return nullptr;
    }
  }
  if (module_add_functions(m, zlib_functions) < 0 || module_add_object(m, "error", zlib_error_class) < 0) {
    decref(m);
    return nullptr;
  }
  const std::pair<const char*, long> ints[] = {
      {"MAX_WBITS", MAX_WBITS},
      {"DEFLATED", Z_DEFLATED},
      {"DEF_MEM_LEVEL", DEF_MEM_LEVEL},
      {"DEF_BUF_SIZE", DEF_BUF_SIZE},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
      {"Z_BEST_SPEED", Z_BEST_SPEED},
      {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
      {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
      {"Z_FILTERED", Z_FILTERED},
      {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
      {"Z_RLE", Z_RLE},
      {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
      {"Z_NO_FLUSH", Z_NO_FLUSH},
      {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
      {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
      {"Z_FULL_FLUSH", Z_FULL_FLUSH},
      {"Z_FINISH", Z_FINISH},
      {"Z_BLOCK", Z_BLOCK},
      {"Z_TREES", Z_TREES},
  };
  for (auto& [name, value] : ints) {
    Object* v = int_from_i64(value);
    if (!v || module_add_object(m, name, v) < 0) {
      xdecref(v);
      decref(m);
      return nullptr;
    }
    decref(v);
  }
  const std::pair<const char*, const char*> strs[] = {{"ZLIB_VERSION", ZLIB_VERSION},
                                                      {"ZLIB_RUNTIME_VERSION", zlibVersion()}};
  for (auto& [name, value] : strs) {
    Object* v = str_from_ascii(value);
    if (!v || module_add_object(m, name, v) < 0) {
      xdecref(v);
      decref(m);
      return nullptr;
    }
    decref(v);
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("zlib", zlib_module_init);

} // namespace coil
