// See binary_util.h.
#include "runtime/modules/binary_util.h"

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
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
