// Unit tests for the heap walk (runtime/heap.h, runtime/alloc.h): every live
// object is visited once, with its GC header accounted for, small and large
// blocks alike; freed objects are no longer visited; the counters move in
// step. The runtime is initialised by str_test.cpp's global environment.
#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "runtime/alloc.h"
#include "runtime/gc.h"
#include "runtime/heap.h"
#include "runtime/object.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil {
namespace {

std::set<Object*> live_objects() {
  std::set<Object*> out;
  heap_for_each_object([](Object* o, void* arg) { static_cast<std::set<Object*>*>(arg)->insert(o); }, &out);
  return out;
}

TEST(Heap, VisitsEveryLiveObjectOnce) {
  ssize blocks0 = heap_live_blocks();
  std::vector<Object*> made;
  made.push_back(str_from_utf8("a string that is not interned")); // plain, small
  made.push_back(list_new(0));                                    // GC, small
  made.push_back(str_from_utf8(std::string(2000, 'x')));          // plain, large
  made.push_back(tuple_new(100));                                 // GC, large
  for (Object* o : made)
    ASSERT_NE(o, nullptr);
  EXPECT_EQ(heap_live_blocks(), blocks0 + 4);
  EXPECT_EQ(heap_live_blocks(), live_object_count());
  std::set<Object*> seen = live_objects();
  EXPECT_EQ(static_cast<ssize>(seen.size()), heap_live_blocks());
  for (Object* o : made)
    EXPECT_TRUE(seen.count(o)) << type_name_of(o);
  ssize refs = heap_total_refcount();
  incref(made[0]);
  EXPECT_EQ(heap_total_refcount(), refs + 1);
  decref(made[0]);
  for (Object* o : made)
    decref(o);
  EXPECT_EQ(heap_live_blocks(), blocks0);
  seen = live_objects();
  EXPECT_EQ(static_cast<ssize>(seen.size()), blocks0);
}

TEST(Heap, FreedBlocksAreReusedAndNotVisited) {
  Object* a = list_new(0);
  Object* b = list_new(0);
  decref(a);
  std::set<Object*> seen = live_objects();
  EXPECT_FALSE(seen.count(a));
  EXPECT_TRUE(seen.count(b));
  decref(b);
}

} // namespace
} // namespace coil
