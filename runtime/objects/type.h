// The type `type`: readying static types, MRO, attribute lookup on types,
// creating classes at run time (heap types).
#pragma once

#include "runtime/object.h"

namespace coil {

// Finishes a static type: base (default object), bases, mro, the type dict
// from methods/members/getset and the slots' dunder wrappers, inherited
// slots. Idempotent. Returns 0/-1.
int type_ready(TypeObject* type);
inline bool type_check(Object* o) noexcept { return type_has_flag(o->type, TPFLAG_TYPE_SUBCLASS); }
// type(name, bases, dict) with metaclass resolution; used by __build_class__.
Object* type_new_from_spec(TypeObject* metatype, Object* name, Object* bases, Object* dict, Object* kwds);
// Calls the slot-dunder for heap types; bumps version_tag when a type dict changes.
void type_modified(TypeObject* type) noexcept;
Object* type_qualname(TypeObject* type); // new ref str
Object* type_module(TypeObject* type);   // new ref str ("builtins" for static types without a dot)
// Generic slot implementations every type may reuse.
Object* type_generic_new(TypeObject* type, Object* args, Object* kwargs);
Object* object_generic_repr(Object* o); // "<module.Name object at 0x...>"
hash_t object_generic_hash(Object* o) noexcept; // identity hash as CPython (address rotated by 4)

} // namespace coil
