// The buffer protocol and memoryview.
//
// A type exports its memory by pointing TypeObject::as_buffer at a
// BufferProcs (bytes, bytearray and memoryview do; array may). Consumers
// call object_get_buffer(), use the view, then buffer_release().
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/object.h"

namespace coil {

constexpr int BUFFER_MAX_NDIM = 64;

enum BufferFlags : int {
  BUF_SIMPLE = 0,   // read access, C-contiguous bytes
  BUF_WRITABLE = 1, // refuse read-only exporters
  BUF_STRIDED = 2,  // the consumer handles shape/strides (memoryview)
};

// One export of an object's memory. Filled by the exporter's `get`; `obj`
// holds a strong reference to the exporter until buffer_release().
struct BufferView {
  char* buf;      // first byte of the first item
  Object* obj;    // the exporter (strong), nullptr once released
  ssize len;      // bytes covered (product of shape * itemsize)
  ssize itemsize; // bytes per item
  bool readonly;
  int ndim;           // 0..BUFFER_MAX_NDIM
  const char* format; // struct-module item format ("B", "<h", ...), static storage
  ssize shape[BUFFER_MAX_NDIM];
  ssize strides[BUFFER_MAX_NDIM];
};

// Gets a buffer from `o` (0), or raises TypeError "a bytes-like object is
// required, not 'X'" / BufferError and returns -1. With BUF_WRITABLE a
// read-only exporter raises TypeError "argument must be read-write
// bytes-like object, not X"... (callers choose their own message through
// object_get_buffer_msg when CPython's differs).
int object_get_buffer(Object* o, BufferView* view, int flags);
// True if o's type (or a base) exports buffers.
bool object_has_buffer(Object* o) noexcept;
// Ends an export: the exporter's release hook runs and obj is dropped.
void buffer_release(BufferView* view);
// True when the view's items are laid out in C order with no gaps.
bool buffer_is_c_contiguous(const BufferView* view) noexcept;
// Copies a view's bytes in logical (C) order into `out`.
void buffer_to_bytes(const BufferView* view, std::string& out);

// For get_bytes_like(): a C-contiguous memoryview's bytes, without an
// export (valid while the caller keeps `o` alive and unreleased). False when
// `o` is not a memoryview or not contiguous or released.
bool memoryview_simple_view(Object* o, std::string_view* out) noexcept;

// Bytes per value of a struct-module format code in native mode ('x', 's'
// and 'p' count 1), or 0 when `c` is not a format code.
ssize buffer_native_itemsize(char c) noexcept;
// The value of an IEEE 754 binary16 ('e' format).
double buffer_half_to_double(uint16_t h) noexcept;

extern TypeObject MemoryViewType;
inline bool memoryview_check(Object* o) noexcept {
  return o->type == &MemoryViewType;
}
// memoryview(o), new reference.
Object* memoryview_from_object(Object* o);

} // namespace coil
