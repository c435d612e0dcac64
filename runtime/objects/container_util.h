// Helpers shared by the container and iterator implementations (tuple, list,
// dict, set, range, slice, iterobject): argument checking with CPython's
// messages and index conversion.
//
// Invariants
// - Every helper that can fail sets an exception and returns false / -1.
// - Messages follow CPython 3.11's argument-clinic wording exactly
//   ("insert expected 2 arguments, got 1", "'x' is an invalid keyword argument for sort()").
#pragma once

#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/objects/tuple.h"

namespace coil {

// "NAME expected [at least |at most ]N argument[s], got M".
bool check_positional(const char* name, ssize nargs, ssize min, ssize max);
// "NAME() takes no keyword arguments" when kwargs (a dict or nullptr) is non-empty.
bool check_no_kwargs(const char* name, Object* kwargs);

// Keyword-aware parsing for METH_FASTCALL|METH_KEYWORDS methods and for
// new_(args tuple, kwargs dict). `names` lists the parameter names; the first
// `max_positional` may be given positionally, the first `required` are
// mandatory. Unfilled outputs are nullptr. Outputs are borrowed.
struct ArgSpec {
  const char* fname;        // "sort", "enumerate"
  const char* const* names; // parameter names
  int nparams;
  int max_positional;
  int required;
};
// Argument clinic's keyword unpacking (CPython's _PyArg_UnpackKeywords),
// its checks and messages in its order: too many arguments, too many
// positional ones, too few positional-only ones, missing required ones,
// given twice, unknown keywords. names[0..n): the first `posonly` are
// positional-only, those from `maxpos` on keyword-only; the first `minpos`
// and `minkw` keyword-only ones are required. Outputs borrowed, nullptr when
// not given.
struct ClinicSpec {
  const char* fname;
  const char* const* names;
  int n, posonly, minpos, maxpos, minkw;
};
bool clinic_unpack(const ClinicSpec& spec, Object* const* args, ssize nargs, Object* const* kwkeys,
                   Object* const* kwvalues, ssize nkw, Object** out);
// clinic_unpack for a vectorcall (keyword values after the positional ones).
inline bool clinic_call_args(const ClinicSpec& spec, Object* const* args, ssize nargs, Object* kwnames,
                             Object** out) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  return clinic_unpack(spec, args, nargs, nkw ? tuple_items(kwnames) : nullptr, args + nargs, nkw, out);
}
bool parse_fast_args(const ArgSpec& spec, Object* const* args, ssize nargs, Object* kwnames, Object** out);
bool parse_tuple_args(const ArgSpec& spec, Object* args, Object* kwargs, Object** out);

// Converts a start/stop argument of index()-like methods: None is left to
// the caller; anything else goes through __index__ and is clamped.
// Error: "slice indices must be integers or have an __index__ method".
bool eval_slice_index(Object* v, ssize* out);

// The free_ slot of the GC-allocated container types (gc_free with the DeallocFn signature).
void container_gc_free(Object* o);
// Releases an object's memory through its type's free_ slot (subclass instances too).
inline void free_instance(Object* o) {
  TypeObject* t = o->type;
  if (t->free_)
    t->free_(o);
  else
    container_gc_free(o);
}

// Raises KeyError(key) with args == (key,) even when key is a tuple (CPython's _PyErr_SetKeyError).
std::nullptr_t set_key_error(Object* key);

// PySequence_Fast: a list or tuple (new reference) as is, anything else
// converted to a list; a non-iterable raises TypeError(message).
Object* sequence_fast(Object* v, const char* message);

} // namespace coil

namespace coil {
// Iterator pickling (CPython's __reduce__ / __setstate__ shapes).
// builtins.<name> (iter, reversed), borrowed; nullptr with an exception
// if missing.
Object* builtin_named(const char* name);
// (callable, (seq,), index): a sequence iterator still running.
Object* iter_reduce_indexed(Object* callable, Object* seq, ssize index);
// (builtins.iter, (empty,)): an exhausted iterator; `empty` is stolen.
Object* iter_reduce_exhausted(Object* empty);
// __setstate__'s index argument (an int, as CPython's PyLong_AsSsize_t:
// no __index__, OverflowError beyond ssize), clamped to [lo, hi]. False
// with an exception set.
bool iter_state_index(Object* state, ssize lo, ssize hi, ssize* out);
} // namespace coil
