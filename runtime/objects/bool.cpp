// bool: the int subclass with exactly two instances, True and False.
//
// Invariants
// - TrueObject/FalseObject are static IntObjects (small == 1 / 0) of type
//   BoolType; they are never freed and bool cannot be subclassed.
// - & | ^ between two bools give a bool; everything else is int arithmetic.
#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/int_internal.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

IntObject TrueObject = {{1, &BoolType}, false, 1, {}};
IntObject FalseObject = {{1, &BoolType}, false, 0, {}};

namespace {

void bool_dealloc(Object*) {
  // True and False are immortal; reaching here means a refcount bug.
}

Object* bool_repr(Object* o) {
  return str_from_ascii(o == True ? "True" : "False");
}

Object* bool_new(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0)
    return err_set_string(TypeError, "bool() takes no keyword arguments");
  ssize nargs = args ? tuple_size(args) : 0;
  if (nargs > 1)
    return err_format(TypeError, "bool expected at most 1 argument, got {}", nargs);
  if (nargs == 0)
    return bool_from(false);
  int t = object_is_true(tuple_get(args, 0));
  if (t < 0)
    return nullptr;
  return bool_from(t != 0);
}

Object* bool_and(Object* a, Object* b) {
  if (bool_check(a) && bool_check(b))
    return bool_from(a == True && b == True);
  return int_and(a, b);
}
Object* bool_or(Object* a, Object* b) {
  if (bool_check(a) && bool_check(b))
    return bool_from(a == True || b == True);
  return int_or(a, b);
}
Object* bool_xor(Object* a, Object* b) {
  if (bool_check(a) && bool_check(b))
    return bool_from((a == True) != (b == True));
  return int_xor(a, b);
}

NumberMethods bool_as_number = {
    .and_ = bool_and,
    .xor_ = bool_xor,
    .or_ = bool_or,
};

} // namespace

TypeObject BoolType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "bool";
  t.basicsize = sizeof(IntObject);
  t.itemsize = 0;
  t.dealloc = bool_dealloc;
  t.repr = bool_repr;
  t.as_number = &bool_as_number;
  t.flags = TPFLAG_LONG_SUBCLASS | TPFLAG_IMMUTABLETYPE;
  t.doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
          "The builtins True and False are the only two instances of the class bool.\n"
          "The class bool is a subclass of the class int, and cannot be subclassed.";
  t.base = &IntType;
  t.new_ = bool_new;
  t.vectorcall = type_call_vectorcall; // as CPython 3.11: calls count no recursion level
  return t;
}();
COIL_REGISTER_TYPE(BoolType);

} // namespace coil
