// bytes and bytearray.
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace coil {

struct BytesObject : VarObject { // size = number of bytes
  hash_t hash;   // -1 until computed
  char data[1];  // size + 1 bytes, NUL-terminated
};
struct ByteArrayObject : VarObject {
  ssize allocated;
  char* buffer;
  ssize exports; // active buffer exports (memoryview); resizing is refused while > 0
};

inline bool bytes_check(Object* o) noexcept { return type_has_flag(o->type, TPFLAG_BYTES_SUBCLASS); }
inline bool bytearray_check(Object* o) noexcept { return o->type == &ByteArrayType || type_is_subtype(o->type, &ByteArrayType); }
inline const char* bytes_data(Object* o) noexcept { return static_cast<BytesObject*>(o)->data; }
inline ssize bytes_size(Object* o) noexcept { return static_cast<BytesObject*>(o)->size; }
inline std::string_view bytes_view(Object* o) noexcept { return {bytes_data(o), static_cast<size_t>(bytes_size(o))}; }

Object* bytes_from(std::string_view data);
Object* bytes_new_uninit(ssize size); // contents to be filled by the caller
Object* bytes_repr(Object* b);        // b'...' as CPython
Object* bytearray_from(std::string_view data);
hash_t bytes_hash(Object* b) noexcept;

} // namespace coil
