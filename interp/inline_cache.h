// Inline caches for LOAD_GLOBAL, LOAD_ATTR and LOAD_METHOD, shared by the
// interpreter and the JIT (which calls the same functions with the same
// records).
//
// Invariants
// - Each site's record (InlineCacheEntry, runtime/objects/code.h) lives in
//   CodeObject::icache; the site's first CACHE unit in `code` holds its
//   index (NO_SITE when the code has more sites than fit). `co_code` is the
//   unquickened copy, so dis, marshal and the verifier never see indices.
// - A record only speeds up what the generic path would return: it is
//   consulted under guards that imply the generic lookup's result, and a
//   failed guard takes the generic path and refills the record.
//   * IC_GLOBAL (found in globals) / IC_BUILTIN (found in builtins):
//     a = globals dict version, b = builtins dict version, value = the
//     object found. Dict versions are nonzero and unique per mutation
//     (runtime/objects/dict.cpp), so equal versions mean unchanged dicts.
//     When only the globals changed: IC_GLOBAL rechecks the entry at index
//     aux for the identical key; IC_BUILTIN checks that globals still lack
//     the name while the builtins version holds.
//   * IC_ATTR_DICT: a = type version tag; the type's getattro is the generic
//     one (or the module type's, which tries the generic one first); the
//     name is not a data descriptor on the type; aux = the instance dict's
//     offset (> 0); b = the entry index where the dict held the name.
//     A hit needs the entry at b to have the identical key.
//   * IC_ATTR_VALUES: a = type version tag (so the type and its shared keys
//     are the same: managed-dict classes only); the name is not a data
//     descriptor; b = the name's index in the class's shared keys. A hit
//     needs the instance to still have values (no materialized __dict__)
//     holding a value at b. Keys are only appended, so the index stays valid.
//   * IC_ATTR_SLOT: a = type version tag; the name is a __slots__ member
//     (MEMBER_OBJECT_EX) at offset b; a null slot takes the generic path.
//   * IC_METHOD: a = type version tag; value = the method descriptor
//     (function) found on the type; aux = the instance dict offset, 0, or
//     -1 for a managed dict. A hit needs the instance dict (if any) not to
//     hold the name; with values, b = the shared keys' length when the name
//     was not among them (UINT64_MAX: it was; look it up each time).
// - Type version tags change whenever a type or one of its bases changes
//   (type_modified), so borrowed values from a type stay valid while the
//   tag matches.
// - All of this runs with the GIL held (no other thread touches records).
#pragma once
#include "runtime/objects/code.h"
#include "runtime/objects/frame.h"

namespace coil::interp {

constexpr uint16_t NO_SITE = 0xFFFF;

enum InlineCacheKind : uint32_t {
  IC_EMPTY = 0,
  IC_GLOBAL = 1,
  IC_ATTR_DICT = 2,
  IC_ATTR_SLOT = 3,
  IC_METHOD = 4,
  IC_BUILTIN = 5,
  IC_ATTR_VALUES = 6,
};

// Numbers the cached sites of co and allocates its records (once).
// Returns -1 with MemoryError set on failure.
int quicken(CodeObject* co);

// The record of the site whose instruction is at code unit `index`, or nullptr.
inline InlineCacheEntry* site_entry(CodeObject* co, ssize index) noexcept {
  if (!co->icache)
    return nullptr;
  uint16_t k = co->code[index + 1];
  return k == NO_SITE ? nullptr : &co->icache[k];
}

// As load_global / object_getattr / method_lookup, using and refilling e.
Object* load_global_cached(Frame* frame, Object* name, InlineCacheEntry* e);
Object* load_attr_cached(Object* owner, Object* name, InlineCacheEntry* e);
Object* load_method_cached(Object* obj, Object* name, bool* is_method, InlineCacheEntry* e);

} // namespace coil::interp
