// Helpers shared by the binary-data modules (binascii, zlib, array).
//
// Invariants
// - bytes-like objects are read through peek_bytes_like/require_bytes_like
//   only: whatever the runtime's get_bytes_like accepts (bytes, bytearray)
//   plus array.array. The view stays valid while the object lives and is
//   not resized.
// - Failing helpers set CPython 3.11's exception and return false/nullptr.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/object.h"

namespace coil {

// The bytes of a bytes-like object, or false with
// TypeError "a bytes-like object is required, not 'T'".
bool require_bytes_like(Object* o, std::string_view* out);
// Like require_bytes_like, without raising: false when o is not bytes-like.
bool peek_bytes_like(Object* o, std::string_view* out) noexcept;

// The bytes of an array.array (array.cpp); false when o is not an array.
bool array_peek_buffer(Object* o, std::string_view* out) noexcept;

// An int argument truncated to its low 32 bits (CPython's "I" converter,
// used for CRC start values); TypeError for non-ints.
bool uint32_arg(Object* o, uint32_t* out);
// crc32 of data continuing from `start`, through the system zlib
// (fed in 1 GiB pieces).
uint32_t crc32_update(uint32_t start, std::string_view data) noexcept;

// A new exception class MODULE.NAME deriving from `base` (PyErr_NewException).
Object* new_exception_class(const char* module, const char* name, Object* base);

} // namespace coil
