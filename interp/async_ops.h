// The async opcodes' out-of-line parts (GET_AWAITABLE, GET_AITER, GET_ANEXT,
// BEFORE_ASYNC_WITH, GET_YIELD_FROM_ITER's coroutine rules), with CPython
// 3.11's semantics and error messages.
//
// Invariants
// - Every function returns a new reference, or nullptr with an exception set;
//   none of them consumes its arguments (the loop drops them).
#pragma once

#include "runtime/object.h"
#include "runtime/objects/frame.h"

namespace coil::interp {

// GET_AWAITABLE: the iterator of `await obj`. oparg 1/2 mean the object came
// from __aenter__/__aexit__ (their own TypeError messages).
Object* get_awaitable(Object* obj, int oparg);
// GET_AITER: type(obj).__aiter__(obj), checked to have __anext__.
Object* get_aiter(Object* obj);
// GET_ANEXT: the awaitable of aiter.__anext__().
Object* get_anext(Object* aiter);
// BEFORE_ASYNC_WITH: looks up __aenter__/__aexit__, calls __aenter__; the
// bound __aexit__ goes to *exit_out.
Object* before_async_with(Object* mgr, Object** exit_out);
// GET_YIELD_FROM_ITER: generators and (in coroutine code) coroutines as they
// are, anything else through iter().
Object* get_yield_from_iter(Frame* frame, Object* iterable);

} // namespace coil::interp
