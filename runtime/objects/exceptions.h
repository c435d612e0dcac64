// Exception instances and tracebacks.
#pragma once

#include "runtime/errors.h"
#include "runtime/object.h"

namespace coil {

struct BaseExceptionObject : Object {
  Object* dict;
  Object* args;        // tuple
  Object* notes;       // list or nullptr (__notes__ lives in dict in CPython; kept here for speed)
  Object* traceback;   // traceback or nullptr
  Object* context;     // __context__
  Object* cause;       // __cause__
  bool suppress_context;
};
// Subclass layouts (StopIteration.value, SystemExit.code, OSError fields,
// SyntaxError fields, ImportError.name/path, KeyError, ...) are declared in
// runtime/objects/exceptions.cpp's companion structs:
struct StopIterationObject : BaseExceptionObject { Object* value; };
struct SystemExitObject : BaseExceptionObject { Object* code; };
struct ImportErrorObject : BaseExceptionObject { Object* msg; Object* name; Object* path; };
struct NameErrorObject : BaseExceptionObject { Object* name; };
struct AttributeErrorObject : BaseExceptionObject { Object* name; Object* obj; };
struct OSErrorObject : BaseExceptionObject {
  Object* myerrno; Object* strerror; Object* filename; Object* filename2; Object* winerror; ssize written;
};
struct SyntaxErrorObject : BaseExceptionObject {
  Object* msg; Object* filename; Object* lineno; Object* offset; Object* text;
  Object* end_lineno; Object* end_offset; Object* print_file_and_line;
};
struct UnicodeErrorObject : BaseExceptionObject {
  Object* encoding; Object* object; ssize start; ssize end; Object* reason;
};
struct BaseExceptionGroupObject : BaseExceptionObject { Object* msg; Object* excs; };

inline bool exception_instance_check(Object* o) noexcept { return type_has_flag(o->type, TPFLAG_BASE_EXC_SUBCLASS); }
bool exception_class_check(Object* o) noexcept; // a type that subclasses BaseException

// Traceback objects (types.TracebackType): a linked list from the outermost
// frame where the exception was caught to the innermost where it was raised.
extern TypeObject TracebackType;
struct TracebackObject : Object {
  Object* next;     // traceback or nullptr
  Object* frame;    // frame object (interp/ creates them lazily)
  int lasti;        // code-unit index * 2 (byte offset) of the instruction
  int lineno;
};
// Prepends a traceback entry for `frame` to exc.__traceback__.
int traceback_add(Object* exc, Object* frame_object, int lasti, int lineno);

Object* exception_new(TypeObject* type, Object* args); // type(*args); args a tuple
Object* exception_get_args(Object* exc);               // borrowed
void exception_set_traceback(Object* exc, Object* tb); // increfs tb
void exception_set_context(Object* exc, Object* ctx); // steals ctx
void exception_set_cause(Object* exc, Object* cause); // steals cause

} // namespace coil
