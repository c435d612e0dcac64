// The `gc` module: the Python face of the cycle collector (runtime/gc.h).
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

Object* gc_collect_fn(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nargs + nkw > 1)
    return err_format(TypeError, "collect() takes at most 1 argument ({} given)", nargs + nkw);
  Object* gen_obj = nullptr;
  if (nargs == 1)
    gen_obj = args[0];
  else if (nkw == 1) {
    if (!str_equal_ascii(tuple_get(kwnames, 0), "generation"))
      return err_format(TypeError, "collect() got an unexpected keyword argument '{}'",
                        str_view(tuple_get(kwnames, 0)));
    gen_obj = args[0];
  }
  int generation = 2;
  if (gen_obj) {
    if (!int_check(gen_obj))
      return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(gen_obj));
    bool overflow;
    int64_t g = int_as_i64(gen_obj, &overflow);
    if (overflow || g < 0 || g > 2)
      return err_set_string(ValueError, "invalid generation");
    generation = static_cast<int>(g);
  }
  ssize n = gc_collect(generation);
  if (n < 0)
    return nullptr;
  return int_from_i64(n);
}

Object* gc_enable_fn(Object*, Object*) {
  gc_set_enabled(true);
  return newref(None);
}
Object* gc_disable_fn(Object*, Object*) {
  gc_set_enabled(false);
  return newref(None);
}
Object* gc_isenabled_fn(Object*, Object*) {
  return bool_from(gc_is_enabled());
}

Object* gc_get_count_fn(Object*, Object*) {
  int c0, c1, c2;
  gc_get_count(&c0, &c1, &c2);
  Object* a = int_from_i64(c0);
  Object* b = int_from_i64(c1);
  Object* c = int_from_i64(c2);
  Object* t = (a && b && c) ? tuple_pack({a, b, c}) : nullptr;
  xdecref(a);
  xdecref(b);
  xdecref(c);
  return t;
}

Object* gc_get_threshold_fn(Object*, Object*) {
  int t0, t1, t2;
  gc_get_threshold(&t0, &t1, &t2);
  Object* a = int_from_i64(t0);
  Object* b = int_from_i64(t1);
  Object* c = int_from_i64(t2);
  Object* t = (a && b && c) ? tuple_pack({a, b, c}) : nullptr;
  xdecref(a);
  xdecref(b);
  xdecref(c);
  return t;
}

Object* gc_set_threshold_fn(Object*, Object* const* args, ssize nargs) {
  if (nargs < 1 || nargs > 3)
    return err_format(TypeError, "set_threshold() takes {} positional argument{} ({} given)",
                      nargs < 1 ? "at least 1" : "at most 3", nargs < 1 ? "" : "s", nargs);
  int t[3];
  gc_get_threshold(&t[0], &t[1], &t[2]);
  for (ssize i = 0; i < nargs; i++) {
    if (!int_check(args[i]))
      return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(args[i]));
    bool overflow;
    int64_t v = int_as_i64(args[i], &overflow);
    if (overflow || v > INT32_MAX || v < INT32_MIN)
      return err_set_string(OverflowError, "signed integer is greater than maximum");
    t[i] = static_cast<int>(v);
  }
  gc_set_threshold(t[0], t[1], t[2]);
  return newref(None);
}

Object* gc_get_objects_fn(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  Object* gen_obj = nargs ? args[0] : (nkw ? args[0] : nullptr);
  if (nargs + nkw > 1)
    return err_format(TypeError, "get_objects() takes at most 1 argument ({} given)", nargs + nkw);
  int generation = -1;
  if (gen_obj && gen_obj != None) {
    if (!int_check(gen_obj))
      return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(gen_obj));
    bool overflow;
    int64_t g = int_as_i64(gen_obj, &overflow);
    if (overflow || g >= 3)
      return err_format(ValueError,
                        "generation parameter must be less than the number of available generations (3)");
    if (g < 0)
      return err_set_string(ValueError, "generation parameter cannot be negative");
    generation = static_cast<int>(g);
  }
  return gc_get_objects(generation);
}

Object* gc_get_referrers_fn(Object*, Object* const* args, ssize nargs) {
  return gc_get_referrers(args, nargs);
}
Object* gc_get_referents_fn(Object*, Object* const* args, ssize nargs) {
  return gc_get_referents(args, nargs);
}

Object* gc_is_tracked_fn(Object*, Object* obj) {
  bool tracked = object_is_gc(obj) && gc_is_tracked(obj);
  return bool_from(tracked);
}

Object* gc_is_finalized_fn(Object*, Object* obj) {
  bool finalized = object_is_gc(obj) && (gc_head_of(obj)->prev & 1);
  return bool_from(finalized);
}

Object* gc_freeze_fn(Object*, Object*) {
  gc_freeze();
  return newref(None);
}

Object* gc_get_stats_fn(Object*, Object*) {
  // Per-generation statistics as CPython reports them (collections, collected, uncollectable).
  Object* result = list_new(0);
  if (!result)
    return nullptr;
  for (int i = 0; i < 3; i++) {
    GCGenerationStats st = gc_get_generation_stats(i);
    Object* d = dict_new();
    if (!d || list_append(result, d) < 0) {
      xdecref(d);
      decref(result);
      return nullptr;
    }
    decref(d);
    std::pair<const char*, ssize> fields[] = {
        {"collections", st.collections}, {"collected", st.collected}, {"uncollectable", st.uncollectable}};
    for (auto& [name, value] : fields) {
      Object* v = int_from_i64(value);
      if (!v || dict_setitem_str(d, name, v) < 0) {
        xdecref(v);
        decref(result);
        return nullptr;
      }
      decref(v);
    }
  }
  return result;
}

Object* gc_unfreeze_fn(Object*, Object*) {
  gc_unfreeze();
  return newref(None);
}

Object* gc_get_freeze_count_fn(Object*, Object*) {
  return int_from_i64(gc_get_freeze_count());
}

Object* gc_set_debug_fn(Object*, Object* flags) {
  if (!int_check(flags))
    return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(flags));
  bool overflow;
  int64_t v = int_as_i64(flags, &overflow);
  if (overflow || v > INT32_MAX || v < INT32_MIN)
    return err_set_string(OverflowError, overflow || v > INT32_MAX ? "signed integer is greater than maximum"
                                                                   : "signed integer is less than minimum");
  gc_set_debug(static_cast<int>(v));
  return newref(None);
}

Object* gc_get_debug_fn(Object*, Object*) {
  return int_from_i64(gc_get_debug());
}

MethodDef gc_methods[] = {
    {"collect", reinterpret_cast<MethodFn>(gc_collect_fn), METH_FASTCALL | METH_KEYWORDS,
     "Run the garbage collector.\n\nWith no arguments, run a full collection."},
    {"enable", gc_enable_fn, METH_NOARGS, "Enable automatic garbage collection."},
    {"disable", gc_disable_fn, METH_NOARGS, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled_fn, METH_NOARGS, "Returns true if automatic garbage collection is enabled."},
    {"get_count", gc_get_count_fn, METH_NOARGS, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold_fn, METH_NOARGS, "Return the current collection thresholds."},
    {"set_threshold", reinterpret_cast<MethodFn>(gc_set_threshold_fn), METH_FASTCALL,
     "set_threshold(threshold0, [threshold1, threshold2]) -> None"},
    {"get_objects", reinterpret_cast<MethodFn>(gc_get_objects_fn), METH_FASTCALL | METH_KEYWORDS,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_referrers", reinterpret_cast<MethodFn>(gc_get_referrers_fn), METH_FASTCALL,
     "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs."},
    {"get_referents", reinterpret_cast<MethodFn>(gc_get_referents_fn), METH_FASTCALL,
     "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs."},
    {"is_tracked", gc_is_tracked_fn, METH_O,
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized_fn, METH_O,
     "Returns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze_fn, METH_NOARGS,
     "Freeze all current tracked objects and ignore them for future collections."},
    {"get_stats", gc_get_stats_fn, METH_NOARGS,
     "Return a list of dictionaries containing per-generation statistics."},
    {"unfreeze", gc_unfreeze_fn, METH_NOARGS,
     "Unfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back "
     "into oldest generation."},
    {"get_freeze_count", gc_get_freeze_count_fn, METH_NOARGS,
     "Return the number of objects in the permanent generation."},
    {"set_debug", gc_set_debug_fn, METH_O, "Set the garbage collection debugging flags."},
    {"get_debug", gc_get_debug_fn, METH_NOARGS, "Get the garbage collection debugging flags."},
    {},
};

Object* gc_module_init() {
  Object* m = module_new_str("gc");
  if (!m)
    return nullptr;
  if (module_add_functions(m, gc_methods) < 0)
    goto fail;
  {
    // The collector keeps the lists too (DEBUG_SAVEALL, callbacks).
    Object* lists[2] = {list_new(0), list_new(0)};
    if (!lists[0] || !lists[1] || module_add_object(m, "garbage", lists[0]) < 0 ||
        module_add_object(m, "callbacks", lists[1]) < 0) {
      xdecref(lists[0]);
      xdecref(lists[1]);
      goto fail;
    }
    gc_set_module_lists(lists[0], lists[1]);
    decref(lists[0]);
    decref(lists[1]);
  }
  {
    static const std::pair<const char*, int> flags[] = {{"DEBUG_STATS", 1},
                                                        {"DEBUG_COLLECTABLE", 2},
                                                        {"DEBUG_UNCOLLECTABLE", 4},
                                                        {"DEBUG_SAVEALL", 32},
                                                        {"DEBUG_LEAK", 38}};
    for (auto& f : flags) {
      Object* v = int_from_i64(f.second);
      if (!v || module_add_object(m, f.first, v) < 0) {
        xdecref(v);
        goto fail;
      }
      decref(v);
    }
  }
  return m;
fail:
  decref(m);
  return nullptr;
}

} // namespace

COIL_REGISTER_MODULE("gc", gc_module_init);

} // namespace coil
