// The `_coil_traceback` module: what lib/traceback.py needs from the
// runtime that CPython's traceback.py takes from the `ast` module.
//
// caret_anchors(segment) parses `segment` (the source text of one
// instruction's range, a single line) through Interpreter::caret_anchors_hook
// and returns (left_end, right_start) as character offsets into `segment`,
// or None when it is not a single binary operation or subscript (or no
// frontend is registered). For a binary operation right_start - left_end is
// 1 or 2 (the operator); for a subscript it is at least 3 (from the end of
// the value to one past the end of the slice).
//
// Invariants
// - Never raises for text that does not parse: the hook's failure (and any
//   exception it left) means None.
#include <string>

#include "runtime/errors.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace coil {

namespace {

// Code points in the first `nbytes` bytes of UTF-8 text.
ssize chars_in_prefix(std::string_view text, ssize nbytes) {
  if (nbytes > static_cast<ssize>(text.size()))
    nbytes = static_cast<ssize>(text.size());
  ssize n = 0;
  for (ssize i = 0; i < nbytes; i++)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      n++;
  return n;
}

Object* tb_caret_anchors(Object*, Object* segment) {
  if (!str_check(segment))
    return err_format(TypeError, "caret_anchors() argument must be str, not {}", type_name_of(segment));
  std::string text(str_view(segment));
  if (err_occurred())
    return nullptr;
  Interpreter* interp = Interpreter::main();
  int left_end = -1, right_start = -1, right_end = -1;
  if (!interp || !interp->caret_anchors_hook ||
      !interp->caret_anchors_hook(text, &left_end, &right_start, &right_end) || left_end < 0 ||
      right_start < left_end) {
    err_clear();
    return newref(None);
  }
  err_clear();
  Object* a = int_from_i64(chars_in_prefix(text, left_end));
  Object* b = a ? int_from_i64(chars_in_prefix(text, right_start)) : nullptr;
  Object* r = b ? tuple_pack({a, b}) : nullptr;
  xdecref(a);
  xdecref(b);
  return r;
}

MethodDef coil_traceback_methods[] = {
    {"caret_anchors", tb_caret_anchors, METH_O,
     "caret_anchors($module, segment, /)\n--\n\nOperator or subscript anchors of a one-line expression."},
    {},
};

Object* coil_traceback_module_init() {
  Object* m = module_new_str("_coil_traceback");
  if (!m)
    return nullptr;
  if (module_add_functions(m, coil_traceback_methods) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

} // namespace

COIL_REGISTER_MODULE("_coil_traceback", coil_traceback_module_init);

} // namespace coil
