// The async opcodes' slow parts. See async_ops.h.
#include "interp/async_ops.h"

#include "runtime/errors.h"
#include "runtime/objects/code.h"
#include "runtime/objects/coro.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/gen.h"
#include "runtime/objects/str.h"

namespace coil::interp {

// type(obj).<name>, bound to obj; nullptr without an exception when absent.
static Object* lookup_special_bound(Object* obj, const char* name) {
  Object* n = str_intern_utf8(name);
  if (!n)
    return nullptr;
  Object* attr = type_lookup(obj->type, n);
  decref(n);
  if (!attr)
    return nullptr;
  if (DescrGetFn get = attr->type->descr_get)
    return get(attr, obj, obj->type);
  return newref(attr);
}

static bool type_defines(TypeObject* t, const char* name) {
  Object* n = str_intern_utf8(name);
  if (!n) {
    err_clear();
    return false;
  }
  bool found = type_lookup(t, n) != nullptr;
  decref(n);
  return found;
}

// Calls the special method `name` of obj with no arguments; *found false
// (and nullptr, no exception) when type(obj) lacks it.
static Object* call_special0(Object* obj, const char* name, bool* found) {
  Object* meth = lookup_special_bound(obj, name);
  *found = meth != nullptr;
  if (!meth)
    return nullptr;
  Object* r = object_call_noargs(meth);
  decref(meth);
  return r;
}

Object* get_awaitable(Object* obj, int oparg) {
  Object* iter = coro_get_awaitable_iter(obj);
  if (!iter) {
    if ((oparg == 1 || oparg == 2) && !type_has_await(obj->type)) {
      err_clear();
      err_format(TypeError, "'async with' received an object from {} that does not implement __await__: {}",
                 oparg == 1 ? "__aenter__" : "__aexit__", obj->type->name);
    }
    return nullptr;
  }
  if (coro_check(iter)) {
    if (Object* yf = gen_yieldfrom(static_cast<GenObject*>(iter))) {
      decref(yf);
      decref(iter);
      return err_set_string(RuntimeError, "coroutine is being awaited already");
    }
  }
  return iter;
}

Object* get_aiter(Object* obj) {
  bool found;
  Object* iter = call_special0(obj, "__aiter__", &found);
  if (!found) {
    if (err_occurred())
      return nullptr;
    return err_format(TypeError, "'async for' requires an object with __aiter__ method, got {}",
                      obj->type->name);
  }
  if (!iter)
    return nullptr;
  if (!async_gen_check(iter) && !type_defines(iter->type, "__anext__")) {
    err_format(TypeError,
               "'async for' received an object from __aiter__ that does not implement __anext__: {}",
               iter->type->name);
    decref(iter);
    return nullptr;
  }
  return iter;
}

Object* get_anext(Object* aiter) {
  if (async_gen_check(aiter))
    return async_gen_anext(aiter);
  bool found;
  Object* next = call_special0(aiter, "__anext__", &found);
  if (!found) {
    if (err_occurred())
      return nullptr;
    return err_format(TypeError, "'async for' requires an iterator with __anext__ method, got {}",
                      aiter->type->name);
  }
  if (!next)
    return nullptr;
  Object* awaitable = coro_get_awaitable_iter(next);
  if (!awaitable) {
    Object* cause = err_fetch();
    err_format(TypeError, "'async for' received an invalid object from __anext__: {}", next->type->name);
    if (Object* exc = err_current()) {
      if (cause) {
        exception_set_cause(exc, newref(cause));
        exception_set_context(exc, cause);
        cause = nullptr;
      }
    }
    xdecref(cause);
    decref(next);
    return nullptr;
  }
  decref(next);
  return awaitable;
}

Object* before_async_with(Object* mgr, Object** exit_out) {
  Object* enter = lookup_special_bound(mgr, "__aenter__");
  if (!enter) {
    if (!err_occurred())
      err_format(TypeError, "'{}' object does not support the asynchronous context manager protocol",
                 mgr->type->name);
    return nullptr;
  }
  Object* exit_fn = lookup_special_bound(mgr, "__aexit__");
  if (!exit_fn) {
    if (!err_occurred())
      err_format(
          TypeError,
          "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
          mgr->type->name);
    decref(enter);
    return nullptr;
  }
  Object* res = object_call_noargs(enter);
  decref(enter);
  if (!res) {
    decref(exit_fn);
    return nullptr;
  }
  *exit_out = exit_fn;
  return res;
}

Object* get_yield_from_iter(Frame* frame, Object* iterable) {
  if (coro_check(iterable)) {
    if (!(frame->code->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)))
      return err_set_string(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    return newref(iterable);
  }
  if (gen_check(iterable))
    return newref(iterable);
  return object_get_iter(iterable);
}

} // namespace coil::interp
