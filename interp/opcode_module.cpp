// The `_opcode` native module: the Python face of bytecode/opcodes.def.
//
// lib/opcode.py and lib/dis.py take every opcode table from here, so the
// opcode table stays single (bytecode/opcodes.def): names and numbers,
// inline-cache sizes, the has* classification lists (from each opcode's
// ArgKind), cmp_op, the BINARY_OP operator names and symbols, and
// stack_effect() with CPython 3.11's argument checks and messages.
//
// Invariants
// - Lists are in opcode-number order, which is CPython 3.11's definition
//   order for every has* list.
// - Quickening does not exist yet: _specializations is empty and
//   _specialized_instructions is an empty list; both become real when the
//   interpreter grows specialised instructions (they must then come from
//   the same table).
// - Lives in interp/ because runtime/ must not include bytecode/ headers.
#include "interp/opcode_module.h"
#include "bytecode/opcodes.h"
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

#include <climits>
#include <string>

namespace coil::interp {

const char* const opcode_module_name = "_opcode";

namespace {

using bytecode::ArgKind;
using bytecode::HAVE_ARGUMENT;
using bytecode::NUM_OPCODES;
using bytecode::op_info;

// BINARY_OP's argument names, tied to the NB_* enumerators of runtime/object.h.
struct NbName {
  int kind;
  const char* name;
};
#define COIL_NB(x)                                                                                           \
  { x, #x }
constexpr NbName nb_names[] = {
    COIL_NB(NB_ADD),
    COIL_NB(NB_AND),
    COIL_NB(NB_FLOOR_DIVIDE),
    COIL_NB(NB_LSHIFT),
    COIL_NB(NB_MATRIX_MULTIPLY),
    COIL_NB(NB_MULTIPLY),
    COIL_NB(NB_REMAINDER),
    COIL_NB(NB_OR),
    COIL_NB(NB_POWER),
    COIL_NB(NB_RSHIFT),
    COIL_NB(NB_SUBTRACT),
    COIL_NB(NB_TRUE_DIVIDE),
    COIL_NB(NB_XOR),
    COIL_NB(NB_INPLACE_ADD),
    COIL_NB(NB_INPLACE_AND),
    COIL_NB(NB_INPLACE_FLOOR_DIVIDE),
    COIL_NB(NB_INPLACE_LSHIFT),
    COIL_NB(NB_INPLACE_MATRIX_MULTIPLY),
    COIL_NB(NB_INPLACE_MULTIPLY),
    COIL_NB(NB_INPLACE_REMAINDER),
    COIL_NB(NB_INPLACE_OR),
    COIL_NB(NB_INPLACE_POWER),
    COIL_NB(NB_INPLACE_RSHIFT),
    COIL_NB(NB_INPLACE_SUBTRACT),
    COIL_NB(NB_INPLACE_TRUE_DIVIDE),
    COIL_NB(NB_INPLACE_XOR),
};
#undef COIL_NB
constexpr bool nb_names_in_order() {
  for (int i = 0; i < int(sizeof nb_names / sizeof nb_names[0]); i++)
    if (nb_names[i].kind != i)
      return false;
  return true;
}
static_assert(nb_names_in_order(), "nb_names must follow the NB_* numbering");

// Converts an index-able object to a C int (argument clinic's `int`).
bool arg_as_c_int(Object* o, int* out) {
  Object* i = number_index(o);
  if (!i)
    return false;
  bool overflow = false;
  int64_t v = int_as_i64(i, &overflow);
  decref(i);
  if (overflow || v < INT_MIN || v > INT_MAX) {
    err_set_string(OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(v);
  return true;
}

// CPython's `(int)PyLong_AsLong(o)`: any C long, truncated to int.
bool arg_as_truncated_long(Object* o, int* out) {
  Object* i = number_index(o);
  if (!i)
    return false;
  bool overflow = false;
  int64_t v = int_as_i64(i, &overflow);
  decref(i);
  if (overflow) {
    err_set_string(OverflowError, "Python int too large to convert to C long");
    return false;
  }
  *out = static_cast<int>(static_cast<uint32_t>(static_cast<uint64_t>(v)));
  return true;
}

// stack_effect(opcode, oparg=None, /, *, jump=None)
Object* opcode_stack_effect(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  Object* jump = None;
  for (ssize k = 0; k < nkw; k++) {
    Object* key = tuple_get(kwnames, k);
    if (!str_equal_ascii(key, "jump"))
      return err_format(TypeError, "'{}' is an invalid keyword argument for stack_effect()", str_view(key));
    jump = args[nargs + k];
  }
  if (nargs < 1)
    return err_format(TypeError, "stack_effect() takes at least 1 positional argument ({} given)", nargs);
  if (nargs > 2)
    return err_format(TypeError, "stack_effect() takes at most 2 positional arguments ({} given)", nargs);
  int opcode;
  if (!arg_as_c_int(args[0], &opcode))
    return nullptr;
  Object* oparg = nargs == 2 ? args[1] : None;
  int oparg_int = 0;
  if (opcode >= HAVE_ARGUMENT) {
    if (oparg == None)
      return err_set_string(ValueError, "stack_effect: opcode requires oparg but oparg was not specified");
    if (!arg_as_truncated_long(oparg, &oparg_int))
      return nullptr;
  } else if (oparg != None) {
    return err_set_string(ValueError, "stack_effect: opcode does not permit oparg but oparg was specified");
  }
  int which; // -1 either branch (the larger effect), 0 fall through, 1 branch taken
  if (jump == None)
    which = -1;
  else if (jump == True)
    which = 1;
  else if (jump == False)
    which = 0;
  else
    return err_set_string(ValueError, "stack_effect: jump must be False, True or None");
  // Only real, named instructions have a stack effect (CPython's compiler
  // also answers for its negative pseudo-instruction numbers; Coil's
  // compiler keeps its pseudo-instructions private).
  if (opcode < 0 || opcode >= NUM_OPCODES || !op_info[opcode].name)
    return err_set_string(ValueError, "invalid opcode or oparg");
  int effect;
  if (which < 0) {
    int a = bytecode::stack_effect(opcode, oparg_int, false);
    int b = bytecode::stack_effect(opcode, oparg_int, true);
    effect = a > b ? a : b;
  } else {
    effect = bytecode::stack_effect(opcode, oparg_int, which == 1);
  }
  // CPython's "invalid" answer is INT_MAX, which an oparg near INT_MIN can
  // also produce through wrap-around; it is reported the same way.
  if (effect == INT_MAX)
    return err_set_string(ValueError, "invalid opcode or oparg");
  return int_from_i64(effect);
}

Object* opcode_get_specialization_stats(Object*, Object*) {
  // Coil gathers no specialisation statistics (CPython answers None unless
  // built with Py_STATS).
  return newref(None);
}

MethodDef opcode_methods[] = {
    {"stack_effect", reinterpret_cast<MethodFn>(opcode_stack_effect), METH_FASTCALL | METH_KEYWORDS,
     "Compute the stack effect of the opcode."},
    {"get_specialization_stats", opcode_get_specialization_stats, METH_NOARGS,
     "Return the specialization stats"},
    {},
};

// Steals `value`; returns -1 on failure (value released).
int add_owned(Object* m, const char* name, Object* value) {
  if (!value)
    return -1;
  int rc = module_add_object(m, name, value);
  decref(value);
  return rc;
}

int append_owned(Object* list, Object* value) {
  if (!value)
    return -1;
  int rc = list_append(list, value);
  decref(value);
  return rc;
}

// List of opcode numbers whose argument kind is one of `kinds`.
Object* opcodes_with_kind(std::initializer_list<ArgKind> kinds) {
  Object* l = list_new(0);
  if (!l)
    return nullptr;
  for (int op = 0; op < NUM_OPCODES; op++) {
    if (!op_info[op].name)
      continue;
    bool match = false;
    for (ArgKind k : kinds)
      match = match || op_info[op].argkind == k;
    if (match && append_owned(l, int_from_i64(op)) < 0) {
      decref(l);
      return nullptr;
    }
  }
  return l;
}

Object* build_opname() {
  Object* l = list_new(0);
  if (!l)
    return nullptr;
  for (int op = 0; op < NUM_OPCODES; op++) {
    std::string name = op_info[op].name ? std::string(op_info[op].name) : "<" + std::to_string(op) + ">";
    if (append_owned(l, str_from_ascii(name)) < 0) {
      decref(l);
      return nullptr;
    }
  }
  return l;
}

Object* build_opmap() {
  Object* d = dict_new();
  if (!d)
    return nullptr;
  for (int op = 0; op < NUM_OPCODES; op++) {
    if (!op_info[op].name)
      continue;
    Object* v = int_from_i64(op);
    int rc = v ? dict_setitem_str(d, op_info[op].name, v) : -1;
    xdecref(v);
    if (rc < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

Object* build_cache_entries() {
  Object* l = list_new(0);
  if (!l)
    return nullptr;
  for (int op = 0; op < NUM_OPCODES; op++) {
    if (append_owned(l, int_from_i64(bytecode::cache_entries(op))) < 0) {
      decref(l);
      return nullptr;
    }
  }
  return l;
}

Object* build_cmp_op() {
  constexpr int n = int(sizeof bytecode::cmp_op_names / sizeof bytecode::cmp_op_names[0]);
  Object* t = tuple_new(n);
  if (!t)
    return nullptr;
  for (int i = 0; i < n; i++) {
    Object* s = str_from_ascii(bytecode::cmp_op_names[i]);
    if (!s) {
      for (int j = i; j < n; j++)
        tuple_set(t, j, newref(None));
      decref(t);
      return nullptr;
    }
    tuple_set(t, i, s);
  }
  return t;
}

Object* build_nb_ops() {
  Object* l = list_new(0);
  if (!l)
    return nullptr;
  for (const NbName& nb : nb_names) {
    Object* name = str_from_ascii(nb.name);
    Object* sym = str_from_ascii(binary_op_symbol(nb.kind));
    Object* pair = name && sym ? tuple_pack({name, sym}) : nullptr;
    xdecref(name);
    xdecref(sym);
    if (append_owned(l, pair) < 0) {
      decref(l);
      return nullptr;
    }
  }
  return l;
}

Object* opcode_module_init() {
  Object* m = module_new_str("_opcode");
  if (!m)
    return nullptr;
  Object* doc = str_from_ascii("Opcode support module.");
  if (add_owned(m, "__doc__", doc) < 0 || module_add_functions(m, opcode_methods) < 0 ||
      add_owned(m, "opname", build_opname()) < 0 || add_owned(m, "opmap", build_opmap()) < 0 ||
      add_owned(m, "_inline_cache_entries", build_cache_entries()) < 0 ||
      add_owned(m, "cmp_op", build_cmp_op()) < 0 || add_owned(m, "_nb_ops", build_nb_ops()) < 0 ||
      add_owned(m, "HAVE_ARGUMENT", int_from_i64(HAVE_ARGUMENT)) < 0 ||
      add_owned(m, "EXTENDED_ARG", int_from_i64(bytecode::EXTENDED_ARG)) < 0 ||
      add_owned(m, "hasconst", opcodes_with_kind({ArgKind::CONST})) < 0 ||
      add_owned(m, "hasname", opcodes_with_kind({ArgKind::NAME, ArgKind::GLOBAL})) < 0 ||
      add_owned(m, "hasjrel", opcodes_with_kind({ArgKind::JREL, ArgKind::JBACK})) < 0 ||
      add_owned(m, "_hasjback", opcodes_with_kind({ArgKind::JBACK})) < 0 ||
      add_owned(m, "hasjabs", list_new(0)) < 0 ||
      add_owned(m, "haslocal", opcodes_with_kind({ArgKind::LOCAL})) < 0 ||
      add_owned(m, "hasfree", opcodes_with_kind({ArgKind::FREE})) < 0 ||
      add_owned(m, "hascompare", opcodes_with_kind({ArgKind::CMP})) < 0 ||
      add_owned(m, "hasnargs", list_new(0)) < 0 || add_owned(m, "_specializations", dict_new()) < 0 ||
      add_owned(m, "_specialized_instructions", list_new(0)) < 0) {
    decref(m);
    return nullptr;
  }
  // hasarg: every named instruction that takes an argument.
  Object* hasarg = list_new(0);
  if (!hasarg) {
    decref(m);
    return nullptr;
  }
  for (int op = HAVE_ARGUMENT; op < NUM_OPCODES; op++) {
    if (op_info[op].name && append_owned(hasarg, int_from_i64(op)) < 0) {
      decref(hasarg);
      decref(m);
      return nullptr;
    }
  }
  if (add_owned(m, "hasarg", hasarg) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_opcode", opcode_module_init);

} // namespace coil::interp
