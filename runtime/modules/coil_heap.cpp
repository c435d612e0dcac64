// The `_coil_heap` module: Coil's view of its own heap, for the leak check
// (lib/_coil_leakcheck.py) and -X showrefcount users. CPython offers such
// figures only in debug builds (sys.gettotalrefcount, sys.getobjects), and
// test suites take their presence as the sign of a debug build, so Coil
// keeps them out of `sys`.
//
//   total_refcount()  sum of the reference counts of live heap objects
//   live_blocks()     live heap objects (sys.getallocatedblocks())
//   count_by_type()   {type name: live objects of that type}
//   clear_caches()    empties the caches that hold references legitimately
//                     (the type attribute cache)
//
// Invariants
// - count_by_type tallies in C++ first and builds its dict afterwards, so
//   the figures do not include the result's own objects.
#include <map>
#include <string>

#include "runtime/errors.h"
#include "runtime/heap.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

Object* heap_total_refcount_fn(Object*, Object*) {
  return int_from_i64(heap_total_refcount());
}

Object* heap_live_blocks_fn(Object*, Object*) {
  return int_from_i64(heap_live_blocks());
}

Object* heap_count_by_type(Object*, Object*) {
  std::map<std::string, ssize> counts;
  heap_for_each_object(
      [](Object* o, void* arg) {
        auto& m = *static_cast<std::map<std::string, ssize>*>(arg);
        m[o->type->name ? o->type->name : "?"]++;
      },
      &counts);
  Object* d = dict_new();
  if (!d)
    return nullptr;
  for (auto& [name, n] : counts) {
    Object* v = int_from_i64(n);
    if (!v || dict_setitem_str(d, name.c_str(), v) < 0) {
      xdecref(v);
      decref(d);
      return nullptr;
    }
    decref(v);
  }
  return d;
}

Object* heap_clear_caches(Object*, Object*) {
  type_clear_cache();
  return newref(None);
}

MethodDef heap_methods[] = {
    {"total_refcount", heap_total_refcount_fn, METH_NOARGS,
     "total_refcount($module, /)\n--\n\nSum of the reference counts of the live heap objects."},
    {"live_blocks", heap_live_blocks_fn, METH_NOARGS,
     "live_blocks($module, /)\n--\n\nNumber of live heap objects (blocks of Coil's allocator)."},
    {"count_by_type", heap_count_by_type, METH_NOARGS,
     "count_by_type($module, /)\n--\n\nA dict: type name -> number of live heap objects of that type."},
    {"clear_caches", heap_clear_caches, METH_NOARGS,
     "clear_caches($module, /)\n--\n\nEmpty the caches that keep references (the type attribute cache)."},
    {},
};

Object* coil_heap_module_init() {
  Object* m = module_new_str("_coil_heap");
  if (!m)
    return nullptr;
  if (module_add_functions(m, heap_methods) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_coil_heap", coil_heap_module_init);

} // namespace coil
