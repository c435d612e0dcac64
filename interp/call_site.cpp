// CPython 3.11's call-site specialisation as far as recursion counting goes
// (see call_site.h for the rules and invariants).
#include "interp/call_site.h"

#include <cstring>

#include "bytecode/opcodes.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/function.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/objects/type_impl.h"

namespace coil::interp {

namespace {

enum CallSiteKind : CodeUnit {
  SITE_ADAPTIVE = 0, // counter: runs left before the next attempt
  SITE_PY,           // a Python function or bound method (PRECALL_PYFUNC / _BOUND_METHOD)
  SITE_BUILTIN_O,    // counted
  SITE_BUILTIN_FAST,
  SITE_BUILTIN_FAST_KW,
  SITE_LEN,
  SITE_ISINSTANCE,
  SITE_DESCR_NOARGS, // counted
  SITE_DESCR_O,      // counted
  SITE_DESCR_FAST,
  SITE_DESCR_FAST_KW,
  SITE_LIST_APPEND,
  SITE_STR_1,
  SITE_TYPE_1,
  SITE_TUPLE_1,
  SITE_BUILTIN_CLASS,
};

constexpr CodeUnit MISS_COUNTER_START = 53;
// The adaptive counter: the runs left in the high 12 bits, the backoff
// exponent in the low 4, as CPython 3.11's adaptive_counter_bits.
constexpr int BACKOFF_BITS = 4;
constexpr int MAX_BACKOFF = 12;
constexpr CodeUnit counter_bits(unsigned value, unsigned backoff) {
  return static_cast<CodeUnit>((value << BACKOFF_BITS) | (backoff & ((1u << BACKOFF_BITS) - 1)));
}
constexpr CodeUnit ADAPTIVE_START = counter_bits(31, 5);
CodeUnit counter_backoff(CodeUnit counter) {
  unsigned backoff = (counter & ((1u << BACKOFF_BITS) - 1)) + 1;
  if (backoff > MAX_BACKOFF)
    backoff = MAX_BACKOFF;
  return counter_bits((1u << backoff) - 1, backoff);
}

// The flags CPython's specialiser switches on (METH_VARARGS_ERRORS and
// METH_VARARGS_CALL mark functions CPython declares METH_VARARGS: none of
// its cases).
int call_flags(const MethodDef* def) {
  if (def->flags & (METH_VARARGS_ERRORS | METH_VARARGS_CALL))
    return -1;
  return def->flags & (METH_NOARGS | METH_O | METH_FASTCALL | METH_KEYWORDS);
}

// The MethodDefs of builtins.len, builtins.isinstance and list.append,
// found by name once: entries of static tables, the same for every
// interpreter (program data, not interpreter state).
struct KnownDefs {
  const MethodDef* len = nullptr;
  const MethodDef* isinstance = nullptr;
  const MethodDef* list_append = nullptr;
};
KnownDefs known;

bool is_builtins_function(BuiltinFunctionObject* b) {
  return b->self && module_check(b->self) && b->module && str_check(b->module) &&
         str_equal_ascii(b->module, "builtins");
}

// callable is the builtin named `name`; *slot caches its MethodDef.
bool is_builtin_named(Object* callable, const char* name, const MethodDef** slot) {
  if (callable->type != &BuiltinFunctionType)
    return false;
  auto* b = static_cast<BuiltinFunctionObject*>(callable);
  if (*slot) // the table entry belongs to this builtin alone
    return b->def == *slot;
  if (is_builtins_function(b) && std::strcmp(b->def->name, name) == 0) {
    *slot = b->def;
    return true;
  }
  return false;
}
bool is_len(Object* callable) {
  return is_builtin_named(callable, "len", &known.len);
}
bool is_isinstance(Object* callable) {
  return is_builtin_named(callable, "isinstance", &known.isinstance);
}

bool is_list_append(Object* callable) {
  if (callable->type != &MethodDescrType)
    return false;
  auto* d = static_cast<MethodDescrObject*>(callable);
  if (known.list_append)
    return d->def == known.list_append;
  if (d->owner == &ListType && std::strcmp(d->def->name, "append") == 0) {
    known.list_append = d->def;
    return true;
  }
  return false;
}

bool descr_self_matches(Object* callable, Object* self) {
  return self && self->type == static_cast<MethodDescrObject*>(callable)->owner;
}

bool builtin_flags_are(Object* callable, int flags) {
  return callable->type == &BuiltinFunctionType &&
         call_flags(static_cast<BuiltinFunctionObject*>(callable)->def) == flags;
}

bool descr_flags_are(Object* callable, int flags) {
  return callable->type == &MethodDescrType &&
         call_flags(static_cast<MethodDescrObject*>(callable)->def) == flags;
}

// A class CPython 3.11 gives a vectorcall: Coil's builtin classes with one
// of their own (range and slice count inside theirs, as CPython's have none).
bool class_has_vectorcall(TypeObject* t) {
  return !type_has_flag(t, TPFLAG_HEAPTYPE) && t->vectorcall;
}

// CPython's _Py_Specialize_Precall: the kind, or SITE_ADAPTIVE when it fails.
CallSiteKind specialise(CodeUnit* call_instr, Object* callable, int nargs, bool has_kwnames, int oparg) {
  TypeObject* t = callable->type;
  if (t == &BuiltinFunctionType) {
    switch (call_flags(static_cast<BuiltinFunctionObject*>(callable)->def)) {
    case METH_O:
      if (has_kwnames || nargs != 1)
        return SITE_ADAPTIVE;
      return is_len(callable) ? SITE_LEN : SITE_BUILTIN_O;
    case METH_FASTCALL:
      if (has_kwnames)
        return SITE_ADAPTIVE;
      if (nargs == 2 && is_isinstance(callable))
        return SITE_ISINSTANCE;
      return SITE_BUILTIN_FAST;
    case METH_FASTCALL | METH_KEYWORDS:
      return SITE_BUILTIN_FAST_KW;
    default:
      return SITE_ADAPTIVE;
    }
  }
  if (function_check(callable) || method_check(callable))
    return SITE_PY;
  if (type_check(callable)) {
    auto* tp = static_cast<TypeObject*>(callable);
    if (type_has_flag(tp, TPFLAG_HEAPTYPE))
      return SITE_ADAPTIVE; // a Python class, or a mutable one
    if (nargs == 1 && !has_kwnames && oparg == 1) {
      if (tp == &StrType)
        return SITE_STR_1;
      if (tp == &TypeType)
        return SITE_TYPE_1;
      if (tp == &TupleType)
        return SITE_TUPLE_1;
    }
    return class_has_vectorcall(tp) ? SITE_BUILTIN_CLASS : SITE_ADAPTIVE;
  }
  if (t == &MethodDescrType) {
    if (has_kwnames)
      return SITE_ADAPTIVE;
    switch (call_flags(static_cast<MethodDescrObject*>(callable)->def)) {
    case METH_NOARGS:
      return nargs == 1 ? SITE_DESCR_NOARGS : SITE_ADAPTIVE;
    case METH_O: {
      if (nargs != 2)
        return SITE_ADAPTIVE;
      CodeUnit next = call_instr[1 + bytecode::cache_entries(bytecode::CALL)];
      if (is_list_append(callable) && oparg == 1 && (next & 0xFF) == bytecode::POP_TOP)
        return SITE_LIST_APPEND;
      return SITE_DESCR_O;
    }
    case METH_FASTCALL:
      return SITE_DESCR_FAST;
    case METH_FASTCALL | METH_KEYWORDS:
      return SITE_DESCR_FAST_KW;
    default:
      return SITE_ADAPTIVE;
    }
  }
  return SITE_ADAPTIVE;
}

// The specialised form's guards (CPython's DEOPT_IFs): true on a hit.
bool guards_hold(CallSiteKind kind, Object* callable, int nargs, Object* self) {
  switch (kind) {
  case SITE_PY:
    return function_check(callable) || method_check(callable);
  case SITE_BUILTIN_O:
    return nargs == 1 && builtin_flags_are(callable, METH_O);
  case SITE_BUILTIN_FAST:
    return builtin_flags_are(callable, METH_FASTCALL);
  case SITE_BUILTIN_FAST_KW:
    return builtin_flags_are(callable, METH_FASTCALL | METH_KEYWORDS);
  case SITE_LEN:
    return nargs == 1 && is_len(callable);
  case SITE_ISINSTANCE:
    return nargs == 2 && is_isinstance(callable);
  case SITE_DESCR_NOARGS:
    return nargs == 1 && descr_flags_are(callable, METH_NOARGS) && descr_self_matches(callable, self);
  case SITE_DESCR_O:
    return nargs == 2 && descr_flags_are(callable, METH_O) && descr_self_matches(callable, self);
  case SITE_DESCR_FAST:
    return descr_flags_are(callable, METH_FASTCALL) && descr_self_matches(callable, self);
  case SITE_DESCR_FAST_KW:
    return descr_flags_are(callable, METH_FASTCALL | METH_KEYWORDS) && descr_self_matches(callable, self);
  case SITE_LIST_APPEND:
    return is_list_append(callable) && self && list_check(self);
  case SITE_STR_1:
    return callable == &StrType;
  case SITE_TYPE_1:
    return callable == &TypeType;
  case SITE_TUPLE_1:
    return callable == &TupleType;
  case SITE_BUILTIN_CLASS:
    return type_check(callable) && static_cast<TypeObject*>(callable)->vectorcall;
  case SITE_ADAPTIVE:
    break;
  }
  return false;
}

bool kind_counts(CallSiteKind kind) {
  return kind == SITE_BUILTIN_O || kind == SITE_DESCR_NOARGS || kind == SITE_DESCR_O;
}

} // namespace

bool call_site_update(CodeObject* co, CodeUnit* call_instr, Object* callable, int nargs, Object* first_arg,
                      bool has_kwnames, bool is_method) noexcept {
  CodeUnit* state = call_instr + 1;
  auto kind = static_cast<CallSiteKind>(state[0]);
  if (kind == SITE_ADAPTIVE) {
    if (state[1] >> BACKOFF_BITS) { // deferred
      state[1] = static_cast<CodeUnit>(state[1] - (1u << BACKOFF_BITS));
      return false;
    }
    int oparg = nargs - (is_method ? 1 : 0);
    kind = specialise(call_instr, callable, nargs, has_kwnames, oparg);
    if (kind == SITE_ADAPTIVE) {
      state[1] = counter_backoff(state[1]);
      return false;
    }
    state[0] = kind;
    state[1] = MISS_COUNTER_START;
  }
  if (guards_hold(kind, callable, nargs, first_arg))
    return !kind_counts(kind) && kind != SITE_PY;
  // A miss: the generic call (counted); after enough misses, adaptive again.
  if (--state[1] == 0) {
    state[0] = SITE_ADAPTIVE;
    state[1] = ADAPTIVE_START;
  }
  return false;
}

} // namespace coil::interp
