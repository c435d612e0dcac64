// See binary_util.h.
#include "runtime/modules/binary_util.h"

#include <zlib.h>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/str_impl.h"
#include "runtime/objects/tuple.h"

namespace coil {

bool peek_bytes_like(Object* o, std::string_view* out) noexcept {
  return get_bytes_like(o, out) || array_peek_buffer(o, out);
}

bool require_bytes_like(Object* o, std::string_view* out) {
  if (peek_bytes_like(o, out))
    return true;
  err_format(TypeError, "a bytes-like object is required, not '{}'", type_name_of(o));
  return false;
}

bool uint32_arg(Object* o, uint32_t* out) {
  if (!int_check(o)) {
    err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(o));
    return false;
  }
  bool overflow;
  int64_t v = int_as_i64(o, &overflow);
  if (overflow) {
    Object* mask = int_from_i64(0xffffffff);
    Object* r = mask ? binary_op(o, mask, NB_AND) : nullptr;
    xdecref(mask);
    if (!r)
      return false;
    v = int_as_i64(r, &overflow);
    decref(r);
  }
  *out = static_cast<uint32_t>(v);
  return true;
}

uint32_t crc32_update(uint32_t start, std::string_view data) noexcept {
  uLong c = start;
  const auto* p = reinterpret_cast<const Bytef*>(data.data());
  size_t n = data.size();
  while (n > 0) {
    uInt chunk = n > 0x40000000 ? 0x40000000 : static_cast<uInt>(n);
    c = ::crc32(c, p, chunk);
    p += chunk;
    n -= chunk;
  }
  return static_cast<uint32_t>(c);
}

Object* new_exception_class(const char* module, const char* name, Object* base) {
  Object* dict = dict_new();
  Object* mod = dict ? str_from_utf8(module) : nullptr;
  Object* bases = mod ? tuple_pack({base}) : nullptr;
  Object* nm = bases ? str_from_utf8(name) : nullptr;
  Object* result = nullptr;
  if (nm && dict_setitem_str(dict, "__module__", mod) == 0) {
    Object* args = tuple_pack({nm, bases, dict});
    if (args) {
      result = object_call(reinterpret_cast<Object*>(&TypeType), args, nullptr);
      decref(args);
    }
  }
  xdecref(nm);
  xdecref(bases);
  xdecref(mod);
  xdecref(dict);
  return result;
}

} // namespace coil
