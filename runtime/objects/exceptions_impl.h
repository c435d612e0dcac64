// Private helpers shared by the exception implementation files
// (exceptions.cpp, exceptions_os.cpp, exceptions_group.cpp,
// exceptions_traceback.cpp). Not a public contract: use exceptions.h.
#pragma once

#include <initializer_list>
#include <string_view>

#include "runtime/objects/exceptions.h"

namespace coil::exc_impl {

// A static exception type, filled field by field (the type header is a base
// class, so designated initialisers cannot name it). `base` is the single
// base; TPFLAG_BASE_EXC_SUBCLASS, BASETYPE and HAVE_GC are always set.
TypeObject make_exception_type(const char* name, TypeObject* base, ssize basicsize, const char* doc);

// BaseException's slots, reused by every subclass.
Object* base_new(TypeObject* type, Object* args, Object* kwargs);
int base_init(Object* self, Object* args, Object* kwargs);
void base_dealloc(Object* self);
int base_traverse(Object* self, VisitFn visit, void* arg);
int base_clear(Object* self);
Object* base_str(Object* self);
Object* base_repr(Object* self);

// Keyword arguments accepted by an __init__ (dict or nullptr). For every
// key in kwargs that is one of `names`, stores the borrowed value in the
// matching `out` slot; any other key raises TypeError
// "'k' is an invalid keyword argument for FUNC()". Returns 0/-1.
int parse_keywords_only(Object* kwargs, const char* func, std::initializer_list<const char*> names,
                        std::initializer_list<Object**> out);

// Replaces a field with a new reference to `value` (None kept as None).
inline void set_field(Object*& slot, Object* value) {
  setref(slot, xnewref(value));
}

} // namespace coil::exc_impl
