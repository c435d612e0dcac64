// The type `type`: readying static types, MRO, attribute lookup on types,
// creating classes at run time (heap types).
#pragma once

#include "runtime/object.h"

namespace coil {

// Finishes a static type: base (default object), bases, mro, the type dict
// from methods/members/getset and the slots' dunder wrappers, inherited
// slots. Idempotent. Returns 0/-1.
int type_ready(TypeObject* type);
inline bool type_check(Object* o) noexcept {
  return type_has_flag(o->type, TPFLAG_TYPE_SUBCLASS);
}
// type(name, bases, dict) with metaclass resolution; used by __build_class__.
Object* type_new_from_spec(TypeObject* metatype, Object* name, Object* bases, Object* dict, Object* kwds);
// Calls the slot-dunder for heap types; bumps version_tag when a type dict changes.
void type_modified(TypeObject* type) noexcept;
// Empties the attribute lookup cache (sys._clear_type_cache): it holds a
// reference to each name it saw, which the leak check must not count.
void type_clear_cache() noexcept;
Object* type_qualname(TypeObject* type); // new ref str
Object* type_module(TypeObject* type);   // new ref str ("builtins" for static types without a dot)
// Generic slot implementations every type may reuse.
Object* type_generic_new(TypeObject* type, Object* args, Object* kwargs);
Object* object_generic_repr(Object* o);         // "<module.Name object at 0x...>"
hash_t object_generic_hash(Object* o) noexcept; // identity hash as CPython (address rotated by 4)

// ---------------------------------------------------------------- additions (types engineer)

// The layout of a class created at run time (instances of `type` and of its
// subclasses). The TypeObject's as_number/as_sequence/as_mapping point at the
// storage here so that slots can be filled per class.
struct SharedKeys;
struct DictValues;

struct HeapTypeObject : TypeObject {
  NumberMethods number_storage;
  SequenceMethods sequence_storage;
  MappingMethods mapping_storage;
  Object* ht_name;         // str; TypeObject::name points at its UTF-8
  MemberDef* ht_members;   // __slots__ member table (new[]), or nullptr
  SharedKeys* cached_keys; // TPFLAG_MANAGED_DICT: the instances' shared keys (dict_split.h)
};

// Instances of TPFLAG_MANAGED_DICT types (CPython 3.11's layout): a 16-byte
// pre-header before the GC header holds the values pointer (at -32) and the
// dict pointer (at -24). While the values pointer is set the attributes
// live there (dict_split.h) and the dict pointer is null; once __dict__ is
// requested a split dict takes the values over and the values pointer is
// null.
inline Object** managed_dict_ptr(Object* o) noexcept {
  return reinterpret_cast<Object**>(o) - 3;
}
inline DictValues** managed_values_ptr(Object* o) noexcept {
  return reinterpret_cast<DictValues**>(o) - 4;
}
// The values of o, or nullptr (no managed dict, or materialized).
inline DictValues* instance_values(Object* o) noexcept {
  return type_has_flag(o->type, TPFLAG_MANAGED_DICT) ? *managed_values_ptr(o) : nullptr;
}
// Gives a new instance of a managed-dict class its values (CPython's
// init_inline_values); on failure the instance keeps using a dict.
void instance_init_values(Object* o) noexcept;
// The attribute `name` among o's values v (borrowed), or nullptr when absent
// (an exception is set only if comparing a non-str name raised).
Object* instance_values_get(Object* o, DictValues* v, Object* name);
// Stores (value) or deletes (nullptr) an attribute of o while it has values;
// AttributeError for a missing one. 0 or -1.
int instance_values_set(Object* o, Object* name, Object* value);
// Moves o's values into a split dict at its dict pointer (no-op without
// values). 0, or -1 with MemoryError.
int object_materialize_dict(Object* o);
// The dict for the first attribute stored on o without values: a split dict
// over its class's shared keys when it has some, else an empty dict.
Object* instance_new_dict(Object* o);
// Releases o's values (dealloc, tp_clear).
void instance_clear_values(Object* o) noexcept;

// isinstance(inst, cls) / issubclass(derived, cls) with __instancecheck__ /
// __subclasscheck__, tuples of classes, and the abstract __bases__ /
// __class__ protocol. 1/0, or -1 with an exception set.
int object_isinstance(Object* inst, Object* cls);
int object_issubclass(Object* derived, Object* cls);
// The recursive cores (no __instancecheck__ hooks): type.__instancecheck__.
int object_real_isinstance(Object* inst, Object* cls);
int object_real_issubclass(Object* derived, Object* cls);

// The address of the instance __dict__ pointer of `o`, or nullptr when its
// type has none (handles the negative dictoffset of var-sized bases).
Object** object_dict_ptr(Object* o) noexcept;
// o.__dict__, created on demand (new reference); nullptr + AttributeError if none.
Object* object_get_dict(Object* o);

// Like type_lookup but with the MRO walk forced (no method cache). Borrowed.
Object* type_lookup_uncached(TypeObject* type, Object* name) noexcept;
// Calls `type.mro()` (or the C3 default) and installs type->mro. 0/-1.
int type_mro_update(TypeObject* type);
// C3 linearisation of `type` given its bases; new tuple.
Object* type_mro_c3(TypeObject* type);

// Re-derives the slot(s) fed by dunder `name` for heap type `type` and its
// subclasses after `name` was set/deleted on the class (type_slots.cpp).
void type_update_slot(TypeObject* type, Object* name);
// Fills every slot of a new heap type from its MRO dicts (type_slots.cpp).
void type_fixup_slots(TypeObject* type);
// Adds slot wrappers (wrapper_descriptor objects) for the filled slots of a
// static type to its dict (type_slots.cpp). 0/-1.
int type_add_slot_wrappers(TypeObject* type);
// hash slot that raises "unhashable type: 'X'".
hash_t object_hash_not_implemented(Object* o);

// object's own slot functions (object_type.cpp), needed to recognise them.
int object_init(Object* self, Object* args, Object* kwargs);
Object* object_new(TypeObject* type, Object* args, Object* kwargs);

// The type of `type.__dict__` views: types.MappingProxyType.
extern TypeObject MappingProxyType;
extern TypeObject SuperType;
// types.GenericAlias (list[int]) and types.UnionType (int | str).
extern TypeObject GenericAliasType;
extern TypeObject UnionType;
Object* generic_alias_new(Object* origin, Object* args); // origin[args]; args a tuple or a single item
Object* type_or(Object* a, Object* b);     // a | b for types/None/aliases; NotImplemented otherwise
Object* mappingproxy_new(Object* mapping); // read-only view; mapping is increfed

// dir(o) helper for object.__dir__ and type.__dir__: adds the attribute
// names of `type` and its bases into dict `names` (keys). 0/-1.
int type_merge_class_dict(Object* names, Object* type);

// Calls the heap-type `__set_name__`/`__init_subclass__` protocol parts
// (type_new.cpp); exported for unit tests.
Object* type_call(Object* callable, Object* args, Object* kwargs);

// Subclass registry (TypeObject::subclasses): a dict mapping id(sub) to
// id(sub) (ints); entries are removed when the subclass dies.
int type_add_subclass(TypeObject* base, TypeObject* sub);
void type_remove_subclass(TypeObject* base, TypeObject* sub);
Object* type_subclasses_list(TypeObject* type); // new list of the live subclasses

// The vectorcall of the builtin classes CPython 3.11 gives one (float,
// bool, enumerate, map, filter): type_call, without the recursion level a
// call through the call slot counts (runtime/recursion.h).
Object* type_call_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames);

} // namespace coil
