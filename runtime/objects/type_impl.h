// Private helpers shared by the type-system files (type.cpp, type_slots.cpp,
// type_new.cpp, object_type.cpp, descr*.cpp, super.cpp). Not a contract.
//
// Invariants
// - Names returned by NAME() are immortal interned strings (str_static),
//   cached in a function-local static: compare with == or str_equal.
// - call_* helpers follow the vectorcall convention and return new
//   references (nullptr + exception on error).
#pragma once

#include <string_view>

#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"

namespace coil::type_impl {

// Cached immortal interned string for a literal.
#define COIL_NAME(lit)                                                                                       \
  ([]() -> ::coil::Object* {                                                                                 \
    static ::coil::Object* s_ = ::coil::str_static(lit);                                                     \
    return s_;                                                                                               \
  }())

// Converts vectorcall arguments to (tuple, dict-or-nullptr). 0/-1.
int args_to_tuple_dict(Object* const* args, ssize nargs, Object* kwnames, Object** targs, Object** tkwargs);
// Fails with "NAME() takes no keyword arguments" when kwnames is non-empty.
int no_keywords(const char* name, Object* kwnames);
int no_keywords_dict(const char* name, Object* kwargs);
// Checks lo <= nargs <= hi with CPython's "NAME expected at least/most N argument(s), got M".
int check_nargs(const char* name, ssize nargs, ssize lo, ssize hi);

// Looks up dunder `name` on type(self) (MRO, no instance dict) and calls it
// bound to self with args. *found = false (and nullptr, no exception) when
// the type lacks it.
Object* call_special(Object* self, Object* name, Object* const* args, ssize nargs, bool* found);
// Same, but a missing method raises AttributeError(name).
Object* call_special_required(Object* self, Object* name, Object* const* args, ssize nargs);
// The unbound special attribute of type(self), bound by its __get__ if any (new ref); nullptr if absent (no
// exception).
Object* lookup_special_bound(Object* self, Object* name, bool* error);

// AttributeError "'T' object has no attribute 'x'" with .name/.obj set (3.11).
std::nullptr_t raise_no_attribute(Object* obj, Object* name);
// The AttributeError of a failed store or deletion (name/obj left unset).
void raise_setattr_missing(Object* obj, Object* name);
// Sets .name and .obj on a pending AttributeError if they are unset.
void set_attribute_error_context(Object* obj, Object* name);

// "<class 'mod.Qual'>" style full name: module.qualname, or qualname for builtins. New str.
Object* type_full_name(TypeObject* type);
// The static (non-heap) base whose layout a heap type extends.
TypeObject* solid_static_base(TypeObject* type) noexcept;

// free_ functions with the DeallocFn signature.
void gc_free_object(Object* o);
void object_free_object(Object* o);

// __class__/__bases__ assignment layout check (object_type.cpp); false + TypeError.
bool compatible_for_assignment(TypeObject* oldto, TypeObject* newto, const char* attr);

// type.cpp / type_new.cpp internals.
bool is_tp_new_wrapper(Object* o) noexcept; // the __new__ builtin added to static types
VectorcallFn
type_default_vectorcall() noexcept; // heap classes' vectorcall: dispatches to the metatype's call
int type_set_bases(Object* self, Object* value, void*);
Object* type_new_slot(TypeObject* metatype, Object* args, Object* kwargs); // type.__new__

// Wrapper-descriptor plumbing (type_slots.cpp <-> descr.cpp).
using SlotWrapperFn = Object* (*)(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                                  void* wrapped);
struct SlotDef {
  const char* name;
  int table;      // which struct the slot lives in (SLOT_TABLE_*)
  ssize offset;   // offsetof within that struct
  void* function; // the generic heap-type slot function (may be nullptr)
  SlotWrapperFn wrapper;
  const char* doc;
  int flags;        // SLOTDEF_KEYWORDS: the wrapper accepts keyword arguments
  Object* name_obj; // interned, filled at first use
};
enum SlotDefFlags : int { SLOTDEF_KEYWORDS = 1 };
enum SlotTable : int { SLOT_TABLE_TYPE = 0, SLOT_TABLE_NUMBER, SLOT_TABLE_SEQUENCE, SLOT_TABLE_MAPPING };

} // namespace coil::type_impl

namespace coil {
struct WrapperDescrObject : DescrObject {
  VectorcallFn vectorcall;
  const type_impl::SlotDef* base;
  void* wrapped; // the C slot function this wraps
};
struct MethodWrapperObject : Object {
  VectorcallFn vectorcall;
  WrapperDescrObject* descr;
  Object* self;
};
Object* descr_new_wrapper(TypeObject* owner, const type_impl::SlotDef* base, void* wrapped);
} // namespace coil
