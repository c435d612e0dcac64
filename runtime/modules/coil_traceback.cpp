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
// hide_frames(func) returns a builtin function (named as func, with its
// __module__ and doc) that calls func and, when it fails, removes from the exception's traceback the
// entries of frames running with func's globals: the frames of a library
// written in Python that stands for a CPython C function (warnings.warn
// raising a warning as an error shows no library frame, as in CPython).
//
// Invariants
// - A hide_frames wrapper owns its MethodDef (name and doc copied from the
//   function) and frees it when it dies.
// - Never raises for text that does not parse: the hook's failure (and any
//   exception it left) means None.
#include <cstring>
#include <string>

#include "runtime/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/function.h"
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
    return err_format(TypeError, "caret_anchors() argument must be str, not {}", arg_type_name(segment));
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

// Drops the traceback entries of `exc` whose frame runs with `globals`.
void drop_frames_of(Object* exc, Object* globals) {
  auto* e = static_cast<BaseExceptionObject*>(exc);
  Object** link = &e->traceback;
  while (*link) {
    auto* tb = static_cast<TracebackObject*>(*link);
    Object* fo = tb->frame;
    bool hidden = fo && fo->type == &FrameType && static_cast<FrameObject*>(fo)->frame->globals == globals;
    if (!hidden) {
      link = &tb->next;
      continue;
    }
    Object* next = tb->next;
    tb->next = nullptr;
    *link = next; // takes over tb's reference to next
    decref(tb);
  }
}

// A hide_frames wrapper is bound to a private module object holding the
// wrapped function as "function" (so that it is a "built-in function", as
// the C function it stands for, not a method of a function object).
Object* hidden_call(Object* holder, Object* const* args, ssize nargs, Object* kwnames) {
  Object* func = dict_getitem_str(module_dict(holder), "function"); // borrowed
  if (!func || func->type != &FunctionType)
    return err_format(RuntimeError, "hide_frames wrapper lost its function");
  Object* r = object_vectorcall(func, args, static_cast<size_t>(nargs), kwnames);
  if (r)
    return r;
  Object* exc = err_fetch();
  if (exc && exception_instance_check(exc))
    drop_frames_of(exc, static_cast<FunctionObject*>(func)->globals);
  err_restore(exc);
  return nullptr;
}

Object* tb_hide_frames(Object*, Object* func) {
  if (func->type != &FunctionType)
    return err_format(TypeError, "hide_frames() argument must be a function, not {}", arg_type_name(func));
  auto* f = static_cast<FunctionObject*>(func);
  Object* module_name = f->module && str_check(f->module) ? f->module : nullptr;
  Object* holder = module_new_str(module_name ? std::string(str_view(module_name)).c_str() : "?");
  if (!holder)
    return nullptr;
  if (dict_setitem_str(module_dict(holder), "function", func) < 0) {
    decref(holder);
    return nullptr;
  }
  auto* def = static_cast<MethodDef*>(calloc(1, sizeof(MethodDef)));
  if (def) {
    def->name = strdup(std::string(str_view(f->name)).c_str());
    if (f->doc && str_check(f->doc))
      def->doc = strdup(std::string(str_view(f->doc)).c_str());
  }
  if (!def || !def->name || (f->doc && str_check(f->doc) && !def->doc)) {
    methoddef_free_owned(def);
    decref(holder);
    return err_no_memory();
  }
  def->fn = reinterpret_cast<MethodFn>(hidden_call);
  def->flags = METH_FASTCALL | METH_KEYWORDS;
  Object* wrapper = builtin_function_new_owning(def, holder, module_name);
  decref(holder);
  return wrapper;
}

MethodDef coil_traceback_methods[] = {
    {"hide_frames", tb_hide_frames, METH_O,
     "hide_frames($module, func, /)\n--\n\nWrap func so that its module's frames leave no traceback "
     "entries."},
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
