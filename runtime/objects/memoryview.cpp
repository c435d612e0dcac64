// The buffer protocol (object_get_buffer/buffer_release), the exporters of
// bytes and bytearray, and the memoryview type.
//
// Invariants
// - A live memoryview holds one export (`view`) of its root exporter
//   (bytes, bytearray, array...: never another memoryview): memoryview(m),
//   m[a:b], m.cast() and m.toreadonly() take a fresh export of m's root and
//   then narrow buf/shape/strides/format. So a bytearray stays locked
//   (BufferError on resize) exactly while some view of it is unreleased,
//   and releasing one view never invalidates another.
// - `view.format` always points at static storage (format_literal()).
// - A released memoryview has view.obj == nullptr; every operation except
//   release(), repr and comparisons raises ValueError.
// - `exports` counts buffers handed out by this memoryview; release() is
//   refused while it is > 0.
// - Items are read and written in native byte order (the machine is
//   little-endian LP64); formats are the struct module's single native codes.
#include "runtime/objects/memoryview.h"

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

// ---------------------------------------------------------------- protocol

static BufferProcs* find_procs(TypeObject* t) noexcept {
  for (; t; t = t->base)
    if (t->as_buffer)
      return t->as_buffer;
  return nullptr;
}

bool object_has_buffer(Object* o) noexcept {
  return find_procs(o->type) != nullptr;
}

int object_get_buffer(Object* o, BufferView* view, int flags) {
  BufferProcs* procs = find_procs(o->type);
  if (!procs) {
    err_format(TypeError, "a bytes-like object is required, not '{}'", type_name_of(o));
    return -1;
  }
  view->obj = nullptr;
  if (procs->get(o, view, flags) < 0)
    return -1;
  if ((flags & BUF_WRITABLE) && view->readonly) {
    buffer_release(view);
    err_format(TypeError, "argument must be read-write bytes-like object, not {}", arg_type_name(o));
    return -1;
  }
  if (!(flags & BUF_STRIDED) && !buffer_is_c_contiguous(view)) {
    buffer_release(view);
    err_set_string(BufferError, "memoryview: underlying buffer is not C-contiguous");
    return -1;
  }
  return 0;
}

void buffer_release(BufferView* view) {
  Object* obj = view->obj;
  if (!obj)
    return;
  view->obj = nullptr;
  BufferProcs* procs = find_procs(obj->type);
  if (procs && procs->release)
    procs->release(obj, view);
  decref(obj);
}

bool buffer_is_c_contiguous(const BufferView* view) noexcept {
  ssize expected = view->itemsize;
  for (int d = view->ndim - 1; d >= 0; d--) {
    if (view->shape[d] == 0)
      return true;
    if (view->shape[d] > 1 && view->strides[d] != expected)
      return false;
    expected *= view->shape[d];
  }
  return true;
}

static bool is_f_contiguous(const BufferView* view) noexcept {
  ssize expected = view->itemsize;
  for (int d = 0; d < view->ndim; d++) {
    if (view->shape[d] == 0)
      return true;
    if (view->shape[d] > 1 && view->strides[d] != expected)
      return false;
    expected *= view->shape[d];
  }
  return true;
}

// Calls f(pointer to item) for each item in C order (or Fortran order).
template <class F> static void for_each_item(const BufferView* v, bool fortran, F&& f) {
  ssize total = 1;
  for (int d = 0; d < v->ndim; d++)
    total *= v->shape[d];
  if (total == 0)
    return;
  ssize idx[BUFFER_MAX_NDIM] = {};
  for (ssize n = 0; n < total; n++) {
    const char* p = v->buf;
    for (int d = 0; d < v->ndim; d++)
      p += idx[d] * v->strides[d];
    f(p);
    if (fortran) {
      for (int d = 0; d < v->ndim; d++) {
        if (++idx[d] < v->shape[d])
          break;
        idx[d] = 0;
      }
    } else {
      for (int d = v->ndim - 1; d >= 0; d--) {
        if (++idx[d] < v->shape[d])
          break;
        idx[d] = 0;
      }
    }
  }
}

void buffer_to_bytes(const BufferView* view, std::string& out) {
  out.clear();
  if (buffer_is_c_contiguous(view)) {
    out.assign(view->buf, static_cast<size_t>(view->len));
    return;
  }
  for_each_item(view, false, [&](const char* p) { out.append(p, static_cast<size_t>(view->itemsize)); });
}

static void fill_1d_bytes(BufferView* view, Object* obj, char* buf, ssize len, bool readonly) {
  view->buf = buf;
  view->obj = newref(obj);
  view->len = len;
  view->itemsize = 1;
  view->readonly = readonly;
  view->ndim = 1;
  view->format = "B";
  view->shape[0] = len;
  view->strides[0] = 1;
}

static int bytes_getbuffer(Object* o, BufferView* view, int) {
  fill_1d_bytes(view, o, static_cast<BytesObject*>(o)->data, bytes_size(o), true);
  return 0;
}
static int bytearray_getbuffer(Object* o, BufferView* view, int) {
  auto* ba = static_cast<ByteArrayObject*>(o);
  static char empty[1] = {0};
  fill_1d_bytes(view, o, ba->buffer ? ba->buffer : empty, ba->size, false);
  ba->exports++;
  return 0;
}
static void bytearray_releasebuffer(Object* o, BufferView*) {
  static_cast<ByteArrayObject*>(o)->exports--;
}
static BufferProcs bytes_buffer_procs = {bytes_getbuffer, nullptr};
static BufferProcs bytearray_buffer_procs = {bytearray_getbuffer, bytearray_releasebuffer};

// ---------------------------------------------------------------- items

// The static spelling of a supported native format ("B", "@h"...), or
// nullptr when `f` is not one.
static const char* format_literal(std::string_view f) {
  static const char* const formats[] = {"B",  "b",  "c",  "h",  "H",  "i",  "I",  "l",  "L",
                                        "q",  "Q",  "n",  "N",  "f",  "d",  "?",  "e",  "P",
                                        "@B", "@b", "@c", "@h", "@H", "@i", "@I", "@l", "@L",
                                        "@q", "@Q", "@n", "@N", "@f", "@d", "@?", "@e", "@P"};
  for (const char* s : formats)
    if (f == s)
      return s;
  return nullptr;
}
static char format_code(const char* fmt) {
  return fmt[0] == '@' ? fmt[1] : fmt[0];
}
ssize buffer_native_itemsize(char c) noexcept {
  switch (c) {
  case 'x':
  case 'c':
  case 'b':
  case 'B':
  case '?':
  case 's':
  case 'p':
    return 1;
  case 'h':
  case 'H':
  case 'e':
    return 2;
  case 'i':
  case 'I':
  case 'f':
    return 4;
  case 'l':
  case 'L':
  case 'q':
  case 'Q':
  case 'n':
  case 'N':
  case 'd':
  case 'P':
    return 8;
  default:
    return 0;
  }
}
static ssize format_itemsize(char c) {
  return buffer_native_itemsize(c);
}

double buffer_half_to_double(uint16_t h) noexcept {
  int exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
  double v = exp == 0    ? std::ldexp(mant, -24)
             : exp == 31 ? (mant ? NAN : INFINITY)
                         : std::ldexp(mant + 1024, exp - 25);
  return (h >> 15) ? -v : v;
}

template <class T> static T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}
template <class T> static void store(char* p, T v) {
  std::memcpy(p, &v, sizeof(T));
}

// Unpacks one item; nullptr + NotImplementedError for formats without
// struct support in memoryview.
static Object* unpack_item(const char* fmt, const char* p) {
  switch (format_code(fmt)) {
  case 'B':
    return int_from_i64(load<uint8_t>(p));
  case 'b':
    return int_from_i64(load<int8_t>(p));
  case 'c':
    return bytes_from(std::string_view(p, 1));
  case '?':
    return bool_from(*p != 0);
  case 'h':
    return int_from_i64(load<int16_t>(p));
  case 'H':
    return int_from_i64(load<uint16_t>(p));
  case 'i':
    return int_from_i64(load<int32_t>(p));
  case 'I':
    return int_from_i64(load<uint32_t>(p));
  case 'l':
  case 'q':
  case 'n':
    return int_from_i64(load<int64_t>(p));
  case 'L':
  case 'Q':
  case 'N':
  case 'P':
    return int_from_u64(load<uint64_t>(p));
  case 'f':
    return float_from_double(load<float>(p));
  case 'd':
    return float_from_double(load<double>(p));
  case 'e':
    return float_from_double(buffer_half_to_double(load<uint16_t>(p)));
  default:
    return err_format(NotImplementedError, "memoryview: format {} not supported", fmt);
  }
}

static int invalid_type(const char* fmt) {
  err_format(TypeError, "memoryview: invalid type for format '{}'", fmt);
  return -1;
}
static int invalid_value(const char* fmt) {
  err_format(ValueError, "memoryview: invalid value for format '{}'", fmt);
  return -1;
}

// Packs `v` into one item at p (no partial writes on failure).
static int pack_item(const char* fmt, char* p, Object* v) {
  char c = format_code(fmt);
  switch (c) {
  case 'c':
    if (!bytes_check(v))
      return invalid_type(fmt);
    if (bytes_size(v) != 1)
      return invalid_value(fmt);
    *p = bytes_data(v)[0];
    return 0;
  case '?': {
    int t = object_is_true(v);
    if (t < 0)
      return -1;
    *p = static_cast<char>(t);
    return 0;
  }
  case 'f':
  case 'd':
  case 'e': {
    if (!float_check(v) && !int_check(v) && !(v->type->as_number && v->type->as_number->float_))
      return invalid_type(fmt);
    Object* f = number_float(v);
    if (!f)
      return -1;
    double x = float_value(f);
    decref(f);
    if (c == 'f')
      store<float>(p, static_cast<float>(x));
    else if (c == 'd')
      store<double>(p, x);
    else
      return invalid_type(fmt); // half floats: read-only here, as in CPython 3.11
    return 0;
  }
  default:
    break;
  }
  if (!int_check(v) && !(v->type->as_number && v->type->as_number->index))
    return invalid_type(fmt);
  Object* n = number_index(v);
  if (!n)
    return -1;
  bool unsigned_code = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
  bool overflow = false;
  int64_t s = int_as_i64(n, &overflow);
  uint64_t u = static_cast<uint64_t>(s);
  if (overflow && unsigned_code && int_sign(n) > 0) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(n, z);
    overflow = mpz_sizeinbase(z, 2) > 64;
    if (!overflow)
      u = mpz_get_ui(z);
    mpz_clear(z);
    s = 0;
  } else if (!overflow && unsigned_code && s < 0) {
    overflow = true;
  }
  decref(n);
  if (overflow)
    return invalid_value(fmt);
  ssize size = format_itemsize(c);
  if (size < 8) {
    int bits = static_cast<int>(size * 8);
    if (unsigned_code ? u >> bits != 0 : (s < -(int64_t(1) << (bits - 1)) || s >= (int64_t(1) << (bits - 1))))
      return invalid_value(fmt);
  }
  switch (size) {
  case 1:
    store<uint8_t>(p, static_cast<uint8_t>(u));
    break;
  case 2:
    store<uint16_t>(p, static_cast<uint16_t>(u));
    break;
  case 4:
    store<uint32_t>(p, static_cast<uint32_t>(u));
    break;
  default:
    store<uint64_t>(p, u);
    break;
  }
  return 0;
}

// ---------------------------------------------------------------- memoryview

struct MemoryViewObject : Object {
  BufferView view; // the export of the root (obj nullptr once released)
  ssize exports;
  hash_t hash;
  Object* weakreflist;
};

static MemoryViewObject* MV(Object* o) {
  return static_cast<MemoryViewObject*>(o);
}

static int check_released(Object* self) {
  if (!MV(self)->view.obj) {
    err_set_string(ValueError, "operation forbidden on released memoryview object");
    return -1;
  }
  return 0;
}

// A new memoryview holding a fresh export of `root` (the exporter of an
// existing view or the object given to memoryview()).
static Object* mv_from_root(Object* root, int flags) {
  auto* m = static_cast<MemoryViewObject*>(object_alloc(&MemoryViewType, sizeof(MemoryViewObject)));
  if (!m)
    return nullptr;
  m->view.obj = nullptr;
  m->hash = -1;
  if (object_get_buffer(root, &m->view, flags | BUF_STRIDED) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

// A new view of the same memory as `src` (a live memoryview) with its
// layout copied.
static MemoryViewObject* mv_copy(Object* src) {
  auto* m = static_cast<MemoryViewObject*>(mv_from_root(MV(src)->view.obj, 0));
  if (!m)
    return nullptr;
  const BufferView& s = MV(src)->view;
  BufferView& d = m->view;
  d.buf = s.buf;
  d.len = s.len;
  d.itemsize = s.itemsize;
  d.readonly = s.readonly;
  d.ndim = s.ndim;
  d.format = s.format;
  for (int i = 0; i < s.ndim; i++) {
    d.shape[i] = s.shape[i];
    d.strides[i] = s.strides[i];
  }
  return m;
}

Object* memoryview_from_object(Object* o) {
  if (memoryview_check(o)) {
    if (check_released(o) < 0)
      return nullptr;
    return mv_copy(o);
  }
  if (!object_has_buffer(o))
    return err_format(TypeError, "memoryview: a bytes-like object is required, not '{}'", type_name_of(o));
  return mv_from_root(o, 0);
}

bool memoryview_simple_view(Object* o, std::string_view* out) noexcept {
  if (!memoryview_check(o) || !MV(o)->view.obj || !buffer_is_c_contiguous(&MV(o)->view))
    return false;
  *out = std::string_view(MV(o)->view.buf, static_cast<size_t>(MV(o)->view.len));
  return true;
}

static int mv_getbuffer(Object* self, BufferView* view, int flags) {
  if (check_released(self) < 0)
    return -1;
  const BufferView& s = MV(self)->view;
  *view = s;
  view->obj = newref(self);
  MV(self)->exports++;
  (void)flags;
  return 0;
}
static void mv_releasebuffer(Object* self, BufferView*) {
  MV(self)->exports--;
}
static BufferProcs memoryview_buffer_procs = {mv_getbuffer, mv_releasebuffer};

static void mv_dealloc(Object* self) {
  buffer_release(&MV(self)->view);
  object_free(self);
}

static Object* mv_new(TypeObject*, Object* args, Object* kwargs) {
  Object* obj = nullptr;
  ssize n = tuple_size(args);
  if (n > 1)
    return err_format(TypeError, "memoryview() takes at most 1 argument ({} given)",
                      n + (kwargs ? dict_size(kwargs) : 0));
  if (n == 1)
    obj = tuple_get(args, 0);
  if (kwargs) {
    Object *key, *value;
    ssize pos = 0;
    while (dict_next(kwargs, &pos, &key, &value)) {
      if (!str_equal_ascii(key, "object"))
        return err_format(TypeError, "'{}' is an invalid keyword argument for memoryview()", str_to_std(key));
      if (obj)
        return err_set_string(TypeError,
                              "argument for memoryview() given by name ('object') and position (1)");
      obj = value;
    }
  }
  if (!obj)
    return err_set_string(TypeError, "memoryview() missing required argument 'object' (pos 1)");
  return memoryview_from_object(obj);
}

static Object* mv_repr(Object* self) {
  const void* addr = self;
  if (MV(self)->view.obj)
    return str_from_utf8(fmt::format("<memory at {}>", addr));
  return str_from_utf8(fmt::format("<released memory at {}>", addr));
}

static ssize mv_length(Object* self) {
  if (check_released(self) < 0)
    return -1;
  if (MV(self)->view.ndim == 0) {
    err_set_string(TypeError, "0-dim memory has no length");
    return -1;
  }
  return MV(self)->view.shape[0];
}

// The address of item `index` along the first dimension.
static char* item_ptr_1d(BufferView& v, Object* key) {
  // PyNumber_AsSsize_t(key, PyExc_IndexError), as CPython.
  ssize i = number_as_ssize(key, IndexError);
  if (i == -1 && err_occurred())
    return nullptr;
  if (i < 0)
    i += v.shape[0];
  if (i < 0 || i >= v.shape[0]) {
    err_set_string(IndexError, "index out of bounds on dimension 1");
    return nullptr;
  }
  return v.buf + i * v.strides[0];
}

// The address of the item named by a tuple of indices (one per dimension).
static char* item_ptr_tuple(BufferView& v, Object* key) {
  ssize n = tuple_size(key);
  if (n < v.ndim) {
    err_set_string(NotImplementedError, "sub-views are not implemented");
    return nullptr;
  }
  if (n > v.ndim) {
    err_format(TypeError, "cannot index {}-dimension view with {}-element tuple", v.ndim, n);
    return nullptr;
  }
  char* p = v.buf;
  for (ssize d = 0; d < n; d++) {
    Object* k = tuple_get(key, d);
    if (!int_check(k) && !(k->type->as_number && k->type->as_number->index)) {
      err_set_string(TypeError, "memoryview: invalid slice key");
      return nullptr;
    }
    Object* idx = number_index(k);
    if (!idx)
      return nullptr;
    ssize i = int_as_ssize(idx);
    decref(idx);
    if (i == -1 && err_occurred())
      return nullptr;
    if (i < 0)
      i += v.shape[d];
    if (i < 0 || i >= v.shape[d]) {
      err_format(IndexError, "index out of bounds on dimension {}", d + 1);
      return nullptr;
    }
    p += i * v.strides[d];
  }
  return p;
}

static bool is_index(Object* k) {
  return int_check(k) || (k->type->as_number && k->type->as_number->index);
}

static bool tuple_all_slices(Object* key) {
  for (ssize i = 0; i < tuple_size(key); i++)
    if (!slice_check(tuple_get(key, i)))
      return false;
  return true;
}

static Object* mv_subscript(Object* self, Object* key) {
  if (check_released(self) < 0)
    return nullptr;
  BufferView& v = MV(self)->view;
  if (v.ndim == 0) {
    if (key == Ellipsis)
      return newref(self);
    if (tuple_check(key) && tuple_size(key) == 0)
      return unpack_item(v.format, v.buf);
    return err_set_string(TypeError, "invalid indexing of 0-dim memory");
  }
  if (is_index(key)) {
    if (v.ndim > 1)
      return err_set_string(NotImplementedError, "multi-dimensional sub-views are not implemented");
    char* p = item_ptr_1d(v, key);
    return p ? unpack_item(v.format, p) : nullptr;
  }
  if (slice_check(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0)
      return nullptr;
    ssize len = slice_adjust_indices(v.shape[0], &start, &stop, step);
    MemoryViewObject* m = mv_copy(self);
    if (!m)
      return nullptr;
    m->view.buf += start * v.strides[0];
    m->view.shape[0] = len;
    m->view.strides[0] = v.strides[0] * step;
    m->view.len = v.len / (v.shape[0] ? v.shape[0] : 1) * len;
    if (v.shape[0] == 0)
      m->view.len = 0;
    return m;
  }
  if (key == Ellipsis)
    return newref(self);
  if (tuple_check(key)) {
    if (tuple_size(key) > 0 && tuple_all_slices(key))
      return err_set_string(NotImplementedError, "multi-dimensional slicing is not implemented");
    char* p = item_ptr_tuple(v, key);
    return p ? unpack_item(v.format, p) : nullptr;
  }
  return err_set_string(TypeError, "memoryview: invalid slice key");
}

static int mv_ass_subscript(Object* self, Object* key, Object* value) {
  if (check_released(self) < 0)
    return -1;
  BufferView& v = MV(self)->view;
  if (v.readonly) {
    err_set_string(TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (!value) {
    err_set_string(TypeError, "cannot delete memory");
    return -1;
  }
  if (v.ndim == 0) {
    if (key == Ellipsis || (tuple_check(key) && tuple_size(key) == 0))
      return pack_item(v.format, v.buf, value);
    err_set_string(TypeError, "invalid indexing of 0-dim memory");
    return -1;
  }
  if (is_index(key)) {
    if (v.ndim > 1) {
      err_set_string(NotImplementedError, "sub-views are not implemented");
      return -1;
    }
    char* p = item_ptr_1d(v, key);
    return p ? pack_item(v.format, p, value) : -1;
  }
  if (tuple_check(key) && !tuple_all_slices(key)) {
    char* p = item_ptr_tuple(v, key);
    return p ? pack_item(v.format, p, value) : -1;
  }
  if (!slice_check(key)) {
    if (tuple_check(key))
      err_set_string(NotImplementedError,
                     "memoryview slice assignments are currently restricted to ndim = 1");
    else
      err_set_string(TypeError, "memoryview: invalid slice key");
    return -1;
  }
  if (v.ndim != 1) {
    err_set_string(NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    return -1;
  }
  BufferView src;
  if (object_get_buffer(value, &src, BUF_STRIDED) < 0)
    return -1;
  ssize start, stop, step;
  int r = -1;
  if (slice_unpack(key, &start, &stop, &step) == 0) {
    ssize len = slice_adjust_indices(v.shape[0], &start, &stop, step);
    if (src.ndim != 1 || src.shape[0] != len || src.itemsize != v.itemsize ||
        format_code(src.format) != format_code(v.format)) {
      err_set_string(ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    } else {
      std::string tmp;
      buffer_to_bytes(&src, tmp); // the source may overlap the destination
      for (ssize i = 0; i < len; i++)
        std::memcpy(v.buf + (start + i * step) * v.strides[0], tmp.data() + i * v.itemsize,
                    static_cast<size_t>(v.itemsize));
      r = 0;
    }
  }
  buffer_release(&src);
  return r;
}

// ---------------------------------------------------------------- comparison and hash

static Object* mv_richcompare(Object* self, Object* other, int op) {
  if (op != CMP_EQ && op != CMP_NE)
    return newref(NotImplemented);
  bool equal;
  if (!MV(self)->view.obj || (memoryview_check(other) && !MV(other)->view.obj)) {
    equal = self == other;
  } else {
    if (!object_has_buffer(other))
      return newref(NotImplemented);
    BufferView w;
    if (object_get_buffer(other, &w, BUF_STRIDED) < 0)
      return nullptr;
    const BufferView& v = MV(self)->view;
    equal = v.ndim == w.ndim;
    for (int d = 0; equal && d < v.ndim; d++)
      equal = v.shape[d] == w.shape[d];
    if (equal) {
      // Compare item by item as the struct module unpacks them.
      std::string a, b;
      std::vector<const char*> pa, pb;
      for_each_item(&v, false, [&](const char* p) { pa.push_back(p); });
      for_each_item(&w, false, [&](const char* p) { pb.push_back(p); });
      for (size_t i = 0; equal && i < pa.size(); i++) {
        Object* x = unpack_item(v.format, pa[i]);
        Object* y = x ? unpack_item(w.format, pb[i]) : nullptr;
        int r = y ? object_richcompare_bool(x, y, CMP_EQ) : -1;
        xdecref(x);
        xdecref(y);
        if (r < 0) {
          buffer_release(&w);
          return nullptr;
        }
        equal = r == 1;
      }
    }
    buffer_release(&w);
  }
  return bool_from(op == CMP_EQ ? equal : !equal);
}

static hash_t mv_hash(Object* self) {
  MemoryViewObject* m = MV(self);
  if (m->hash != -1)
    return m->hash;
  if (check_released(self) < 0)
    return -1;
  if (!m->view.readonly) {
    err_set_string(ValueError, "cannot hash writable memoryview object");
    return -1;
  }
  char c = format_code(m->view.format);
  if (c != 'B' && c != 'b' && c != 'c') {
    err_set_string(ValueError, "memoryview: hash is only supported for the formats 'B', 'b' or 'c'");
    return -1;
  }
  std::string data;
  buffer_to_bytes(&m->view, data);
  Object* b = bytes_from(data);
  if (!b)
    return -1;
  m->hash = bytes_hash(b);
  decref(b);
  return m->hash;
}

// ---------------------------------------------------------------- methods

static Object* mv_release(Object* self, Object*) {
  MemoryViewObject* m = MV(self);
  if (m->exports > 0)
    return err_format(BufferError, "memoryview has {} exported buffer{}", m->exports,
                      m->exports > 1 ? "s" : "");
  buffer_release(&m->view);
  return none_new();
}

static Object* mv_enter(Object* self, Object*) {
  if (check_released(self) < 0)
    return nullptr;
  return newref(self);
}
static Object* mv_exit(Object* self, Object* const*, ssize) {
  return mv_release(self, nullptr);
}

static Object* mv_tobytes(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"order"};
  Object* order;
  if (!clinic_call_args({"tobytes", names, 1, 0, 0, 1, 0}, args, nargs, kwnames, &order))
    return nullptr;
  if (check_released(self) < 0)
    return nullptr;
  bool fortran = false;
  if (order && order != None) {
    if (!str_check(order))
      return err_format(TypeError, "tobytes() argument 'order' must be str or None, not {}",
                        arg_type_name(order));
    std::string o = str_to_std(order);
    if (o != "C" && o != "F" && o != "A")
      return err_set_string(ValueError, "order must be 'C', 'F' or 'A'");
    fortran = o == "F" ||
              (o == "A" && is_f_contiguous(&MV(self)->view) && !buffer_is_c_contiguous(&MV(self)->view));
  }
  const BufferView& v = MV(self)->view;
  std::string out;
  if (fortran)
    for_each_item(&v, true, [&](const char* p) { out.append(p, static_cast<size_t>(v.itemsize)); });
  else
    buffer_to_bytes(&v, out);
  return bytes_from(out);
}

static Object* tolist_rec(const BufferView& v, const char* p, int dim) {
  if (dim == v.ndim)
    return unpack_item(v.format, p);
  Object* l = list_new(v.shape[dim]);
  if (!l)
    return nullptr;
  for (ssize i = 0; i < v.shape[dim]; i++) {
    Object* x = tolist_rec(v, p + i * v.strides[dim], dim + 1);
    if (!x) {
      decref(l);
      return nullptr;
    }
    list_set(l, i, x);
  }
  return l;
}

static Object* mv_tolist(Object* self, Object*) {
  if (check_released(self) < 0)
    return nullptr;
  return tolist_rec(MV(self)->view, MV(self)->view.buf, 0);
}

static Object* mv_hex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (check_released(self) < 0)
    return nullptr;
  std::string data;
  buffer_to_bytes(&MV(self)->view, data);
  Object* b = bytes_from(data);
  if (!b)
    return nullptr;
  Object* meth = object_getattr_str(b, "hex");
  decref(b);
  if (!meth)
    return nullptr;
  Object* r = object_vectorcall(meth, args, static_cast<size_t>(nargs), kwnames);
  decref(meth);
  return r;
}

static Object* mv_toreadonly(Object* self, Object*) {
  if (check_released(self) < 0)
    return nullptr;
  MemoryViewObject* m = mv_copy(self);
  if (m)
    m->view.readonly = true;
  return m;
}

static bool byte_format(const char* fmt) {
  char c = format_code(fmt);
  return c == 'B' || c == 'b' || c == 'c';
}

static Object* mv_cast(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"format", "shape"};
  Object* parsed[2];
  if (!clinic_call_args({"cast", names, 2, 0, 1, 2, 0}, args, nargs, kwnames, parsed))
    return nullptr;
  Object *format = parsed[0], *shape = parsed[1];
  if (!str_check(format))
    return err_format(TypeError, "cast() argument 'format' must be str, not {}", arg_type_name(format));
  if (check_released(self) < 0)
    return nullptr;
  const BufferView& v = MV(self)->view;
  if (!buffer_is_c_contiguous(&v))
    return err_set_string(TypeError, "memoryview: casts are restricted to C-contiguous views");
  if (shape == None)
    shape = nullptr;
  if (shape && !list_check(shape) && !tuple_check(shape))
    return err_set_string(TypeError, "shape must be a list or a tuple");
  ssize dest_ndim = shape ? (list_check(shape) ? list_size(shape) : tuple_size(shape)) : 1;
  if (dest_ndim > BUFFER_MAX_NDIM)
    return err_set_string(ValueError, "memoryview: number of dimensions must not exceed 64");
  if (v.ndim != 1 && dest_ndim != 1)
    return err_set_string(TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
  const char* fmt = format_literal(str_to_std(format));
  if (!fmt)
    return err_set_string(ValueError,
                          "memoryview: destination format must be a native single character format "
                          "prefixed with an optional '@'");
  if (!byte_format(v.format) && !byte_format(fmt))
    return err_set_string(TypeError, "memoryview: cannot cast between two non-byte formats");
  ssize itemsize = format_itemsize(format_code(fmt));
  ssize new_shape[BUFFER_MAX_NDIM];
  int ndim = 1;
  if (shape) {
    if (v.len % itemsize != 0)
      return err_set_string(TypeError, "memoryview: length is not a multiple of itemsize");
    ssize n = dest_ndim;
    ndim = static_cast<int>(n);
    ssize product = 1;
    for (ssize i = 0; i < n; i++) {
      Object* x = list_check(shape) ? list_get(shape, i) : tuple_get(shape, i);
      if (!int_check(x))
        return err_set_string(TypeError, "memoryview.cast(): elements of shape must be integers");
      ssize d = int_as_ssize(x);
      if (d == -1 && err_occurred())
        return nullptr;
      if (d <= 0)
        return err_set_string(ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      new_shape[i] = d;
      product *= d;
    }
    if (product * itemsize != v.len)
      return err_set_string(TypeError, "memoryview: product(shape) * itemsize != buffer size");
  } else {
    if (v.len % itemsize != 0)
      return err_set_string(TypeError, "memoryview: length is not a multiple of itemsize");
    new_shape[0] = v.len / itemsize;
  }
  MemoryViewObject* m = mv_copy(self);
  if (!m)
    return nullptr;
  BufferView& d = m->view;
  d.format = fmt;
  d.itemsize = itemsize;
  d.ndim = ndim;
  ssize stride = itemsize;
  for (int i = ndim - 1; i >= 0; i--) {
    d.shape[i] = new_shape[i];
    d.strides[i] = stride;
    stride *= new_shape[i];
  }
  return m;
}

static Object* mv_sizeof(Object* self, Object*) {
  return int_from_i64(self->type->basicsize);
}

#define FN(f) reinterpret_cast<MethodFn>(reinterpret_cast<void*>(f))
static MethodDef mv_methods[] = {
    {"cast", FN(mv_cast), METH_FASTCALL | METH_KEYWORDS, "Cast a memoryview to a new format or shape."},
    {"hex", FN(mv_hex), METH_FASTCALL | METH_KEYWORDS,
     "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", mv_release, METH_NOARGS, "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", FN(mv_tobytes), METH_FASTCALL | METH_KEYWORDS,
     "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, METH_NOARGS, "Return the data in the buffer as a list of elements."},
    {"toreadonly", mv_toreadonly, METH_NOARGS, "Return a readonly version of the memoryview."},
    {"__enter__", mv_enter, METH_NOARGS, nullptr},
    {"__exit__", FN(mv_exit), METH_FASTCALL | METH_VARARGS_ERRORS, nullptr},
    {"__sizeof__", mv_sizeof, METH_NOARGS, "Return the size of the object in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

// ---------------------------------------------------------------- attributes

static Object* shape_tuple(const BufferView& v, bool strides) {
  Object* t = tuple_new(v.ndim);
  if (!t)
    return nullptr;
  for (int i = 0; i < v.ndim; i++) {
    Object* x = int_from_i64(strides ? v.strides[i] : v.shape[i]);
    if (!x) {
      decref(t);
      return nullptr;
    }
    tuple_set(t, i, x);
  }
  return t;
}

static Object* get_obj(Object* self, void*) {
  return check_released(self) < 0 ? nullptr : newref(MV(self)->view.obj);
}
static Object* get_nbytes(Object* self, void*) {
  return check_released(self) < 0 ? nullptr : int_from_i64(MV(self)->view.len);
}
static Object* get_readonly(Object* self, void*) {
  return check_released(self) < 0 ? nullptr : bool_from(MV(self)->view.readonly);
}
static Object* get_itemsize(Object* self, void*) {
  return check_released(self) < 0 ? nullptr : int_from_i64(MV(self)->view.itemsize);
}
static Object* get_format(Object* self, void*) {
  return check_released(self) < 0 ? nullptr : str_from_ascii(MV(self)->view.format);
}
static Object* get_ndim(Object* self, void*) {
  return check_released(self) < 0 ? nullptr : int_from_i64(MV(self)->view.ndim);
}
static Object* get_shape(Object* self, void*) {
  return check_released(self) < 0 ? nullptr : shape_tuple(MV(self)->view, false);
}
static Object* get_strides(Object* self, void*) {
  return check_released(self) < 0 ? nullptr : shape_tuple(MV(self)->view, true);
}
static Object* get_suboffsets(Object* self, void*) {
  return check_released(self) < 0 ? nullptr : tuple_empty();
}
static Object* get_c_contiguous(Object* self, void*) {
  return check_released(self) < 0 ? nullptr : bool_from(buffer_is_c_contiguous(&MV(self)->view));
}
static Object* get_f_contiguous(Object* self, void*) {
  return check_released(self) < 0 ? nullptr : bool_from(is_f_contiguous(&MV(self)->view));
}
static Object* get_contiguous(Object* self, void*) {
  if (check_released(self) < 0)
    return nullptr;
  return bool_from(buffer_is_c_contiguous(&MV(self)->view) || is_f_contiguous(&MV(self)->view));
}

static GetSetDef mv_getset[] = {
    {"obj", get_obj, nullptr, "The underlying object of the memoryview.", nullptr},
    {"nbytes", get_nbytes, nullptr,
     "The amount of space in bytes that the array would use in\n a contiguous representation.", nullptr},
    {"readonly", get_readonly, nullptr, "A bool indicating whether the memory is read only.", nullptr},
    {"itemsize", get_itemsize, nullptr, "The size in bytes of each element of the memoryview.", nullptr},
    {"format", get_format, nullptr,
     "A string containing the format (in struct module style)\n for each element in the view.", nullptr},
    {"ndim", get_ndim, nullptr,
     "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents.",
     nullptr},
    {"shape", get_shape, nullptr,
     "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array.", nullptr},
    {"strides", get_strides, nullptr,
     "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the "
     "array.",
     nullptr},
    {"suboffsets", get_suboffsets, nullptr, "A tuple of integers used internally for PIL-style arrays.",
     nullptr},
    {"c_contiguous", get_c_contiguous, nullptr, "A bool indicating whether the memory is C contiguous.",
     nullptr},
    {"f_contiguous", get_f_contiguous, nullptr, "A bool indicating whether the memory is Fortran contiguous.",
     nullptr},
    {"contiguous", get_contiguous, nullptr, "A bool indicating whether the memory is contiguous.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------- iterator

namespace {
struct MemoryIterObject : Object {
  Object* mv; // nullptr when exhausted
  ssize index;
};
} // namespace

extern TypeObject MemoryIterType;

static Object* mv_iter(Object* self) {
  if (check_released(self) < 0)
    return nullptr;
  const BufferView& v = MV(self)->view;
  if (v.ndim == 0)
    return err_set_string(TypeError, "invalid indexing of 0-dim memory");
  if (v.ndim != 1)
    return err_set_string(NotImplementedError, "multi-dimensional sub-views are not implemented");
  auto* it = static_cast<MemoryIterObject*>(object_alloc(&MemoryIterType, sizeof(MemoryIterObject)));
  if (!it)
    return nullptr;
  it->mv = newref(self);
  it->index = 0;
  return it;
}

static Object* memiter_next(Object* self) {
  auto* it = static_cast<MemoryIterObject*>(self);
  if (!it->mv)
    return nullptr;
  if (check_released(it->mv) < 0)
    return nullptr;
  const BufferView& v = MV(it->mv)->view;
  if (it->index >= v.shape[0]) {
    clear_ref(it->mv);
    return nullptr;
  }
  return unpack_item(v.format, v.buf + it->index++ * v.strides[0]);
}
static void memiter_dealloc(Object* self) {
  xdecref(static_cast<MemoryIterObject*>(self)->mv);
  object_free(self);
}
static Object* memiter_iter(Object* self) {
  return newref(self);
}

TypeObject MemoryIterType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "memory_iterator";
  t.basicsize = sizeof(MemoryIterObject);
  t.dealloc = memiter_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_DISALLOW_INSTANTIATION;
  t.iter = memiter_iter;
  t.iternext = memiter_next;
  return t;
}();
COIL_REGISTER_TYPE(MemoryIterType);

static SequenceMethods mv_as_sequence = {
    .length = mv_length,
};
static MappingMethods mv_as_mapping = {
    .length = mv_length,
    .subscript = mv_subscript,
    .ass_subscript = mv_ass_subscript,
};

TypeObject MemoryViewType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "memoryview";
  t.basicsize = sizeof(MemoryViewObject);
  t.dealloc = mv_dealloc;
  t.repr = mv_repr;
  t.as_sequence = &mv_as_sequence;
  t.as_mapping = &mv_as_mapping;
  t.hash = mv_hash;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_SEQUENCE;
  t.doc = "Create a new memoryview object which references the given object.";
  t.richcompare = mv_richcompare;
  t.weaklistoffset = offsetof(MemoryViewObject, weakreflist);
  t.iter = mv_iter;
  t.methods = mv_methods;
  t.getset = mv_getset;
  t.new_ = mv_new;
  t.as_buffer = &memoryview_buffer_procs;
  return t;
}();
COIL_REGISTER_TYPE(MemoryViewType);

static int install_buffer_exporters() {
  BytesType.as_buffer = &bytes_buffer_procs;
  ByteArrayType.as_buffer = &bytearray_buffer_procs;
  return 0;
}
COIL_REGISTER_INIT(0, install_buffer_exporters);

} // namespace coil
