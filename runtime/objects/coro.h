// Coroutines (PEP 492) and asynchronous generators (PEP 525): the object
// types built on GenObject's layout, and the awaitable helpers the
// interpreter's async opcodes use.
//
// Invariants
// - `coroutine` and `async_generator` objects are GenObjects (gen.h); their
//   kind is chosen by gen_new_from_frame from the code flags.
// - An async generator's frame yields either an AsyncGenWrappedValue (a
//   value of `yield`, wrapped by ASYNC_GEN_WRAP) or a raw value (an `await`
//   inside it passing through to the event loop). asend/athrow objects
//   unwrap the former into StopIteration(value).
// - The asyncgen hooks (sys.set_asyncgen_hooks) are per thread.
#pragma once

#include "runtime/object.h"
#include "runtime/objects/gen.h"

namespace coil {

extern TypeObject CoroWrapperType;          // coroutine_wrapper (coro.__await__())
extern TypeObject AsyncGenASendType;        // async_generator_asend
extern TypeObject AsyncGenAThrowType;       // async_generator_athrow
extern TypeObject AsyncGenWrappedValueType; // async_generator_wrapped_value

// A value yielded by an async generator (steals nothing; increfs value).
Object* async_gen_wrap_value(Object* value);

// An awaitable's iterator for `await o` (CPython's _PyCoro_GetAwaitableIter):
// coroutines and CO_ITERABLE_COROUTINE generators themselves, else the
// result of type(o).__await__(o), which must be an iterator that is not a
// coroutine. New reference, or nullptr with TypeError
// ("object int can't be used in 'await' expression").
Object* coro_get_awaitable_iter(Object* o);
// True if type(o) defines __await__ (CPython: tp_as_async->am_await).
bool type_has_await(TypeObject* t) noexcept;
// A generator whose code has CO_ITERABLE_COROUTINE (types.coroutine).
bool gen_is_iterable_coroutine(Object* o) noexcept;

// async_generator.__anext__() (runs the first-iteration hook).
Object* async_gen_anext(Object* agen);

// sys.set_asyncgen_hooks / sys.get_asyncgen_hooks (sys.cpp lists them).
Object* sys_set_asyncgen_hooks(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* sys_get_asyncgen_hooks(Object* self, Object* unused);

} // namespace coil
