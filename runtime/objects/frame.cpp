// Python-visible frame objects and frame bookkeeping shared by the
// interpreter, generators, tracebacks and the collector.
#include "runtime/objects/frame.h"

#include <cstring>

#include <fmt/format.h>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

Object* frame_get_object(Frame* frame) {
  if (frame->frame_obj)
    return newref(static_cast<Object*>(frame->frame_obj));
  ssize words = Frame::size_in_words(frame->code);
  ssize size = static_cast<ssize>(offsetof(FrameObject, owned_frame_data)) +
               words * static_cast<ssize>(sizeof(Object*));
  auto* fo = reinterpret_cast<FrameObject*>(gc_alloc(&FrameType, size));
  if (!fo)
    return nullptr;
  fo->frame = frame;
  fo->trace_lines = true;
  fo->trace_prev = frame->prev_instr;
  frame->frame_obj = fo;
  gc_track(fo);
  return newref(static_cast<Object*>(fo)); // one reference for the frame, one for the caller
}

int (*frame_set_lineno_hook)(FrameObject* fo, Object* value) = nullptr;

int frame_get_lineno(Frame* frame) noexcept {
  int lasti = frame->lasti();
  if (lasti < 0)
    return frame->code->firstlineno;
  return code_line(frame->code, lasti);
}

int frame_object_lineno(Object* fo) noexcept {
  auto* f = static_cast<FrameObject*>(fo);
  if (f->lineno > 0)
    return f->lineno;
  return frame_get_lineno(f->frame);
}

void frame_clear_references(Frame* frame) {
  for (int i = 0; i < frame->stacktop; i++)
    clear_ref(frame->localsplus[i]);
  frame->stacktop = 0;
  clear_ref(frame->locals);
  Object* func = frame->func;
  frame->func = nullptr;
  CodeObject* code = frame->code;
  xdecref(func);
  // code stays readable until the very end (dealloc of locals may print tracebacks).
  frame->code = nullptr;
  xdecref(code);
}

void frame_clear_on_exit(Frame* frame) {
  FrameObject* fo = frame->frame_obj;
  if (fo) {
    frame->frame_obj = nullptr;
    if (fo->refcnt > 1) {
      // Someone keeps the frame object: move the frame into it.
      Frame* copy = reinterpret_cast<Frame*>(fo->owned_frame_data);
      size_t bytes = offsetof(Frame, localsplus) + sizeof(Object*) * static_cast<size_t>(frame->stacktop);
      memcpy(copy, frame, bytes);
      copy->owner = FRAME_OWNED_BY_FRAME_OBJECT;
      copy->frame_obj = nullptr;
      copy->is_entry = false;
      if (frame->previous && !fo->back) {
        fo->back = frame_get_object(frame->previous);
        if (!fo->back)
          err_clear();
      }
      copy->previous = nullptr;
      fo->frame = copy;
      decref(fo);
      return; // references now belong to the copy
    }
    fo->frame = nullptr;
    decref(fo);
  }
  frame_clear_references(frame);
}

Object* frame_get_locals(Frame* frame) {
  CodeObject* co = frame->code;
  if (!(co->flags & CO_OPTIMIZED) && frame->locals)
    return newref(frame->locals);
  Object* d = frame->locals ? newref(frame->locals) : dict_new();
  if (!d)
    return nullptr;
  const char* kinds = bytes_data(co->localspluskinds);
  for (int i = 0; i < co->nlocalsplus; i++) {
    Object* name = tuple_get(co->localsplusnames, i);
    Object* value = frame->localsplus[i];
    uint8_t kind = static_cast<uint8_t>(kinds[i]);
    if (value && (kind & (LOCALS_KIND_CELL | LOCALS_KIND_FREE)) && cell_check(value))
      value = static_cast<CellObject*>(value)->ref;
    else if (value && (kind & LOCALS_KIND_CELL) && !(kind & LOCALS_KIND_LOCAL) && frame->lasti() < 0)
      value = nullptr;
    if (value) {
      if (dict_setitem(d, name, value) < 0) {
        decref(d);
        return nullptr;
      }
    } else if (dict_contains(d, name) == 1) {
      if (dict_delitem(d, name) < 0)
        err_clear();
    }
  }
  if (frame->locals == nullptr && (co->flags & CO_OPTIMIZED)) {
    frame->locals = newref(d); // f_locals keeps returning the same dict, as CPython
  }
  return d;
}

void frame_locals_to_fast(Frame* frame) {
  CodeObject* co = frame->code;
  Object* locals = frame->locals;
  if (!co || !locals || !(co->flags & CO_OPTIMIZED) || !dict_check(locals))
    return;
  Object* saved = err_fetch();
  incref(locals);
  const char* kinds = bytes_data(co->localspluskinds);
  for (int i = 0; i < co->nlocalsplus; i++) {
    Object* name = tuple_get(co->localsplusnames, i);
    uint8_t kind = static_cast<uint8_t>(kinds[i]);
    Object* value = dict_getitem(locals, name); // borrowed, may be nullptr
    Object* old = frame->localsplus[i];
    if (old && (kind & (LOCALS_KIND_CELL | LOCALS_KIND_FREE)) && cell_check(old)) {
      auto* cell = static_cast<CellObject*>(old);
      if (cell->ref != value) {
        Object* prev = cell->ref;
        cell->ref = xnewref(value);
        xdecref(prev);
      }
    } else if (old != value) {
      frame->localsplus[i] = xnewref(value);
      xdecref(old);
    }
  }
  decref(locals);
  err_restore(saved);
}

int frame_traverse(Frame* frame, VisitFn visit, void* arg) {
  if (frame->code)
    if (int r = visit(frame->code, arg))
      return r;
  if (frame->func)
    if (int r = visit(frame->func, arg))
      return r;
  if (frame->locals)
    if (int r = visit(frame->locals, arg))
      return r;
  for (int i = 0; i < frame->stacktop; i++)
    if (Object* o = frame->localsplus[i])
      if (int r = visit(o, arg))
        return r;
  return 0;
}

// ---------------------------------------------------------------- the type

static bool owns_frame(FrameObject* fo) {
  return fo->frame && fo->frame->owner == FRAME_OWNED_BY_FRAME_OBJECT &&
         fo->frame == reinterpret_cast<Frame*>(fo->owned_frame_data);
}

static void frame_dealloc(Object* o) {
  auto* fo = static_cast<FrameObject*>(o);
  gc_untrack(o);
  if (owns_frame(fo))
    frame_clear_references(fo->frame);
  else if (fo->frame && fo->frame->frame_obj == fo)
    fo->frame->frame_obj = nullptr;
  clear_ref(fo->back);
  clear_ref(fo->trace);
  gc_free(o);
}

static int frameobj_traverse(Object* o, VisitFn visit, void* arg) {
  auto* fo = static_cast<FrameObject*>(o);
  if (fo->back)
    if (int r = visit(fo->back, arg))
      return r;
  if (fo->trace)
    if (int r = visit(fo->trace, arg))
      return r;
  if (owns_frame(fo))
    return frame_traverse(fo->frame, visit, arg);
  return 0;
}

static int frameobj_clear(Object* o) {
  auto* fo = static_cast<FrameObject*>(o);
  clear_ref(fo->back);
  clear_ref(fo->trace);
  if (owns_frame(fo)) {
    Frame* f = fo->frame;
    for (int i = 0; i < f->stacktop; i++)
      clear_ref(f->localsplus[i]);
    f->stacktop = 0;
    clear_ref(f->locals);
  }
  return 0;
}

static Object* frame_repr(Object* o) {
  auto* fo = static_cast<FrameObject*>(o);
  CodeObject* co = fo->frame->code;
  return str_from_utf8(fmt::format("<frame at {:#x}, file '{}', line {}, code {}>",
                                   reinterpret_cast<uintptr_t>(o), str_view(co->filename),
                                   frame_object_lineno(o), str_view(co->name)));
}

#define FO(self) static_cast<FrameObject*>(self)
static Object* f_get_code(Object* self, void*) {
  return newref(static_cast<Object*>(FO(self)->frame->code));
}
static Object* f_get_lineno(Object* self, void*) {
  return int_from_i64(frame_object_lineno(self));
}
static Object* f_get_lasti(Object* self, void*) {
  int lasti = FO(self)->frame->lasti();
  return int_from_i64(lasti < 0 ? -1 : lasti * 2);
}
static Object* f_get_globals(Object* self, void*) {
  return newref(FO(self)->frame->globals);
}
static Object* f_get_builtins(Object* self, void*) {
  return newref(FO(self)->frame->builtins);
}
static Object* f_get_locals(Object* self, void*) {
  return frame_get_locals(FO(self)->frame);
}
static Object* f_get_back(Object* self, void*) {
  auto* fo = FO(self);
  if (fo->back)
    return newref(fo->back);
  if (!owns_frame(fo) && fo->frame->previous)
    return frame_get_object(fo->frame->previous);
  return newref(None);
}
static Object* f_get_trace(Object* self, void*) {
  return newref(FO(self)->trace ? FO(self)->trace : None);
}
static int f_set_trace(Object* self, Object* value, void*) {
  setref(FO(self)->trace, value && value != None ? newref(value) : nullptr);
  // Line events restart from the instruction now executing.
  FO(self)->trace_prev = FO(self)->frame->prev_instr;
  return 0;
}
static Object* f_get_trace_lines(Object* self, void*) {
  return bool_from(FO(self)->trace_lines);
}
static Object* f_get_trace_opcodes(Object* self, void*) {
  return bool_from(FO(self)->trace_opcodes);
}
static int set_trace_flag(Object* value, bool* flag) {
  if (!value) {
    err_set_string(TypeError, "can't delete numeric/char attribute");
    return -1;
  }
  if (value != True && value != False) {
    err_set_string(TypeError, "attribute value type must be bool");
    return -1;
  }
  *flag = value == True;
  return 0;
}
static int f_set_trace_lines(Object* self, Object* value, void*) {
  return set_trace_flag(value, &FO(self)->trace_lines);
}
static int f_set_trace_opcodes(Object* self, Object* value, void*) {
  return set_trace_flag(value, &FO(self)->trace_opcodes);
}
static int f_set_lineno(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(AttributeError, "cannot delete attribute");
    return -1;
  }
  if (!frame_set_lineno_hook) {
    err_set_string(ValueError, "f_lineno can only be set by a trace function");
    return -1;
  }
  return frame_set_lineno_hook(FO(self), value);
}
#undef FO

static GetSetDef frame_getset[] = {
    {"f_code", f_get_code, nullptr, nullptr, nullptr},
    {"f_lineno", f_get_lineno, f_set_lineno, nullptr, nullptr},
    {"f_lasti", f_get_lasti, nullptr, nullptr, nullptr},
    {"f_globals", f_get_globals, nullptr, nullptr, nullptr},
    {"f_builtins", f_get_builtins, nullptr, nullptr, nullptr},
    {"f_locals", f_get_locals, nullptr, nullptr, nullptr},
    {"f_back", f_get_back, nullptr, nullptr, nullptr},
    {"f_trace", f_get_trace, f_set_trace, nullptr, nullptr},
    {"f_trace_lines", f_get_trace_lines, f_set_trace_lines, nullptr, nullptr},
    {"f_trace_opcodes", f_get_trace_opcodes, f_set_trace_opcodes, nullptr, nullptr},
    {},
};

TypeObject FrameType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "frame";
  t.basicsize = sizeof(FrameObject);
  t.dealloc = frame_dealloc;
  t.repr = frame_repr;
  t.getattro = object_generic_getattr;
  t.setattro = object_generic_setattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE;
  t.traverse = frameobj_traverse;
  t.clear = frameobj_clear;
  t.getset = frame_getset;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(FrameType);

} // namespace coil
