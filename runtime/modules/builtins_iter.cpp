// Iteration builtins: iter, next, min, max, sorted, any, all, and the
// iterator types zip, map, filter, enumerate, reversed and
// callable_iterator (iter(callable, sentinel)).
//
// Invariants
// - Iterator objects are GC-tracked and hold strong references to what
//   they iterate; an exhausted iterator drops them (as CPython does for
//   callable_iterator and reversed).
// - iternext slots return nullptr without an exception when exhausted.
#include <cstddef>
#include <vector>

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/modules/builtins_internal.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/recursion.h"
#include "runtime/runtime.h"

namespace coil {
namespace builtins_impl {

// ---------------------------------------------------------------- shared type plumbing

static TypeObject make_iter_type(const char* name, ssize size, DeallocFn dealloc, TraverseFn traverse,
                                 UnaryFn iternext, NewFn new_, const char* doc) {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = name;
  t.basicsize = size;
  t.flags = TPFLAG_HAVE_GC | (new_ ? TPFLAG_BASETYPE : TPFLAG_DISALLOW_INSTANTIATION);
  t.dealloc = dealloc;
  t.traverse = traverse;
  t.iternext = iternext;
  t.iter = [](Object* self) -> Object* { return newref(self); };
  t.new_ = new_;
  t.doc = doc;
  return t;
}

static void release(Object* self, std::initializer_list<Object*> refs) {
  gc_untrack(self);
  for (Object* r : refs)
    xdecref(r);
  TypeObject* t = self->type;
  if (t->free_)
    t->free_(self);
  else
    gc_free(self);
}

static int visit_refs(std::initializer_list<Object*> refs, VisitFn visit, void* arg) {
  for (Object* r : refs)
    if (r)
      if (int v = visit(r, arg))
        return v;
  return 0;
}

static bool no_kwargs(const char* name, Object* kwargs) {
  if (kwargs && dict_check(kwargs) && dict_size(kwargs) != 0) {
    err_format(TypeError, "{}() takes no keyword arguments", name);
    return false;
  }
  return true;
}

// ---------------------------------------------------------------- callable_iterator

struct CallIterObject : Object {
  Object* func; // nullptr once exhausted
  Object* sentinel;
};

static Object* calliter_next(Object* self) {
  auto* c = static_cast<CallIterObject*>(self);
  if (!c->func)
    return nullptr;
  Object* r = object_call_noargs(c->func);
  if (!r) {
    if (err_matches(StopIteration)) {
      err_clear();
      clear_ref(c->func);
      clear_ref(c->sentinel);
    }
    return nullptr;
  }
  int eq = object_richcompare_bool(r, c->sentinel, CMP_EQ);
  if (eq == 0)
    return r;
  decref(r);
  if (eq > 0) {
    clear_ref(c->func);
    clear_ref(c->sentinel);
  }
  return nullptr;
}
static void calliter_dealloc(Object* self) {
  auto* c = static_cast<CallIterObject*>(self);
  release(self, {c->func, c->sentinel});
}
static int calliter_traverse(Object* self, VisitFn visit, void* arg) {
  auto* c = static_cast<CallIterObject*>(self);
  return visit_refs({c->func, c->sentinel}, visit, arg);
}
static Object* calliter_reduce(Object* self, Object*) {
  auto* c = static_cast<CallIterObject*>(self);
  if (!c->func)
    return iter_reduce_exhausted(tuple_new(0));
  Object* iter = builtin_named("iter");
  Object* args = iter ? tuple_pack({c->func, c->sentinel}) : nullptr;
  Object* r = args ? tuple_pack({iter, args}) : nullptr;
  xdecref(args);
  return r;
}
static MethodDef calliter_methods[] = {
    {"__reduce__", calliter_reduce, METH_NOARGS, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};
TypeObject CallIterType = [] {
  TypeObject t = make_iter_type("callable_iterator", sizeof(CallIterObject), calliter_dealloc,
                                calliter_traverse, calliter_next, nullptr, nullptr);
  t.methods = calliter_methods;
  return t;
}();
COIL_REGISTER_TYPE(CallIterType);

// ---------------------------------------------------------------- iter / next

static Object* builtin_iter(Object*, Object* const* args, ssize nargs) {
  if (nargs < 1 || nargs > 2)
    return err_format(TypeError, "iter expected {} argument{}, got {}",
                      nargs < 1 ? "at least 1" : "at most 2", nargs < 1 ? "" : "s", nargs);
  if (nargs == 1)
    return object_get_iter(args[0]);
  if (!object_callable(args[0]))
    return err_set_string(TypeError, "iter(v, w): v must be callable");
  auto* c = static_cast<CallIterObject*>(gc_alloc(&CallIterType, sizeof(CallIterObject)));
  if (!c)
    return nullptr;
  c->func = newref(args[0]);
  c->sentinel = newref(args[1]);
  gc_track(c);
  return c;
}

static Object* builtin_next(Object*, Object* const* args, ssize nargs) {
  if (nargs < 1 || nargs > 2)
    return err_format(TypeError, "next expected {} argument{}, got {}",
                      nargs < 1 ? "at least 1" : "at most 2", nargs < 1 ? "" : "s", nargs);
  Object* it = args[0];
  if (!iter_check(it))
    return err_format(TypeError, "'{}' object is not an iterator", type_name_of(it));
  Object* r = it->type->iternext(it);
  if (r)
    return r;
  if (err_occurred()) {
    if (nargs == 1 || !err_matches(StopIteration))
      return nullptr;
    err_clear();
  }
  if (nargs == 2)
    return newref(args[1]);
  return err_set_none(StopIteration);
}

// ---------------------------------------------------------------- min / max

static Object* min_max(Object* const* args, ssize nargs, Object* kwnames, int op, const char* name) {
  Object *key = nullptr, *dflt = nullptr;
  // CPython unpacks the positional arguments before the keywords.
  if (nargs == 0)
    return err_format(TypeError, "{} expected at least 1 argument, got 0", name);
  if (!parse_kwonly(name, args + nargs, kwnames, {"key", "default"}, {&key, &dflt}))
    return nullptr;
  if (nargs > 1 && dflt)
    return err_format(TypeError, "Cannot specify a default for {}() with multiple positional arguments",
                      name);
  if (key == None)
    key = nullptr;
  Object* it;
  if (nargs == 1) {
    it = object_get_iter(args[0]);
  } else {
    Object* t = tuple_from_array(args, nargs);
    if (!t)
      return nullptr;
    it = object_get_iter(t);
    decref(t);
  }
  if (!it)
    return nullptr;
  Object *best = nullptr, *best_key = nullptr;
  for (;;) {
    Object* item = iter_next(it);
    if (!item)
      break;
    Object* k = key ? object_call_one(key, item) : newref(item);
    if (!k) {
      decref(item);
      goto fail;
    }
    if (!best) {
      best = item;
      best_key = k;
      continue;
    }
    int cmp = object_richcompare_bool(k, best_key, op);
    if (cmp < 0) {
      decref(item);
      decref(k);
      goto fail;
    }
    if (cmp > 0) {
      setref(best, item);
      setref(best_key, k);
    } else {
      decref(item);
      decref(k);
    }
  }
  if (err_occurred())
    goto fail;
  decref(it);
  xdecref(best_key);
  if (!best) {
    if (dflt)
      return newref(dflt);
    return err_format(ValueError, "{}() arg is an empty sequence", name);
  }
  return best;
fail:
  decref(it);
  xdecref(best);
  xdecref(best_key);
  return nullptr;
}

static Object* builtin_min(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return min_max(args, nargs, kwnames, CMP_LT, "min");
}
static Object* builtin_max(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return min_max(args, nargs, kwnames, CMP_GT, "max");
}

// ---------------------------------------------------------------- sorted / any / all

static Object* builtin_sorted(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs != 1)
    return err_format(TypeError, "sorted expected 1 argument, got {}", nargs);
  Object *key = nullptr, *reverse = nullptr;
  if (!parse_kwonly("sort", args + nargs, kwnames, {"key", "reverse"}, {&key, &reverse}))
    return nullptr;
  Object* list = sequence_list(args[0]);
  if (!list)
    return nullptr;
  // CPython calls list.sort (a counted call: runtime/recursion.h), which
  // converts reverse with the "i" (int) converter.
  RecursionScope guard(WHILE_CALLING);
  if (!guard.ok()) {
    decref(list);
    return nullptr;
  }
  int rev = 0;
  if (reverse && number_as_int_arg(reverse, &rev) < 0) {
    decref(list);
    return nullptr;
  }
  if (list_sort(list, key == None ? nullptr : key, rev) < 0) {
    decref(list);
    return nullptr;
  }
  return list;
}

static Object* any_all(Object* iterable, bool want) {
  Object* it = object_get_iter(iterable);
  if (!it)
    return nullptr;
  for (;;) {
    Object* item = iter_next(it);
    if (!item)
      break;
    int t = object_is_true(item);
    decref(item);
    if (t < 0) {
      decref(it);
      return nullptr;
    }
    if (static_cast<bool>(t) == want) {
      decref(it);
      return bool_from(want);
    }
  }
  decref(it);
  if (err_occurred())
    return nullptr;
  return bool_from(!want);
}
static Object* builtin_any(Object*, Object* o) {
  return any_all(o, true);
}
static Object* builtin_all(Object*, Object* o) {
  return any_all(o, false);
}

// ---------------------------------------------------------------- zip

struct ZipObject : Object {
  Object* iters; // tuple of iterators
  bool strict;
};

static Object* zip_new(TypeObject* type, Object* args, Object* kwargs) {
  bool strict = false;
  if (kwargs && dict_size(kwargs)) {
    if (dict_size(kwargs) > 1) // checked before the names, as CPython's zip_new
      return err_format(TypeError, "zip() takes at most 1 keyword argument ({} given)", dict_size(kwargs));
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      if (!(str_check(k) && str_equal_ascii(k, "strict")))
        return err_format(TypeError, "'{}' is an invalid keyword argument for zip()",
                          str_check(k) ? str_to_std(k) : std::string("?"));
      int t = object_is_true(v);
      if (t < 0)
        return nullptr;
      strict = t;
    }
  }
  ssize n = args ? tuple_size(args) : 0;
  Object* iters = tuple_new(n);
  if (!iters)
    return nullptr;
  for (ssize i = 0; i < n; i++) {
    Object* it = object_get_iter(tuple_get(args, i));
    if (!it) {
      decref(iters);
      return nullptr;
    }
    tuple_set(iters, i, it);
  }
  auto* z = static_cast<ZipObject*>(gc_alloc(type, type->basicsize));
  if (!z) {
    decref(iters);
    return nullptr;
  }
  z->iters = iters;
  z->strict = strict;
  gc_track(z);
  return z;
}

static Object* zip_next(Object* self) {
  auto* z = static_cast<ZipObject*>(self);
  ssize n = tuple_size(z->iters);
  if (n == 0)
    return nullptr;
  Object* result = tuple_new(n);
  if (!result)
    return nullptr;
  for (ssize i = 0; i < n; i++) {
    Object* item = iter_next(tuple_get(z->iters, i));
    if (!item) {
      if (err_occurred() || !z->strict) {
        for (ssize j = i; j < n; j++)
          tuple_set(result, j, newref(None));
        decref(result);
        return nullptr;
      }
      for (ssize j = i; j < n; j++)
        tuple_set(result, j, newref(None));
      decref(result);
      if (i > 0)
        return err_format(ValueError, "zip() argument {} is shorter than argument{}{}", i + 1,
                          i == 1 ? " " : "s 1-", i);
      // The first ran out: every other must be exhausted too.
      for (ssize j = 1; j < n; j++) {
        Object* extra = iter_next(tuple_get(z->iters, j));
        if (extra) {
          decref(extra);
          return err_format(ValueError, "zip() argument {} is longer than argument{}{}", j + 1,
                            j == 1 ? " " : "s 1-", j);
        }
        if (err_occurred())
          return nullptr;
      }
      return nullptr;
    }
    tuple_set(result, i, item);
  }
  return result;
}
static void zip_dealloc(Object* self) {
  release(self, {static_cast<ZipObject*>(self)->iters});
}
static int zip_traverse(Object* self, VisitFn visit, void* arg) {
  return visit_refs({static_cast<ZipObject*>(self)->iters}, visit, arg);
}
// (type, iterators) or, when strict, (type, iterators, True).
static Object* zip_reduce(Object* self, Object*) {
  auto* z = static_cast<ZipObject*>(self);
  if (z->strict)
    return tuple_pack({self->type, z->iters, True});
  return tuple_pack({self->type, z->iters});
}
static Object* zip_setstate(Object* self, Object* state) {
  int t = object_is_true(state);
  if (t < 0)
    return nullptr;
  static_cast<ZipObject*>(self)->strict = t != 0;
  return none_new();
}
static MethodDef zip_methods[] = {
    {"__reduce__", zip_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", zip_setstate, METH_O, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};
TypeObject ZipType = [] {
  TypeObject t =
      make_iter_type("zip", sizeof(ZipObject), zip_dealloc, zip_traverse, zip_next, zip_new,
                     "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.");
  t.methods = zip_methods;
  return t;
}();
COIL_REGISTER_TYPE(ZipType);

// ---------------------------------------------------------------- map

struct MapObject : Object {
  Object* func;
  Object* iters; // tuple
};

static Object* map_new(TypeObject* type, Object* args, Object* kwargs) {
  if (type == &MapType && !no_kwargs("map", kwargs))
    return nullptr;
  ssize n = args ? tuple_size(args) : 0;
  if (n < 2)
    return err_set_string(TypeError, "map() must have at least two arguments.");
  Object* iters = tuple_new(n - 1);
  if (!iters)
    return nullptr;
  for (ssize i = 1; i < n; i++) {
    Object* it = object_get_iter(tuple_get(args, i));
    if (!it) {
      for (ssize j = i; j < n; j++)
        tuple_set(iters, j - 1, newref(None));
      decref(iters);
      return nullptr;
    }
    tuple_set(iters, i - 1, it);
  }
  auto* m = static_cast<MapObject*>(gc_alloc(type, type->basicsize));
  if (!m) {
    decref(iters);
    return nullptr;
  }
  m->func = newref(tuple_get(args, 0));
  m->iters = iters;
  gc_track(m);
  return m;
}

static Object* map_next(Object* self) {
  auto* m = static_cast<MapObject*>(self);
  ssize n = tuple_size(m->iters);
  Object* small[8] = {}; // zeroed: keeps -Wmaybe-uninitialized quiet under -O2
  std::vector<Object*> big;
  Object** argv = small;
  if (n > 8) {
    big.resize(static_cast<size_t>(n));
    argv = big.data();
  }
  for (ssize i = 0; i < n; i++) {
    Object* item = iter_next(tuple_get(m->iters, i));
    if (!item) {
      for (ssize j = 0; j < i; j++)
        decref(argv[j]);
      return nullptr;
    }
    argv[i] = item;
  }
  Object* r = object_vectorcall(m->func, argv, static_cast<size_t>(n), nullptr);
  for (ssize i = 0; i < n; i++)
    decref(argv[i]);
  return r;
}
static void map_dealloc(Object* self) {
  auto* m = static_cast<MapObject*>(self);
  release(self, {m->func, m->iters});
}
static int map_traverse(Object* self, VisitFn visit, void* arg) {
  auto* m = static_cast<MapObject*>(self);
  return visit_refs({m->func, m->iters}, visit, arg);
}
// (type, (func, *iterators))
static Object* map_reduce(Object* self, Object*) {
  auto* m = static_cast<MapObject*>(self);
  ssize n = tuple_size(m->iters);
  Object* args = tuple_new(n + 1);
  if (!args)
    return nullptr;
  tuple_set(args, 0, newref(m->func));
  for (ssize i = 0; i < n; i++)
    tuple_set(args, i + 1, newref(tuple_get(m->iters, i)));
  Object* r = tuple_pack({self->type, args});
  decref(args);
  return r;
}
static MethodDef map_methods[] = {
    {"__reduce__", map_reduce, METH_NOARGS, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};
TypeObject MapType = [] {
  TypeObject t = make_iter_type("map", sizeof(MapObject), map_dealloc, map_traverse, map_next, map_new,
                                "map(func, *iterables) --> map object");
  t.methods = map_methods;
  t.vectorcall = type_call_vectorcall; // as CPython 3.11: calls count no recursion level
  return t;
}();
COIL_REGISTER_TYPE(MapType);

// ---------------------------------------------------------------- filter

struct FilterObject : Object {
  Object* func; // None for truthiness
  Object* it;
};

static Object* filter_new(TypeObject* type, Object* args, Object* kwargs) {
  if (type == &FilterType && !no_kwargs("filter", kwargs))
    return nullptr;
  ssize n = args ? tuple_size(args) : 0;
  if (n != 2)
    return err_format(TypeError, "filter expected 2 arguments, got {}", n);
  Object* it = object_get_iter(tuple_get(args, 1));
  if (!it)
    return nullptr;
  auto* f = static_cast<FilterObject*>(gc_alloc(type, type->basicsize));
  if (!f) {
    decref(it);
    return nullptr;
  }
  f->func = newref(tuple_get(args, 0));
  f->it = it;
  gc_track(f);
  return f;
}

static Object* filter_next(Object* self) {
  auto* f = static_cast<FilterObject*>(self);
  bool truth = f->func == None || f->func == &BoolType;
  for (;;) {
    Object* item = iter_next(f->it);
    if (!item)
      return nullptr;
    int ok;
    if (truth) {
      ok = object_is_true(item);
    } else {
      Object* r = object_call_one(f->func, item);
      if (!r) {
        decref(item);
        return nullptr;
      }
      ok = object_is_true(r);
      decref(r);
    }
    if (ok > 0)
      return item;
    decref(item);
    if (ok < 0)
      return nullptr;
  }
}
static void filter_dealloc(Object* self) {
  auto* f = static_cast<FilterObject*>(self);
  release(self, {f->func, f->it});
}
static int filter_traverse(Object* self, VisitFn visit, void* arg) {
  auto* f = static_cast<FilterObject*>(self);
  return visit_refs({f->func, f->it}, visit, arg);
}
// (type, (func, iterator))
static Object* filter_reduce(Object* self, Object*) {
  auto* f = static_cast<FilterObject*>(self);
  Object* args = tuple_pack({f->func, f->it});
  Object* r = args ? tuple_pack({self->type, args}) : nullptr;
  xdecref(args);
  return r;
}
static MethodDef filter_methods[] = {
    {"__reduce__", filter_reduce, METH_NOARGS, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};
TypeObject FilterType = [] {
  TypeObject t = make_iter_type("filter", sizeof(FilterObject), filter_dealloc, filter_traverse, filter_next,
                                filter_new, "filter(function or None, iterable) --> filter object");
  t.methods = filter_methods;
  t.vectorcall = type_call_vectorcall; // as CPython 3.11: calls count no recursion level
  return t;
}();
COIL_REGISTER_TYPE(FilterType);

// ---------------------------------------------------------------- enumerate

struct EnumerateObject : Object {
  Object* it;
  ssize index;       // valid while big_index is nullptr
  Object* big_index; // int once the index leaves ssize range, or when start was huge
};

// enumerate(...)'s own argument rules (CPython's enumerate vectorcall): keywords
// are accepted only where a full count allows them, in the order given.
static bool enumerate_args(Object* args, Object* kwargs, Object** out) {
  ssize nargs = args ? tuple_size(args) : 0;
  Object* keys[2] = {nullptr, nullptr};
  Object* vals[4] = {nullptr, nullptr, nullptr, nullptr};
  ssize nkw = 0;
  if (kwargs) {
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      if (nkw < 2) {
        keys[nkw] = k;
        vals[nargs + nkw] = v;
      }
      nkw++;
    }
  }
  for (ssize i = 0; i < nargs && i < 2; i++)
    vals[i] = tuple_get(args, i);
  auto expect = [&](int i, const char* name) {
    if (str_check(keys[i]) && str_equal_ascii(keys[i], name))
      return true;
    if (!str_check(keys[i]))
      err_set_string(TypeError, "keywords must be strings");
    else
      err_format(TypeError, "'{}' is an invalid keyword argument for enumerate()", str_to_std(keys[i]));
    return false;
  };
  ssize n = nargs + nkw;
  if (n == 2) {
    if (nkw == 1 && !expect(0, "start"))
      return false;
    if (nkw == 2) {
      if (str_check(keys[0]) && str_equal_ascii(keys[0], "start")) {
        if (!expect(1, "iterable"))
          return false;
        out[0] = vals[1];
        out[1] = vals[0];
        return true;
      }
      if (!expect(0, "iterable") || !expect(1, "start"))
        return false;
    }
    out[0] = vals[0];
    out[1] = vals[1];
    return true;
  }
  if (n == 1) {
    if (nkw == 1 && !expect(0, "iterable"))
      return false;
    out[0] = vals[0];
    out[1] = nullptr;
    return true;
  }
  if (nargs == 0) {
    err_set_string(TypeError, "enumerate() missing required argument 'iterable'");
    return false;
  }
  err_format(TypeError, "enumerate() takes at most 2 arguments ({} given)", n);
  return false;
}

static Object* enumerate_new(TypeObject* type, Object* args, Object* kwargs) {
  Object* v[2];
  if (type != &EnumerateType) {
    // Subclasses: argument clinic's parsing of (iterable, start=0).
    static const char* const names[] = {"iterable", "start"};
    if (!parse_tuple_args(ArgSpec{"enumerate", names, 2, 2, 1}, args, kwargs, v))
      return nullptr;
  } else if (!enumerate_args(args, kwargs, v)) {
    return nullptr;
  }
  Object *iterable = v[0], *start = v[1];
  Object* start_int = nullptr;
  if (start) {
    start_int = number_index(start);
    if (!start_int)
      return nullptr;
  }
  Object* it = object_get_iter(iterable);
  if (!it) {
    xdecref(start_int);
    return nullptr;
  }
  auto* e = static_cast<EnumerateObject*>(gc_alloc(type, type->basicsize));
  if (!e) {
    decref(it);
    xdecref(start_int);
    return nullptr;
  }
  e->it = it;
  e->index = 0;
  if (start_int) {
    bool overflow = false;
    int64_t v = int_as_i64(start_int, &overflow);
    if (overflow || v == INT64_MAX) {
      e->big_index = start_int;
      start_int = nullptr;
    } else {
      e->index = static_cast<ssize>(v);
    }
    xdecref(start_int);
  }
  gc_track(e);
  return e;
}

static Object* enumerate_next(Object* self) {
  auto* e = static_cast<EnumerateObject*>(self);
  Object* item = iter_next(e->it);
  if (!item)
    return nullptr;
  Object* index;
  if (!e->big_index) {
    index = int_from_i64(e->index);
    if (e->index == INT64_MAX - 1) {
      e->big_index = int_from_i64(INT64_MAX);
      if (!e->big_index) {
        xdecref(index);
        decref(item);
        return nullptr;
      }
    } else {
      e->index++;
    }
  } else {
    index = newref(e->big_index);
    Object* one = int_from_i64(1);
    Object* next = one ? binary_op(e->big_index, one, NB_ADD) : nullptr;
    xdecref(one);
    if (!next) {
      decref(index);
      decref(item);
      return nullptr;
    }
    setref(e->big_index, next);
  }
  if (!index) {
    decref(item);
    return nullptr;
  }
  Object* r = tuple_new(2);
  if (!r) {
    decref(index);
    decref(item);
    return nullptr;
  }
  tuple_set(r, 0, index);
  tuple_set(r, 1, item);
  return r;
}
static void enumerate_dealloc(Object* self) {
  auto* e = static_cast<EnumerateObject*>(self);
  release(self, {e->it, e->big_index});
}
static int enumerate_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<EnumerateObject*>(self);
  return visit_refs({e->it, e->big_index}, visit, arg);
}
static Object* enumerate_class_getitem(Object* cls, Object* item) {
  return generic_alias_new(cls, item);
}
// (type, (iterator, next index))
static Object* enumerate_reduce(Object* self, Object*) {
  auto* e = static_cast<EnumerateObject*>(self);
  Object* index = e->big_index ? newref(e->big_index) : int_from_i64(e->index);
  Object* args = index ? tuple_pack({e->it, index}) : nullptr;
  xdecref(index);
  Object* r = args ? tuple_pack({self->type, args}) : nullptr;
  xdecref(args);
  return r;
}
static MethodDef enumerate_methods[] = {
    {"__class_getitem__", enumerate_class_getitem, METH_O | METH_CLASS, "See PEP 585"},
    {"__reduce__", enumerate_reduce, METH_NOARGS, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

TypeObject EnumerateType = [] {
  TypeObject t = make_iter_type("enumerate", sizeof(EnumerateObject), enumerate_dealloc, enumerate_traverse,
                                enumerate_next, enumerate_new, "Return an enumerate object.");
  t.methods = enumerate_methods;
  t.vectorcall = type_call_vectorcall; // as CPython 3.11: calls count no recursion level
  return t;
}();
COIL_REGISTER_TYPE(EnumerateType);

// ---------------------------------------------------------------- reversed

struct ReversedObject : Object {
  Object* seq; // nullptr once exhausted
  ssize index;
};

static Object* reversed_new(TypeObject* type, Object* args, Object* kwargs) {
  if (type == &ReversedType && !no_kwargs("reversed", kwargs))
    return nullptr;
  ssize n = args ? tuple_size(args) : 0;
  if (n != 1)
    return err_format(TypeError, "reversed expected 1 argument, got {}", n);
  Object* seq = tuple_get(args, 0);
  Object* name = str_static("__reversed__");
  Object* meth = type_lookup(seq->type, name);
  if (meth == None)
    return err_format(TypeError, "'{}' object is not reversible", type_name_of(seq));
  if (meth) {
    bool found = false;
    return object_call_special(seq, name, nullptr, 0, &found);
  }
  // The sequence protocol: __len__ and __getitem__ (not a dict).
  bool has_item = seq->type->as_sequence && seq->type->as_sequence->item && !dict_check(seq);
  if (!has_item)
    return err_format(TypeError, "'{}' object is not reversible", type_name_of(seq));
  ssize len = object_length(seq);
  if (len < 0)
    return nullptr;
  auto* r = static_cast<ReversedObject*>(gc_alloc(type, type->basicsize));
  if (!r)
    return nullptr;
  r->seq = newref(seq);
  r->index = len - 1;
  gc_track(r);
  return r;
}

static Object* reversed_next(Object* self) {
  auto* r = static_cast<ReversedObject*>(self);
  if (!r->seq)
    return nullptr;
  if (r->index >= 0) {
    Object* item = r->seq->type->as_sequence->item(r->seq, r->index);
    if (item) {
      r->index--;
      return item;
    }
    if (!err_matches(IndexError) && !err_matches(StopIteration))
      return nullptr;
    err_clear();
  }
  r->index = -1;
  clear_ref(r->seq);
  return nullptr;
}

static Object* reversed_length_hint(Object* self, Object*) {
  auto* r = static_cast<ReversedObject*>(self);
  if (!r->seq)
    return int_from_i64(0);
  ssize len = object_length(r->seq);
  if (len < 0)
    return nullptr;
  return int_from_i64(len < r->index + 1 ? 0 : r->index + 1);
}

static void reversed_dealloc(Object* self) {
  release(self, {static_cast<ReversedObject*>(self)->seq});
}
static int reversed_traverse(Object* self, VisitFn visit, void* arg) {
  return visit_refs({static_cast<ReversedObject*>(self)->seq}, visit, arg);
}
// (type, (seq,), index) while running, else (type, ((),)).
static Object* reversed_reduce(Object* self, Object*) {
  auto* r = static_cast<ReversedObject*>(self);
  if (r->seq)
    return iter_reduce_indexed(self->type, r->seq, r->index);
  Object* empty = tuple_new(0);
  Object* args = empty ? tuple_pack({empty}) : nullptr;
  xdecref(empty);
  Object* out = args ? tuple_pack({self->type, args}) : nullptr;
  xdecref(args);
  return out;
}
static Object* reversed_setstate(Object* self, Object* state) {
  auto* r = static_cast<ReversedObject*>(self);
  ssize n = r->seq ? object_length(r->seq) : 0;
  if (n < 0)
    return nullptr;
  ssize i;
  if (!iter_state_index(state, -1, n - 1, &i))
    return nullptr;
  if (r->seq)
    r->index = i;
  return none_new();
}
static MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", reversed_reduce, METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", reversed_setstate, METH_O, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};
static TypeObject make_reversed_type() {
  TypeObject t =
      make_iter_type("reversed", sizeof(ReversedObject), reversed_dealloc, reversed_traverse, reversed_next,
                     reversed_new, "Return a reverse iterator over the values of the given sequence.");
  t.methods = reversed_methods;
  t.vectorcall = type_call_vectorcall; // as CPython 3.11: calls count no recursion level
  return t;
}
TypeObject ReversedType = make_reversed_type();
COIL_REGISTER_TYPE(ReversedType);

// ---------------------------------------------------------------- aiter / anext

static Object* builtin_aiter(Object*, Object* o) {
  bool found = false;
  Object* it = object_call_special(o, str_static("__aiter__"), nullptr, 0, &found);
  if (!found && !it && !err_occurred())
    return err_format(TypeError, "'{}' object is not an async iterable", type_name_of(o));
  if (!it)
    return nullptr;
  if (!type_lookup(it->type, str_static("__anext__"))) {
    err_format(TypeError, "aiter() returned not an async iterator of type '{}'", type_name_of(it));
    decref(it);
    return nullptr;
  }
  return it;
}

// anext(it, default): an awaitable that forwards to it.__anext__()'s
// awaitable and turns StopAsyncIteration into StopIteration(default).
struct AnextAwaitableObject : Object {
  Object* wrapped; // the awaitable returned by __anext__
  Object* dflt;
  Object* iter; // wrapped.__await__() (or wrapped when it is an iterator), once asked
};

static Object* anext_awaitable_iter(AnextAwaitableObject* a) {
  if (a->iter)
    return a->iter;
  if (iter_check(a->wrapped) && type_lookup(a->wrapped->type, str_static("send"))) {
    a->iter = newref(a->wrapped); // a coroutine-like object: drive it directly
    return a->iter;
  }
  bool found = false;
  Object* it = object_call_special(a->wrapped, str_static("__await__"), nullptr, 0, &found);
  if (!found && !it && !err_occurred())
    return err_format(TypeError, "'{}' object can't be awaited", type_name_of(a->wrapped));
  if (!it)
    return nullptr;
  if (!iter_check(it)) {
    err_format(TypeError, "__await__() returned non-iterator of type '{}'", type_name_of(it));
    decref(it);
    return nullptr;
  }
  a->iter = it;
  return it;
}

// Runs it.<method>(*args) (or next(it)); maps StopAsyncIteration.
static Object* anext_awaitable_proxy(Object* self, const char* method, Object* const* args, ssize nargs) {
  auto* a = static_cast<AnextAwaitableObject*>(self);
  Object* it = anext_awaitable_iter(a);
  if (!it)
    return nullptr;
  Object* r;
  if (!method) {
    r = it->type->iternext(it);
    if (!r && !err_occurred())
      err_set_none(StopIteration);
  } else {
    r = object_call_method(it, method, args, nargs);
  }
  if (r)
    return r;
  if (err_matches(StopAsyncIteration)) {
    err_clear();
    Object* t = tuple_pack({a->dflt});
    if (!t)
      return nullptr;
    Object* stop = object_call(StopIteration, t, nullptr);
    decref(t);
    if (stop) {
      err_raise_instance(stop);
      decref(stop);
    }
  }
  return nullptr;
}

static Object* anext_awaitable_next(Object* self) {
  return anext_awaitable_proxy(self, nullptr, nullptr, 0);
}
static Object* anext_awaitable_send(Object* self, Object* arg) {
  if (arg == None)
    return anext_awaitable_proxy(self, nullptr, nullptr, 0);
  return anext_awaitable_proxy(self, "send", &arg, 1);
}
static Object* anext_awaitable_throw(Object* self, Object* const* args, ssize nargs) {
  return anext_awaitable_proxy(self, "throw", args, nargs);
}
static Object* anext_awaitable_close(Object* self, Object*) {
  Object* it = anext_awaitable_iter(static_cast<AnextAwaitableObject*>(self));
  if (!it)
    return nullptr;
  if (!type_lookup(it->type, str_static("close")))
    return none_new();
  return object_call_method(it, "close", nullptr, 0);
}
static Object* anext_awaitable_await(Object* self, Object*) {
  return newref(self);
}

static void anext_awaitable_dealloc(Object* self) {
  auto* a = static_cast<AnextAwaitableObject*>(self);
  release(self, {a->wrapped, a->dflt, a->iter});
}
static int anext_awaitable_traverse(Object* self, VisitFn visit, void* arg) {
  auto* a = static_cast<AnextAwaitableObject*>(self);
  return visit_refs({a->wrapped, a->dflt, a->iter}, visit, arg);
}
static MethodDef anext_awaitable_methods[] = {
    {"send", anext_awaitable_send, METH_O, nullptr},
    {"throw", reinterpret_cast<MethodFn>(anext_awaitable_throw), METH_FASTCALL, nullptr},
    {"close", anext_awaitable_close, METH_NOARGS, nullptr},
    {"__await__", anext_awaitable_await, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static TypeObject make_anext_awaitable_type() {
  TypeObject t = make_iter_type("anext_awaitable", sizeof(AnextAwaitableObject), anext_awaitable_dealloc,
                                anext_awaitable_traverse, anext_awaitable_next, nullptr, nullptr);
  t.methods = anext_awaitable_methods;
  return t;
}
static TypeObject AnextAwaitableType = make_anext_awaitable_type();
COIL_REGISTER_TYPE(AnextAwaitableType);

static Object* builtin_anext(Object*, Object* const* args, ssize nargs) {
  if (nargs < 1 || nargs > 2)
    return err_format(TypeError, "anext expected {} argument{}, got {}",
                      nargs < 1 ? "at least 1" : "at most 2", nargs < 1 ? "" : "s", nargs);
  Object* it = args[0];
  if (!type_lookup(it->type, str_static("__anext__")))
    return err_format(TypeError, "'{}' object is not an async iterator", type_name_of(it));
  bool found = false;
  Object* awaitable = object_call_special(it, str_static("__anext__"), nullptr, 0, &found);
  if (!awaitable || nargs == 1)
    return awaitable;
  auto* a = static_cast<AnextAwaitableObject*>(gc_alloc(&AnextAwaitableType, sizeof(AnextAwaitableObject)));
  if (!a) {
    decref(awaitable);
    return nullptr;
  }
  a->wrapped = awaitable;
  a->dflt = newref(args[1]);
  gc_track(a);
  return a;
}

// ---------------------------------------------------------------- table

MethodDef iter_functions[] = {
    {"iter", reinterpret_cast<MethodFn>(builtin_iter), METH_FASTCALL,
     "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator"},
    {"next", reinterpret_cast<MethodFn>(builtin_next), METH_FASTCALL,
     "next(iterator[, default])\n\nReturn the next item from the iterator."},
    {"min", reinterpret_cast<MethodFn>(builtin_min), METH_FASTCALL | METH_KEYWORDS | METH_VARARGS_CALL,
     "min(iterable, *[, default=obj, key=func]) -> value"},
    {"max", reinterpret_cast<MethodFn>(builtin_max), METH_FASTCALL | METH_KEYWORDS | METH_VARARGS_CALL,
     "max(iterable, *[, default=obj, key=func]) -> value"},
    {"sorted", reinterpret_cast<MethodFn>(builtin_sorted), METH_FASTCALL | METH_KEYWORDS,
     "Return a new list containing all items from the iterable in ascending order."},
    {"aiter", builtin_aiter, METH_O, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", reinterpret_cast<MethodFn>(builtin_anext), METH_FASTCALL,
     "async anext(aiterator[, default])\n\nReturn the next item from the async iterator."},
    {"any", builtin_any, METH_O, "Return True if bool(x) is True for any x in the iterable."},
    {"all", builtin_all, METH_O, "Return True if bool(x) is True for all values in the iterable."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace builtins_impl
} // namespace coil
