// sys.getallocatedblocks(): the number of live heap objects (allocated by
// object_alloc/gc_alloc and not freed). CPython reports pymalloc blocks;
// Coil counts objects, which serves the same purpose: a program that runs
// the same code twice and sees the number grow is leaking.
//
// Invariants
// - The count is maintained by runtime/gc.cpp's allocators; static objects
//   (types, None, small ints) are never counted.
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

Object* sys_getallocatedblocks(Object*, Object*) {
  return int_from_i64(live_object_count());
}

MethodDef getallocatedblocks_def = {"getallocatedblocks", sys_getallocatedblocks, METH_NOARGS,
                                    "Return the number of memory blocks currently allocated."};

} // namespace

int sys_add_object_counters(Object* sysdict) {
  Object* module_name = dict_getitem_str(sysdict, "__name__");
  Object* fn = builtin_function_new(&getallocatedblocks_def, nullptr, module_name);
  if (!fn)
    return -1;
  int r = dict_setitem_str(sysdict, "getallocatedblocks", fn);
  decref(fn);
  return r;
}

} // namespace coil
