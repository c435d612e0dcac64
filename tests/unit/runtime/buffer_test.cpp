// Unit tests for the buffer protocol (runtime/objects/memoryview.h): exports
// of bytes, bytearray and memoryview, the bytearray resize lock, writable
// requests, contiguity and copying. The runtime is initialised by
// str_test.cpp's environment.
#include <gtest/gtest.h>

#include <string>

#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/int.h"
#include "runtime/objects/memoryview.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"

namespace coil {
namespace {

std::string pending_error() {
  Object* exc = err_fetch();
  if (!exc)
    return "";
  std::string s = type_name_of(exc);
  Object* m = object_str(exc);
  if (m) {
    s += ": " + str_to_std(m);
    decref(m);
  }
  decref(exc);
  return s;
}

TEST(Buffer, BytesExportIsReadOnlyAndContiguous) {
  Object* b = bytes_from("hello");
  BufferView v;
  ASSERT_EQ(object_get_buffer(b, &v, BUF_SIMPLE), 0);
  EXPECT_EQ(v.len, 5);
  EXPECT_EQ(v.itemsize, 1);
  EXPECT_TRUE(v.readonly);
  EXPECT_EQ(v.ndim, 1);
  EXPECT_STREQ(v.format, "B");
  EXPECT_EQ(std::string(v.buf, 5), "hello");
  EXPECT_TRUE(buffer_is_c_contiguous(&v));
  EXPECT_EQ(v.obj, b);
  buffer_release(&v);
  EXPECT_EQ(v.obj, nullptr);
  buffer_release(&v); // a second release does nothing
  BufferView w;
  EXPECT_EQ(object_get_buffer(b, &w, BUF_WRITABLE), -1);
  EXPECT_EQ(pending_error(), "TypeError: argument must be read-write bytes-like object, not bytes");
  decref(b);
}

TEST(Buffer, NonExporterIsRefused) {
  Object* i = int_from_i64(5);
  BufferView v;
  EXPECT_FALSE(object_has_buffer(i));
  EXPECT_EQ(object_get_buffer(i, &v, BUF_SIMPLE), -1);
  EXPECT_EQ(pending_error(), "TypeError: a bytes-like object is required, not 'int'");
  decref(i);
}

TEST(Buffer, BytearrayExportLocksResizing) {
  Object* ba = bytearray_from("abc");
  BufferView v;
  ASSERT_EQ(object_get_buffer(ba, &v, BUF_WRITABLE), 0);
  EXPECT_FALSE(v.readonly);
  EXPECT_EQ(static_cast<ByteArrayObject*>(ba)->exports, 1);
  v.buf[0] = 'X';
  Object* one = int_from_i64(1);
  Object* args[] = {one};
  Object* r = object_call_method(ba, "append", args, 1);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(pending_error(), "BufferError: Existing exports of data: object cannot be re-sized");
  buffer_release(&v);
  EXPECT_EQ(static_cast<ByteArrayObject*>(ba)->exports, 0);
  r = object_call_method(ba, "append", args, 1);
  ASSERT_NE(r, nullptr);
  decref(r);
  EXPECT_EQ(std::string_view(static_cast<ByteArrayObject*>(ba)->buffer, 4), std::string_view("Xbc\x01", 4));
  decref(one);
  decref(ba);
}

TEST(Buffer, MemoryviewExportsBlockRelease) {
  Object* b = bytes_from("abcdef");
  Object* m = memoryview_from_object(b);
  ASSERT_NE(m, nullptr);
  Object* bad_key = object_getitem(m, m);
  EXPECT_EQ(bad_key, nullptr);
  EXPECT_EQ(pending_error(), "TypeError: memoryview: invalid slice key");
  std::string_view d;
  EXPECT_TRUE(memoryview_simple_view(m, &d));
  EXPECT_EQ(d, "abcdef");
  BufferView v;
  ASSERT_EQ(object_get_buffer(m, &v, BUF_SIMPLE), 0);
  EXPECT_EQ(v.obj, m); // the consumer holds the memoryview
  Object* r = object_call_method(m, "release", nullptr, 0);
  EXPECT_EQ(r, nullptr);
  EXPECT_EQ(pending_error(), "BufferError: memoryview has 1 exported buffer");
  std::string out;
  buffer_to_bytes(&v, out);
  EXPECT_EQ(out, "abcdef");
  buffer_release(&v);
  Object* two = int_from_i64(2);
  Object* key = slice_new(nullptr, nullptr, two);
  Object* strided = object_getitem(m, key);
  ASSERT_NE(strided, nullptr);
  BufferView sv;
  ASSERT_EQ(object_get_buffer(strided, &sv, BUF_STRIDED), 0);
  EXPECT_FALSE(buffer_is_c_contiguous(&sv));
  EXPECT_EQ(sv.shape[0], 3);
  EXPECT_EQ(sv.strides[0], 2);
  buffer_to_bytes(&sv, out);
  EXPECT_EQ(out, "ace");
  buffer_release(&sv);
  EXPECT_EQ(object_get_buffer(strided, &sv, BUF_SIMPLE), -1);
  EXPECT_EQ(pending_error(), "BufferError: memoryview: underlying buffer is not C-contiguous");
  decref(strided);
  decref(key);
  decref(two);
  r = object_call_method(m, "release", nullptr, 0);
  ASSERT_NE(r, nullptr);
  decref(r);
  EXPECT_FALSE(memoryview_simple_view(m, &d));
  decref(m);
  decref(b);
}

TEST(Buffer, NativeItemSizesAndHalfFloats) {
  EXPECT_EQ(buffer_native_itemsize('B'), 1);
  EXPECT_EQ(buffer_native_itemsize('e'), 2);
  EXPECT_EQ(buffer_native_itemsize('i'), 4);
  EXPECT_EQ(buffer_native_itemsize('P'), 8);
  EXPECT_EQ(buffer_native_itemsize('z'), 0);
  EXPECT_EQ(buffer_half_to_double(0x3c00), 1.0);
  EXPECT_EQ(buffer_half_to_double(0xc000), -2.0);
  EXPECT_EQ(buffer_half_to_double(0x7bff), 65504.0);
  EXPECT_EQ(buffer_half_to_double(0x0001), 5.960464477539063e-08);
}

} // namespace
} // namespace coil
