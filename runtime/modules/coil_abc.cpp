// The `_coil_abc` module: the part of CPython's `_abc` that lib/abc.py cannot
// do in Python, the match-statement kind of a class (TPFLAG_SEQUENCE /
// TPFLAG_MAPPING, what `case [...]` and `case {...}` test).
//
// init_flags(cls) moves `__abc_tpflags__` from cls's own dict into its flags
// (collections.abc.Sequence and Mapping declare it), as _abc._abc_init does.
// register_flags(abc, subclass) gives a virtual subclass, and its subclasses,
// the ABC's kind, as _abc._abc_register does.
//
// Invariants
// - Only the two collection bits are ever changed, and never on an immutable
//   (built-in) type: registering str as a Sequence does not make str match
//   `case [...]`, as in CPython.
// - A class keeps the kind it has: set_kind_recursive stops at a class that
//   already has the same kind.
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/module.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {
namespace {

constexpr unsigned long KIND_FLAGS = TPFLAG_SEQUENCE | TPFLAG_MAPPING;

int set_kind_recursive(TypeObject* t, unsigned long kind) {
  if (type_has_flag(t, TPFLAG_IMMUTABLETYPE) || (t->flags & KIND_FLAGS) == kind)
    return 0;
  t->flags = (t->flags & ~KIND_FLAGS) | kind;
  Object* subs = type_subclasses_list(t);
  if (!subs)
    return -1;
  int r = 0;
  for (ssize i = 0; i < list_size(subs) && r == 0; i++)
    r = set_kind_recursive(static_cast<TypeObject*>(list_get(subs, i)), kind);
  decref(subs);
  return r;
}

Object* abc_init_flags(Object*, Object* cls) {
  if (!type_check(cls))
    return err_set_string(TypeError, "init_flags() argument must be a class");
  auto* t = static_cast<TypeObject*>(cls);
  Object* flags = t->dict ? dict_getitem_str(t->dict, "__abc_tpflags__") : nullptr;
  if (!flags)
    return newref(None);
  if (int_check_exact(flags)) {
    bool overflow = false;
    int64_t v = int_as_i64(flags, &overflow);
    if (overflow)
      return err_set_string(OverflowError, "Python int too large to convert to C long");
    if ((static_cast<unsigned long>(v) & KIND_FLAGS) == KIND_FLAGS)
      return err_set_string(TypeError,
                            "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
    t->flags |= static_cast<unsigned long>(v) & KIND_FLAGS;
  }
  if (dict_delitem_str(t->dict, "__abc_tpflags__") < 0)
    return nullptr;
  return newref(None);
}

Object* abc_register_flags(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "register_flags expected 2 arguments, got {}", nargs);
  if (!type_check(args[0]) || !type_check(args[1]))
    return newref(None);
  unsigned long kind = static_cast<TypeObject*>(args[0])->flags & KIND_FLAGS;
  if (kind && set_kind_recursive(static_cast<TypeObject*>(args[1]), kind) < 0)
    return nullptr;
  return newref(None);
}

MethodDef coil_abc_methods[] = {
    {"init_flags", abc_init_flags, METH_O,
     "init_flags($module, cls, /)\n--\n\nMove cls.__abc_tpflags__ into the class's match-statement kind."},
    {"register_flags", reinterpret_cast<MethodFn>(abc_register_flags), METH_FASTCALL,
     "register_flags($module, abc, subclass, /)\n--\n\nGive a virtual subclass the ABC's match-statement "
     "kind."},
    {},
};

Object* coil_abc_module_init() {
  Object* m = module_new_str("_coil_abc");
  if (!m)
    return nullptr;
  if (module_add_functions(m, coil_abc_methods) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_coil_abc", coil_abc_module_init);

} // namespace coil
