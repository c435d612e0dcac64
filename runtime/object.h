// The object model: every Python value is an Object* with a header of
// {refcount, type}. This file is the contract the whole runtime, the
// interpreter and the JIT code against.
//
// Invariants
// - Every Object starts with `refcnt` then `type` (CPython's PyObject layout;
//   the JIT relies on these offsets: refcnt at 0, type at 8).
// - Reference ownership follows CPython's rules. A function returning
//   Object* returns a NEW reference unless its comment says "borrowed".
//   Arguments are borrowed unless the comment says "steals".
// - A fallible function returns nullptr (or -1 for int/ssize results) with an
//   exception set in the current ThreadState (runtime/errors.h); it never
//   throws a C++ exception through the runtime or the interpreter.
// - Any fallible function may run arbitrary Python code (a __repr__, __eq__,
//   __hash__, __del__...), so it may re-enter the interpreter, allocate,
//   collect garbage and release the GIL. Functions that cannot run Python
//   code and cannot fail are marked noexcept.
// - Objects with type flag TPFLAG_HAVE_GC are preceded in memory by a GCHead
//   (runtime/gc.h) and must be allocated through gc_alloc*.
// - When refcnt drops to zero the type's dealloc runs immediately.
// - Static objects (None, True, False, static types) start with a refcount
//   of 1 held by the runtime itself and are never deallocated. The objects
//   CPython 3.11 allocates statically with _PyObject_IMMORTAL_REFCNT (small
//   ints, the empty and one-character strs and bytes, the empty tuple, the
//   runtime's identifier strings) start at STATIC_REFCNT instead, so
//   sys.getrefcount shows CPython's figures for them (999999999 + uses).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace coil {

using ssize = std::ptrdiff_t;
using hash_t = std::int64_t; // Py_hash_t; -1 means error

struct TypeObject;

struct Object {
  ssize refcnt;
  TypeObject* type;
};

// CPython 3.11's _PyObject_IMMORTAL_REFCNT (see the invariants above).
constexpr ssize STATIC_REFCNT = 999999999;

// Objects with a variable number of items (tuple, int, bytes...).
struct VarObject : Object {
  ssize size;
};

// ---------------------------------------------------------------- refcounts

// Calls o->type->dealloc. For static types that support weak references, it
// first untracks a GC object and clears its weakrefs, calling their callbacks
// (instances of classes do it in subtype_dealloc, after __del__). See
// runtime/objects/weakref.h.
void dealloc(Object* o);

inline void incref(Object* o) noexcept {
  ++o->refcnt;
}
inline void xincref(Object* o) noexcept {
  if (o)
    ++o->refcnt;
}
inline void decref(Object* o) {
  if (--o->refcnt == 0)
    dealloc(o);
}
inline void xdecref(Object* o) {
  if (o && --o->refcnt == 0)
    dealloc(o);
}
// Returns o with a new reference (for `return newref(x);`).
template <class T> inline T* newref(T* o) noexcept {
  ++o->refcnt;
  return o;
}
template <class T> inline T* xnewref(T* o) noexcept {
  if (o)
    ++o->refcnt;
  return o;
}
// Replaces *slot by value (new reference already owned) and drops the old one.
template <class T> inline void setref(T*& slot, T* value) {
  T* old = slot;
  slot = value;
  xdecref(old);
}
template <class T> inline void clear_ref(T*& slot) {
  T* old = slot;
  slot = nullptr;
  xdecref(old);
}

// ---------------------------------------------------------------- type slots

enum CompareOp : int { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };

using DeallocFn = void (*)(Object*);
using UnaryFn = Object* (*)(Object*);
using BinaryFn = Object* (*)(Object*, Object*);
using TernaryFn = Object* (*)(Object*, Object*, Object*);
using InquiryFn = int (*)(Object*); // 0/1, or -1 on error
using LenFn = ssize (*)(Object*);   // -1 on error
using SizeArgFn = Object* (*)(Object*, ssize);
using SizeObjArgFn = int (*)(Object*, ssize, Object*);
using ObjObjFn = int (*)(Object*, Object*);             // contains: 0/1/-1
using ObjObjArgFn = int (*)(Object*, Object*, Object*); // value nullptr = delete
using HashFn = hash_t (*)(Object*);
using RichCompareFn = Object* (*)(Object*, Object*, int op);
using GetAttrFn = Object* (*)(Object*, Object* name);
using SetAttrFn = int (*)(Object*, Object* name, Object* value); // value nullptr = delete
using DescrGetFn = Object* (*)(Object* descr, Object* obj, Object* type);
using DescrSetFn = int (*)(Object* descr, Object* obj, Object* value);
using InitFn = int (*)(Object* self, Object* args, Object* kwargs);
using NewFn = Object* (*)(TypeObject* type, Object* args, Object* kwargs);
using VisitFn = int (*)(Object*, void* arg);
using TraverseFn = int (*)(Object*, VisitFn, void* arg);
using FinalizeFn = void (*)(Object*);

// The calling convention used everywhere: positional args in args[0..nargs),
// followed by keyword values whose names are the tuple `kwnames` (or nullptr).
// `nargsf` may carry VECTORCALL_ARGUMENTS_OFFSET: then args[-1] may be
// overwritten temporarily by the callee (bound methods prepend self there).
using VectorcallFn = Object* (*)(Object* callable, Object* const* args, size_t nargsf, Object* kwnames);
constexpr size_t VECTORCALL_ARGUMENTS_OFFSET = size_t(1) << (8 * sizeof(size_t) - 1);
inline ssize vectorcall_nargs(size_t nargsf) noexcept {
  return ssize(nargsf & ~VECTORCALL_ARGUMENTS_OFFSET);
}

// Same order and meaning as CPython's PyNumberMethods.
struct NumberMethods {
  BinaryFn add, subtract, multiply, remainder, divmod;
  TernaryFn power;
  UnaryFn negative, positive, absolute;
  InquiryFn bool_;
  UnaryFn invert;
  BinaryFn lshift, rshift, and_, xor_, or_;
  UnaryFn int_;
  UnaryFn float_;
  BinaryFn inplace_add, inplace_subtract, inplace_multiply, inplace_remainder;
  TernaryFn inplace_power;
  BinaryFn inplace_lshift, inplace_rshift, inplace_and, inplace_xor, inplace_or;
  BinaryFn floor_divide, true_divide, inplace_floor_divide, inplace_true_divide;
  UnaryFn index;
  BinaryFn matrix_multiply, inplace_matrix_multiply;
};

struct SequenceMethods {
  LenFn length;
  BinaryFn concat;
  SizeArgFn repeat;
  SizeArgFn item; // index already normalised for negative values when length exists
  SizeObjArgFn ass_item;
  ObjObjFn contains;
  BinaryFn inplace_concat;
  SizeArgFn inplace_repeat;
};

struct MappingMethods {
  LenFn length;
  BinaryFn subscript;
  ObjObjArgFn ass_subscript;
};

// Method table entries (CPython's PyMethodDef). The C function's real type
// depends on flags; store it cast to MethodFn.
using MethodFn = Object* (*)(Object* self, Object* arg);
using FastMethodFn = Object* (*)(Object* self, Object* const* args, ssize nargs);
using FastKwMethodFn = Object* (*)(Object* self, Object* const* args, ssize nargs, Object* kwnames);
enum MethodFlags : int {
  METH_NOARGS = 0x1,   // fn(self, nullptr)
  METH_O = 0x2,        // fn(self, arg)
  METH_FASTCALL = 0x4, // FastMethodFn, or FastKwMethodFn with METH_KEYWORDS
  METH_KEYWORDS = 0x8,
  METH_CLASS = 0x10,  // first argument is the type (classmethod)
  METH_STATIC = 0x20, // no self
  METH_COEXIST = 0x40,
  // Marks a method that is METH_VARARGS in CPython (no effect on the call):
  // keyword arguments given to the bound method are refused naming the
  // method alone ("find() takes no keyword arguments"), not "str.find()".
  METH_VARARGS_ERRORS = 0x80,
  // Marks a function CPython declares METH_VARARGS|METH_KEYWORDS (no effect
  // on the call): CPython 3.11 never specialises its call sites, so each
  // call counts a recursion level (interp/call_site.h).
  METH_VARARGS_CALL = 0x100,
};
struct MethodDef {
  const char* name; // nullptr terminates a table
  MethodFn fn;
  int flags;
  const char* doc;
};

enum MemberKind : int {
  MEMBER_OBJECT,    // Object*, None when null
  MEMBER_OBJECT_EX, // Object*, AttributeError when null
  MEMBER_SSIZE,
  MEMBER_INT,
  MEMBER_BOOL,
  MEMBER_DOUBLE,
};
enum MemberFlags : int { MEMBER_READONLY = 1 };
struct MemberDef {
  const char* name;
  int kind;
  ssize offset;
  int flags;
  const char* doc;
};

using GetterFn = Object* (*)(Object* self, void* closure);
using SetterFn = int (*)(Object* self, Object* value, void* closure); // value nullptr = delete
struct GetSetDef {
  const char* name;
  GetterFn get;
  SetterFn set;
  const char* doc;
  void* closure;
};

// The buffer protocol (runtime/objects/memoryview.h describes BufferView).
struct BufferView;
struct BufferProcs {
  int (*get)(Object* exporter, BufferView* view, int flags); // 0, or -1 with an exception
  void (*release)(Object* exporter, BufferView* view);       // may be nullptr
};

enum TypeFlags : unsigned long {
  TPFLAG_HEAPTYPE = 1ul << 9,
  TPFLAG_BASETYPE = 1ul << 10,
  TPFLAG_HAVE_VECTORCALL = 1ul << 11,
  TPFLAG_READY = 1ul << 12,
  TPFLAG_READYING = 1ul << 13,
  TPFLAG_HAVE_GC = 1ul << 14,
  TPFLAG_METHOD_DESCRIPTOR = 1ul << 17,
  TPFLAG_IMMUTABLETYPE = 1ul << 8,
  TPFLAG_DISALLOW_INSTANTIATION = 1ul << 7,
  TPFLAG_SEQUENCE = 1ul << 5, // match-statement sequence
  TPFLAG_MAPPING = 1ul << 6,  // match-statement mapping
  TPFLAG_IS_ABSTRACT = 1ul << 20,
  TPFLAG_MANAGED_DICT = 1ul << 4,
  // Fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS.
  TPFLAG_LONG_SUBCLASS = 1ul << 24,
  TPFLAG_LIST_SUBCLASS = 1ul << 25,
  TPFLAG_TUPLE_SUBCLASS = 1ul << 26,
  TPFLAG_BYTES_SUBCLASS = 1ul << 27,
  TPFLAG_UNICODE_SUBCLASS = 1ul << 28,
  TPFLAG_DICT_SUBCLASS = 1ul << 29,
  TPFLAG_BASE_EXC_SUBCLASS = 1ul << 30,
  TPFLAG_TYPE_SUBCLASS = 1ul << 31,
};

// A type object. Built-in types are static instances filled with designated
// initialisers and finished by type_ready(); classes created at run time are
// heap types (TPFLAG_HEAPTYPE) whose slots call the Python-level dunders.
struct TypeObject : VarObject {
  const char* name; // "int", "collections.OrderedDict": module prefix before the last dot
  ssize basicsize;
  ssize itemsize;
  DeallocFn dealloc;
  ssize vectorcall_offset; // offset in instances of a VectorcallFn, 0 if none
  UnaryFn repr;
  NumberMethods* as_number;
  SequenceMethods* as_sequence;
  MappingMethods* as_mapping;
  HashFn hash;
  TernaryFn call; // (callable, args tuple, kwargs dict or nullptr)
  UnaryFn str;
  GetAttrFn getattro;
  SetAttrFn setattro;
  unsigned long flags;
  const char* doc;
  TraverseFn traverse;
  InquiryFn clear;
  RichCompareFn richcompare;
  ssize weaklistoffset;
  UnaryFn iter;
  UnaryFn iternext; // returns nullptr without an exception when exhausted
  MethodDef* methods;
  MemberDef* members;
  GetSetDef* getset;
  TypeObject* base;
  Object* dict; // the type's namespace (a dict)
  DescrGetFn descr_get;
  DescrSetFn descr_set;
  ssize dictoffset; // offset of the instance __dict__ pointer, 0 if none
  InitFn init;
  NewFn new_;
  DeallocFn free_;          // releases the memory (gc_free or object_free)
  Object* bases;            // tuple
  Object* mro;              // tuple
  Object* subclasses;       // dict of weak references, or nullptr
  FinalizeFn finalize;      // __del__ (tp_finalize)
  VectorcallFn vectorcall;  // calling the type itself
  unsigned int version_tag; // bumped when the type's dict changes (inline caches)
  Object* qualname;         // str, heap types
  Object* module_name;      // str, heap types
  Object* slots_tuple;      // __slots__ names, heap types
  Object* weaklist;         // weak references to this type (TypeType.weaklistoffset points here)
  BufferProcs* as_buffer;   // buffer exporters (bytes, bytearray, memoryview...); found along the bases
};

// ---------------------------------------------------------------- core types
// The static type objects. Each is defined in runtime/objects/<type>.cpp.
extern TypeObject TypeType;       // type
extern TypeObject BaseObjectType; // object
extern TypeObject NoneType;
extern TypeObject NotImplementedType;
extern TypeObject EllipsisType;
extern TypeObject IntType;
extern TypeObject BoolType;
extern TypeObject FloatType;
extern TypeObject ComplexType;
extern TypeObject StrType;
extern TypeObject BytesType;
extern TypeObject ByteArrayType;
extern TypeObject ListType;
extern TypeObject TupleType;
extern TypeObject DictType;
extern TypeObject SetType;
extern TypeObject FrozenSetType;
extern TypeObject RangeType;
extern TypeObject SliceType;
extern TypeObject FunctionType;
extern TypeObject BuiltinFunctionType; // builtin_function_or_method
extern TypeObject MethodType;          // bound method
extern TypeObject CodeType;
extern TypeObject ModuleType;
extern TypeObject CellType;

// The singletons. Never freed.
extern Object NoneObject;
extern Object NotImplementedObject;
extern Object EllipsisObject;
#define COIL_NONE (&::coil::NoneObject)
inline Object* const None = &NoneObject;
inline Object* const NotImplemented = &NotImplementedObject;
inline Object* const Ellipsis = &EllipsisObject;
Object* none_new() noexcept; // newref(None)

// ---------------------------------------------------------------- type checks

inline TypeObject* type_of(Object* o) noexcept {
  return o->type;
}
inline bool type_has_flag(TypeObject* t, unsigned long f) noexcept {
  return (t->flags & f) != 0;
}
bool type_is_subtype(TypeObject* a, TypeObject* b) noexcept; // walks the MRO
inline bool is_type(Object* o, TypeObject* t) noexcept {
  return o->type == t;
}
inline bool is_instance_of(Object* o, TypeObject* t) noexcept {
  return o->type == t || type_is_subtype(o->type, t);
}

// ---------------------------------------------------------------- generic ops
// runtime/object.cpp. All may run Python code.

Object* object_repr(Object* o);
Object* object_str(Object* o);
Object* object_ascii(Object* o);
hash_t object_hash(Object* o); // -1 on error
// As CPython's PyObject_RichCompare: one level of recursion (" in comparison").
Object* object_richcompare(Object* a, Object* b, int op);
int object_richcompare_bool(Object* a, Object* b, int op); // 0/1/-1; identity implies equality for EQ/NE
// The COMPARE_OP instruction's and list.sort's comparison: as above, but
// ints, floats, strs and bytes compare without the recursion level, as
// CPython's specialised COMPARE_OP and sort's type-specialised compares do.
Object* object_richcompare_op(Object* a, Object* b, int op);
int object_richcompare_bool_op(Object* a, Object* b, int op);
int object_is_true(Object* o); // 0/1/-1
int object_not(Object* o);
Object* object_getattr(Object* o, Object* name); // name is a str
Object* object_getattr_str(Object* o, const char* name);
// Like getattr, but returns nullptr WITHOUT an exception when the attribute is missing.
Object* object_lookup_attr(Object* o, Object* name, int* error);
int object_setattr(Object* o, Object* name, Object* value); // value nullptr = delete
int object_setattr_str(Object* o, const char* name, Object* value);
int object_delattr(Object* o, Object* name);
int object_hasattr(Object* o, Object* name); // 0/1/-1 (errors other than AttributeError propagate)
Object* object_generic_getattr(Object* o, Object* name);
int object_generic_setattr(Object* o, Object* name, Object* value);
Object* object_dir(Object* o);
Object* object_type(Object* o); // newref(type(o))
bool object_callable(Object* o) noexcept;

// Calls.
Object* object_call(Object* callable, Object* args,
                    Object* kwargs); // args tuple (may be nullptr), kwargs dict or nullptr
Object* object_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames);
// As object_vectorcall, at a call site CPython 3.11 has specialised to a form
// that makes no recursion check (interp/call_site.h): a builtin function or
// method descriptor, or a builtin class called through type_call, counts no
// recursion level (runtime/recursion.h).
Object* object_vectorcall_uncounted(Object* callable, Object* const* args, size_t nargsf, Object* kwnames);
Object* object_call_noargs(Object* callable);
// The `call` slot of types that are called through vectorcall (function, method,
// builtin): flattens (args, kwargs) and calls the object's vectorcall.
Object* vectorcall_call(Object* callable, Object* args, Object* kwargs);
Object* object_call_one(Object* callable, Object* arg);
Object* object_call_method(Object* obj, const char* name, Object* const* args,
                           ssize nargs); // obj.name(*args)
// Calls a special method looked up on the type (not the instance), as the
// interpreter does for dunders; returns nullptr with *found=false and no
// exception if the type lacks it.
Object* object_call_special(Object* obj, Object* name, Object* const* args, ssize nargs, bool* found);
// Finds `name` along type(o)'s MRO without descriptors binding. Borrowed, nullptr if absent (no exception).
Object* type_lookup(TypeObject* type, Object* name) noexcept;

// Iteration.
Object* object_get_iter(Object* o);
Object* iter_next(Object* iter); // nullptr + no exception when exhausted
bool iter_check(Object* o) noexcept;

// Containers and numbers (runtime/abstract.cpp).
ssize object_length(Object* o); // len(); -1 on error
ssize object_length_hint(Object* o, ssize dflt);
Object* object_getitem(Object* o, Object* key);
int object_setitem(Object* o, Object* key, Object* value);
int object_delitem(Object* o, Object* key);
int sequence_contains(Object* container, Object* item);     // `item in container`: 0/1/-1
Object* sequence_tuple(Object* iterable);                   // tuple(iterable)
Object* sequence_list(Object* iterable);                    // list(iterable)
Object* object_format(Object* o, Object* spec);             // format(o, spec); spec str or nullptr
Object* number_index(Object* o);                            // operator.index(); an exact int
ssize number_as_ssize(Object* o, TypeObject* overflow_exc); // via __index__; overflow_exc nullptr clamps
// Argument clinic's converters (via __index__): -1 with OverflowError "Python
// int too large to convert to C ssize_t" / "... to C int" out of range.
ssize number_as_ssize_arg(Object* o);
int number_as_int_arg(Object* o, int* out);
Object* number_long(Object* o);  // int(o)
Object* number_float(Object* o); // float(o)
Object* number_negative(Object* o);
Object* number_positive(Object* o);
Object* number_invert(Object* o);
Object* number_absolute(Object* o);
Object* number_power(Object* a, Object* b, Object* mod); // mod None for 2-arg pow

// Binary operators, numbered as CPython 3.11's BINARY_OP argument (NB_*).
enum BinaryOpKind : int {
  NB_ADD = 0,
  NB_AND = 1,
  NB_FLOOR_DIVIDE = 2,
  NB_LSHIFT = 3,
  NB_MATRIX_MULTIPLY = 4,
  NB_MULTIPLY = 5,
  NB_REMAINDER = 6,
  NB_OR = 7,
  NB_POWER = 8,
  NB_RSHIFT = 9,
  NB_SUBTRACT = 10,
  NB_TRUE_DIVIDE = 11,
  NB_XOR = 12,
  NB_INPLACE_ADD = 13,
  NB_INPLACE_AND = 14,
  NB_INPLACE_FLOOR_DIVIDE = 15,
  NB_INPLACE_LSHIFT = 16,
  NB_INPLACE_MATRIX_MULTIPLY = 17,
  NB_INPLACE_MULTIPLY = 18,
  NB_INPLACE_REMAINDER = 19,
  NB_INPLACE_OR = 20,
  NB_INPLACE_POWER = 21,
  NB_INPLACE_RSHIFT = 22,
  NB_INPLACE_SUBTRACT = 23,
  NB_INPLACE_TRUE_DIVIDE = 24,
  NB_INPLACE_XOR = 25,
};
// a <op> b with Python's full dispatch (reflected operands, subclass
// priority, sequence concat/repeat, in-place fallback) and CPython's error
// message "unsupported operand type(s) for +: 'int' and 'str'".
Object* binary_op(Object* a, Object* b, int kind);
const char* binary_op_symbol(int kind) noexcept; // "+", "+=", ...

// ---------------------------------------------------------------- allocation
// runtime/gc.cpp. Non-GC objects: object_alloc/object_free; GC objects:
// gc_alloc/gc_free (see runtime/gc.h). Memory is zeroed; refcnt = 1; type set
// (and the type incref'd for heap types).
Object* object_alloc(TypeObject* type, ssize size);
void object_free(void* mem);
Object* type_generic_alloc(TypeObject* type, ssize nitems); // uses basicsize/itemsize and HAVE_GC

// ---------------------------------------------------------------- helpers
const char* type_name(TypeObject* t) noexcept; // the part after the last '.' (what error messages show)
inline const char* type_name_of(Object* o) noexcept {
  return type_name(o->type);
}
// The type shown by argument-conversion errors ("argument 1 must be str, not
// None"): CPython's _PyArg_BadArgument names None itself, every other
// object by its type.
const char* arg_type_name(Object* o) noexcept;

} // namespace coil
