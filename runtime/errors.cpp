// The pending-exception API (runtime/errors.h).
//
// Raising while an exception is being handled (sys.exc_info() is set)
// chains it implicitly: the new exception's __context__ becomes the handled
// one, unless that would create a cycle (CPython's rule).
#include "runtime/errors.h"

#include <cerrno>
#include <cstring>

#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/thread_state.h"

namespace coil {

static Object* handled_exception(ThreadState* ts) {
  for (ExcInfo* e = ts->exc_info; e; e = e->previous)
    if (e->exc_value && e->exc_value != None)
      return e->exc_value;
  return nullptr;
}

// Sets exc.__context__ to the handled exception, breaking any cycle that
// would create (as CPython's _PyErr_SetObject does).
static void chain_implicitly(ThreadState* ts, Object* exc) {
  Object* handled = handled_exception(ts);
  if (!handled || handled == exc)
    return;
  // Avoid cycles: walk handled's context chain; if exc appears, cut it there.
  Object* o = handled;
  Object* slow = handled;
  bool slow_step = false;
  while (true) {
    Object* ctx = static_cast<BaseExceptionObject*>(o)->context;
    if (!ctx)
      break;
    if (ctx == exc) {
      static_cast<BaseExceptionObject*>(o)->context = nullptr;
      decref(ctx);
      break;
    }
    o = ctx;
    if (o == slow)
      break; // pre-existing cycle: stop
    if (slow_step)
      slow = static_cast<BaseExceptionObject*>(slow)->context;
    slow_step = !slow_step;
  }
  exception_set_context(exc, newref(handled));
}

static void set_pending(ThreadState* ts, Object* exc) {
  Object* old = ts->current_exception;
  ts->current_exception = exc;
  xdecref(old);
}

std::nullptr_t err_raise_instance(Object* exc) {
  ThreadState* ts = ThreadState::current();
  xdecref(err_fetch());
  Object* inst;
  if (type_check(exc)) {
    inst = object_call_noargs(exc);
    if (!inst)
      return nullptr;
    if (!exception_instance_check(inst)) {
      err_format(TypeError, "calling {} should have returned an instance of BaseException, not {}",
                 type_name(static_cast<TypeObject*>(exc)), type_name_of(inst));
      decref(inst);
      return nullptr;
    }
  } else {
    inst = newref(exc);
  }
  chain_implicitly(ts, inst);
  set_pending(ts, inst);
  return nullptr;
}

std::nullptr_t err_set_object(TypeObject* type, Object* value) {
  ThreadState* ts = ThreadState::current();
  // A new exception replaces a pending one (constructing it must not see it).
  xdecref(err_fetch());
  Object* inst;
  if (value && exception_instance_check(value) && is_instance_of(value, type)) {
    inst = newref(value);
  } else {
    Object* args;
    if (!value)
      args = tuple_empty();
    else if (tuple_check(value))
      args = newref(value);
    else
      args = tuple_pack({value});
    if (!args)
      return nullptr;
    // CPython 3.11 makes the instance lazily, at a shallower depth: making
    // it here must not trip the recursion limit (runtime/recursion.h).
    if (ts)
      ts->recursion_headroom++;
    inst = object_call(type, args, nullptr);
    if (ts)
      ts->recursion_headroom--;
    decref(args);
    if (!inst)
      return nullptr; // the constructor's own error is pending
  }
  chain_implicitly(ts, inst);
  set_pending(ts, inst);
  return nullptr;
}

std::nullptr_t err_set_string(TypeObject* type, std::string_view message) {
  Object* msg = str_from_utf8(message);
  if (!msg)
    return nullptr;
  Object* args = tuple_pack({msg});
  decref(msg);
  if (!args)
    return nullptr;
  err_set_object(type, args);
  decref(args);
  return nullptr;
}

std::nullptr_t err_set_none(TypeObject* type) {
  return err_set_object(type, nullptr);
}

std::nullptr_t err_no_memory() {
  // Avoid allocating a message; MemoryError() with no args.
  return err_set_none(MemoryError);
}

std::nullptr_t err_bad_internal_call(const char* where) {
  return err_format(SystemError, "{}: bad argument to internal function", where);
}

std::nullptr_t err_from_errno(TypeObject* type, Object* filename) {
  int e = errno;
  if (e == EINTR) {
    // Signals are delivered through the eval breaker; report as InterruptedError.
  }
  Object* code = int_from_i64(e);
  Object* msg = str_from_utf8(strerror(e));
  if (!code || !msg) {
    xdecref(code);
    xdecref(msg);
    return nullptr;
  }
  Object* args = filename ? tuple_pack({code, msg, filename}) : tuple_pack({code, msg});
  decref(code);
  decref(msg);
  if (!args)
    return nullptr;
  err_set_object(type, args);
  decref(args);
  return nullptr;
}

bool err_occurred() noexcept {
  return ThreadState::current()->current_exception != nullptr;
}
Object* err_current() noexcept {
  return ThreadState::current()->current_exception;
}

bool exception_matches(Object* exc, Object* type) noexcept {
  if (!exc || !type)
    return false;
  if (tuple_check(type)) {
    ssize n = tuple_size(type);
    for (ssize i = 0; i < n; i++)
      if (exception_matches(exc, tuple_get(type, i)))
        return true;
    return false;
  }
  TypeObject* exc_type = type_check(exc) ? static_cast<TypeObject*>(exc) : exc->type;
  if (!type_check(type))
    return exc == type;
  return type_is_subtype(exc_type, static_cast<TypeObject*>(type));
}

bool err_matches(Object* type) noexcept {
  return exception_matches(err_current(), type);
}

Object* err_fetch() noexcept {
  ThreadState* ts = ThreadState::current();
  Object* e = ts->current_exception;
  ts->current_exception = nullptr;
  return e;
}

void err_restore(Object* exc) noexcept {
  set_pending(ThreadState::current(), exc);
}

void err_clear() noexcept {
  set_pending(ThreadState::current(), nullptr);
}

void err_chain_context(Object* context) {
  Object* cur = err_current();
  if (!cur || !context || cur == context) {
    xdecref(context);
    return;
  }
  exception_set_context(cur, context);
}

} // namespace coil
