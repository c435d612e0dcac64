// Raising and inspecting exceptions from C++.
//
// Invariants
// - The pending exception is one normalised exception instance stored in
//   ThreadState::current_exception (CPython 3.12's model). Its traceback is
//   its __traceback__ attribute.
// - A function that fails sets the exception and returns nullptr / -1. The
//   err_* helpers return nullptr so that `return err_format(...)` reads well.
// - Never throw C++ exceptions through runtime or interpreter code.
#pragma once

#include <fmt/format.h>

#include "runtime/object.h"

namespace coil {

// Exception types (runtime/objects/exceptions.cpp). All are static types.
#define COIL_EXC_DECLARE(NAME) extern TypeObject* const NAME;
#define COIL_EXCEPTION_LIST(X)                                                                               \
  X(BaseException)                                                                                           \
  X(BaseExceptionGroup)                                                                                      \
  X(Exception)                                                                                               \
  X(ExceptionGroup)                                                                                          \
  X(GeneratorExit)                                                                                           \
  X(KeyboardInterrupt) X(SystemExit) X(ArithmeticError) X(AssertionError) X(AttributeError) X(BufferError)   \
      X(EOFError) X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError) X(KeyError) X(          \
          MemoryError) X(NameError) X(UnboundLocalError) X(OSError) X(BlockingIOError) X(ChildProcessError)  \
          X(ConnectionError) X(BrokenPipeError) X(ConnectionAbortedError) X(ConnectionRefusedError)          \
              X(ConnectionResetError) X(FileExistsError) X(FileNotFoundError) X(InterruptedError)            \
                  X(IsADirectoryError) X(NotADirectoryError) X(PermissionError) X(ProcessLookupError)        \
                      X(TimeoutError) X(ReferenceError) X(RuntimeError) X(NotImplementedError)               \
                          X(RecursionError) X(StopAsyncIteration) X(StopIteration) X(SyntaxError)            \
                              X(IndentationError) X(TabError) X(SystemError) X(TypeError) X(ValueError)      \
                                  X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError)                \
                                      X(UnicodeTranslateError) X(FloatingPointError) X(OverflowError)        \
                                          X(ZeroDivisionError) X(Warning) X(BytesWarning)                    \
                                              X(DeprecationWarning) X(EncodingWarning) X(FutureWarning)      \
                                                  X(ImportWarning) X(PendingDeprecationWarning)              \
                                                      X(ResourceWarning) X(RuntimeWarning) X(SyntaxWarning)  \
                                                          X(UnicodeWarning) X(UserWarning)
COIL_EXCEPTION_LIST(COIL_EXC_DECLARE)
#undef COIL_EXC_DECLARE

// Raise type(value) / type(*args).
std::nullptr_t
err_set_object(TypeObject* type,
               Object* value); // value: the single arg (or a tuple of args? no: one arg); nullptr = no args
std::nullptr_t err_set_string(TypeObject* type, std::string_view message);
std::nullptr_t err_set_none(TypeObject* type); // raise type()
template <class... Args>
std::nullptr_t err_format(TypeObject* type, fmt::format_string<Args...> f, Args&&... args) {
  return err_set_string(type, fmt::format(f, std::forward<Args>(args)...));
}
// Raise an exception instance (or class, which is instantiated). Steals nothing.
std::nullptr_t err_raise_instance(Object* exc);
std::nullptr_t err_no_memory();
std::nullptr_t err_bad_internal_call(const char* where);
// OSError subclass chosen from errno, with strerror text and optional filename.
std::nullptr_t err_from_errno(TypeObject* type, Object* filename = nullptr);

bool err_occurred() noexcept;
Object* err_current() noexcept; // borrowed, nullptr if none
// True if the pending exception is an instance of `type` (or of a tuple of types).
bool err_matches(Object* type) noexcept;
inline bool err_matches(TypeObject* type) noexcept {
  return err_matches(static_cast<Object*>(type));
}
bool exception_matches(Object* exc, Object* type) noexcept; // instance/class vs class/tuple
Object* err_fetch() noexcept;           // takes the pending exception (new reference), clears it
void err_restore(Object* exc) noexcept; // steals exc; replaces the pending one
void err_clear() noexcept;
// Sets __context__ of the pending exception to `context` (steals) as `raise` inside `except` does.
void err_chain_context(Object* context);

// Prints the exception as CPython's default sys.excepthook does (traceback,
// chained causes/contexts, "Type: message") to sys.stderr.
void err_print_exception(Object* exc);
// Prints the pending exception and clears it; used at top level.
void err_print();
// Writes "Exception ignored in: <obj>" + traceback, as CPython's PyErr_WriteUnraisable.
void err_write_unraisable(Object* obj);
// Same with CPython's _PyErr_WriteUnraisableMsg text: "Exception ignored <msg>: <obj>".
void err_write_unraisable_msg(const char* msg, Object* obj);

} // namespace coil
