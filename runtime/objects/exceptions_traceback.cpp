// Traceback objects (types.TracebackType) and traceback_add.
//
// Invariants
// - tb_next is nullptr or another traceback; setting it never creates a
//   loop (checked, "traceback loop detected").
// - tb_frame is a frame object (FrameType) or nullptr when unavailable.
#include <cstddef>

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {

static TracebackObject* as_tb(Object* o) {
  return static_cast<TracebackObject*>(o);
}

static Object* traceback_create(Object* next, Object* frame, int lasti, int lineno) {
  auto* tb = static_cast<TracebackObject*>(gc_alloc(&TracebackType, sizeof(TracebackObject)));
  if (!tb)
    return nullptr;
  tb->next = xnewref(next);
  tb->frame = xnewref(frame);
  tb->lasti = lasti;
  tb->lineno = lineno;
  gc_track(tb);
  return tb;
}

int traceback_add(Object* exc, Object* frame_object, int lasti, int lineno) {
  auto* e = static_cast<BaseExceptionObject*>(exc);
  Object* tb = traceback_create(e->traceback, frame_object, lasti, lineno);
  if (!tb)
    return -1;
  setref(e->traceback, tb);
  return 0;
}

static void tb_dealloc(Object* self) {
  gc_untrack(self);
  clear_ref(as_tb(self)->next);
  clear_ref(as_tb(self)->frame);
  gc_free(self);
}

static int tb_traverse(Object* self, VisitFn visit, void* arg) {
  for (Object* o : {as_tb(self)->next, as_tb(self)->frame})
    if (o)
      if (int r = visit(o, arg))
        return r;
  return 0;
}

static int tb_clear(Object* self) {
  clear_ref(as_tb(self)->next);
  clear_ref(as_tb(self)->frame);
  return 0;
}

static Object* tb_get_next(Object* self, void*) {
  Object* n = as_tb(self)->next;
  return newref(n ? n : None);
}

static int tb_set_next(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(TypeError, "can't delete tb_next attribute");
    return -1;
  }
  if (value == None) {
    clear_ref(as_tb(self)->next);
    return 0;
  }
  if (value->type != &TracebackType) {
    err_format(TypeError, "expected traceback object, got '{}'", type_name_of(value));
    return -1;
  }
  for (Object* cursor = value; cursor; cursor = as_tb(cursor)->next) {
    if (cursor == self) {
      err_set_string(ValueError, "traceback loop detected");
      return -1;
    }
  }
  setref(as_tb(self)->next, newref(value));
  return 0;
}

static Object* tb_get_frame(Object* self, void*) {
  Object* f = as_tb(self)->frame;
  return newref(f ? f : None);
}
static Object* tb_get_lasti(Object* self, void*) {
  return int_from_i64(as_tb(self)->lasti);
}
static Object* tb_get_lineno(Object* self, void*) {
  return int_from_i64(as_tb(self)->lineno);
}

static GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, nullptr, nullptr},
    {"tb_frame", tb_get_frame, nullptr, nullptr, nullptr},
    {"tb_lasti", tb_get_lasti, nullptr, nullptr, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

static MethodDef tb_methods[] = {
    {nullptr, nullptr, 0, nullptr},
};

// TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
static Object* tb_new(TypeObject* type, Object* args, Object* kwargs) {
  static const char* const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
  Object* vals[4] = {nullptr, nullptr, nullptr, nullptr};
  ssize n = args ? tuple_size(args) : 0;
  if (n > 4)
    return err_format(TypeError, "TracebackType() takes at most 4 arguments ({} given)", n);
  for (ssize i = 0; i < n; i++)
    vals[i] = tuple_get(args, i);
  if (kwargs) {
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      bool found = false;
      for (int i = 0; i < 4; i++) {
        if (str_check(k) && str_equal_ascii(k, names[i])) {
          if (vals[i])
            return err_format(TypeError,
                              "argument for TracebackType() given by name ('{}') and position ({})", names[i],
                              i + 1);
          vals[i] = v;
          found = true;
        }
      }
      if (!found)
        return err_format(TypeError, "TracebackType() got an unexpected keyword argument '{}'",
                          str_check(k) ? str_to_std(k) : std::string("?"));
    }
  }
  for (int i = 0; i < 4; i++)
    if (!vals[i])
      return err_format(TypeError, "TracebackType() missing required argument '{}' (pos {})", names[i],
                        i + 1);
  if (vals[1]->type != &FrameType)
    return err_format(TypeError, "TracebackType() argument 'tb_frame' must be frame, not {}",
                      arg_type_name(vals[1]));
  int ints[2];
  for (int i = 0; i < 2; i++) {
    Object* v = vals[2 + i];
    if (!int_check(v))
      return err_format(TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(v));
    bool overflow = false;
    int64_t x = int_as_i64(v, &overflow);
    if (overflow || x > INT32_MAX || x < INT32_MIN)
      return err_set_string(OverflowError, x < 0 ? "signed integer is less than minimum"
                                                 : "signed integer is greater than maximum");
    ints[i] = static_cast<int>(x);
  }
  Object* next = vals[0];
  if (next == None)
    next = nullptr;
  else if (next->type != &TracebackType)
    return err_format(TypeError, "expected traceback object or None, got '{}'", type_name_of(next));
  return traceback_create(next, vals[1], ints[0], ints[1]);
}

static TypeObject make_traceback_type() {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "traceback";
  t.basicsize = sizeof(TracebackObject);
  t.flags = TPFLAG_HAVE_GC;
  t.dealloc = tb_dealloc;
  t.traverse = tb_traverse;
  t.clear = tb_clear;
  t.getset = tb_getset;
  t.methods = tb_methods;
  t.new_ = tb_new;
  t.doc = "TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)\n--\n\n"
          "Create a new traceback object.";
  return t;
}
TypeObject TracebackType = make_traceback_type();
COIL_REGISTER_TYPE(TracebackType);

} // namespace coil
