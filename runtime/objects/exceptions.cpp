// BaseException and the plain exception hierarchy.
//
// Invariants
// - Every exception instance is a BaseExceptionObject (or a struct derived
//   from it, exceptions.h); `args` is always a tuple once __new__ returned.
// - Exceptions are GC objects: allocated with gc_alloc, tracked at the end
//   of __new__, untracked first thing in dealloc.
// - Each static exception type is made by make_exception_type and
//   registered with COIL_REGISTER_TYPE, except ExceptionGroup (two bases),
//   which exceptions_group.cpp readies in an init hook.
// - Subclass-specific types (OSError family, SyntaxError, Unicode errors,
//   ImportError, NameError, AttributeError) live in exceptions_os.cpp.
#include <cstddef>

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/exceptions_impl.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {
namespace exc_impl {

TypeObject make_exception_type(const char* name, TypeObject* base, ssize basicsize, const char* doc) {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = name;
  t.basicsize = basicsize;
  t.flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_BASE_EXC_SUBCLASS;
  t.doc = doc;
  t.base = base;
  t.dictoffset = offsetof(BaseExceptionObject, dict);
  t.new_ = base_new;
  t.init = base_init;
  t.dealloc = base_dealloc;
  t.traverse = base_traverse;
  t.clear = base_clear;
  t.str = base_str;
  t.repr = base_repr;
  return t;
}

Object* base_new(TypeObject* type, Object* args, Object* kwargs) {
  auto* self = static_cast<BaseExceptionObject*>(gc_alloc(type, type->basicsize));
  if (!self)
    return nullptr;
  self->args = args ? newref(args) : tuple_empty();
  if (!self->args) {
    decref(self);
    return nullptr;
  }
  gc_track(self);
  return self;
}

int base_init(Object* self, Object* args, Object* kwargs) {
  if (kwargs && dict_check(kwargs) && dict_size(kwargs) != 0) {
    err_format(TypeError, "{}() takes no keyword arguments", type_name_of(self));
    return -1;
  }
  auto* e = static_cast<BaseExceptionObject*>(self);
  setref(e->args, args ? newref(args) : tuple_empty());
  return 0;
}

int base_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<BaseExceptionObject*>(self);
  for (Object* o : {e->dict, e->args, e->notes, e->traceback, e->context, e->cause}) {
    if (o) {
      if (int r = visit(o, arg))
        return r;
    }
  }
  return 0;
}

int base_clear(Object* self) {
  auto* e = static_cast<BaseExceptionObject*>(self);
  clear_ref(e->dict);
  clear_ref(e->args);
  clear_ref(e->notes);
  clear_ref(e->traceback);
  clear_ref(e->context);
  clear_ref(e->cause);
  return 0;
}

void base_dealloc(Object* self) {
  if (gc_is_tracked(self))
    gc_untrack(self);
  TypeObject* t = self->type;
  // Subclass fields are released by their type's clear (always set for
  // exception types); base_clear covers the common header.
  InquiryFn clear = t->clear ? t->clear : base_clear;
  for (TypeObject* p = t; p; p = p->base) {
    if (!type_has_flag(p, TPFLAG_HEAPTYPE)) {
      clear = p->clear ? p->clear : base_clear;
      break;
    }
  }
  clear(self);
  if (t->free_)
    t->free_(self);
  else
    gc_free(self);
}

Object* base_str(Object* self) {
  Object* args = static_cast<BaseExceptionObject*>(self)->args;
  switch (tuple_size(args)) {
  case 0:
    return str_new_empty();
  case 1:
    return object_str(tuple_get(args, 0));
  default:
    return object_str(args);
  }
}

Object* base_repr(Object* self) {
  Object* args = static_cast<BaseExceptionObject*>(self)->args;
  const char* name = type_name_of(self);
  Object* inner = tuple_size(args) == 1 ? object_repr(tuple_get(args, 0)) : object_repr(args);
  if (!inner)
    return nullptr;
  std::string_view iv = str_view(inner);
  Object* result;
  if (tuple_size(args) == 1)
    result = str_from_utf8(fmt::format("{}({})", name, iv));
  else
    result = str_from_utf8(fmt::format("{}{}", name, iv));
  decref(inner);
  return result;
}

int parse_keywords_only(Object* kwargs, const char* func, std::initializer_list<const char*> names,
                        std::initializer_list<Object**> out) {
  if (!kwargs)
    return 0;
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    bool matched = false;
    if (str_check(k)) {
      auto slot = out.begin();
      for (const char* n : names) {
        if (str_equal_ascii(k, n)) {
          **slot = v;
          matched = true;
          break;
        }
        ++slot;
      }
    }
    if (!matched) {
      if (str_check(k))
        err_format(TypeError, "'{}' is an invalid keyword argument for {}()", str_to_std(k), func);
      else
        err_set_string(TypeError, "keywords must be strings");
      return -1;
    }
  }
  return 0;
}

} // namespace exc_impl

using namespace exc_impl;

// ---------------------------------------------------------------- attributes

static BaseExceptionObject* as_exc(Object* o) {
  return static_cast<BaseExceptionObject*>(o);
}

static Object* get_args(Object* self, void*) {
  return newref(as_exc(self)->args);
}
static int set_args(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(TypeError, "args may not be deleted");
    return -1;
  }
  Object* t = sequence_tuple(value);
  if (!t)
    return -1;
  setref(as_exc(self)->args, t);
  return 0;
}

static Object* get_traceback(Object* self, void*) {
  Object* tb = as_exc(self)->traceback;
  return newref(tb ? tb : None);
}
static int set_traceback(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(TypeError, "__traceback__ may not be deleted");
    return -1;
  }
  if (value != None && value->type != &TracebackType) {
    err_set_string(TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  setref(as_exc(self)->traceback, value == None ? nullptr : newref(value));
  return 0;
}

static Object* get_context(Object* self, void*) {
  Object* c = as_exc(self)->context;
  return newref(c ? c : None);
}
static int set_context(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(TypeError, "__context__ may not be deleted");
    return -1;
  }
  if (value != None && !exception_instance_check(value)) {
    err_set_string(TypeError, "exception context must be None or derive from BaseException");
    return -1;
  }
  setref(as_exc(self)->context, value == None ? nullptr : newref(value));
  return 0;
}

static Object* get_cause(Object* self, void*) {
  Object* c = as_exc(self)->cause;
  return newref(c ? c : None);
}
static int set_cause(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(TypeError, "__cause__ may not be deleted");
    return -1;
  }
  if (value != None && !exception_instance_check(value)) {
    err_set_string(TypeError, "exception cause must be None or derive from BaseException");
    return -1;
  }
  as_exc(self)->suppress_context = true;
  setref(as_exc(self)->cause, value == None ? nullptr : newref(value));
  return 0;
}

static Object* get_notes(Object* self, void*) {
  Object* n = as_exc(self)->notes;
  if (!n)
    return err_format(AttributeError, "'{}' object has no attribute '__notes__'", type_name_of(self));
  return newref(n);
}
static int set_notes(Object* self, Object* value, void*) {
  if (!value && !as_exc(self)->notes) {
    err_set_string(AttributeError, "__notes__");
    return -1;
  }
  setref(as_exc(self)->notes, xnewref(value));
  return 0;
}

static Object* get_dict(Object* self, void*) {
  auto* e = as_exc(self);
  if (!e->dict) {
    e->dict = dict_new();
    if (!e->dict)
      return nullptr;
  }
  return newref(e->dict);
}
static int set_dict(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(TypeError, "__dict__ may not be deleted");
    return -1;
  }
  if (!dict_check(value)) {
    err_format(TypeError, "__dict__ must be set to a dictionary, not a '{}'", type_name_of(value));
    return -1;
  }
  setref(as_exc(self)->dict, newref(value));
  return 0;
}

static GetSetDef base_getset[] = {
    {"__dict__", get_dict, set_dict, nullptr, nullptr},
    {"args", get_args, set_args, nullptr, nullptr},
    {"__traceback__", get_traceback, set_traceback, nullptr, nullptr},
    {"__context__", get_context, set_context, "exception context", nullptr},
    {"__cause__", get_cause, set_cause, "exception cause", nullptr},
    {"__notes__", get_notes, set_notes, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

static MemberDef base_members[] = {
    {"__suppress_context__", MEMBER_BOOL, offsetof(BaseExceptionObject, suppress_context), 0, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

// ---------------------------------------------------------------- methods

static Object* exc_with_traceback(Object* self, Object* tb) {
  if (set_traceback(self, tb, nullptr) < 0)
    return nullptr;
  return newref(self);
}

static Object* exc_add_note(Object* self, Object* note) {
  if (!str_check(note))
    return err_format(TypeError, "note must be a str, not '{}'", type_name_of(note));
  auto* e = as_exc(self);
  if (!e->notes) {
    e->notes = list_new(0);
    if (!e->notes)
      return nullptr;
  } else if (!list_check(e->notes)) {
    return err_set_string(TypeError, "Cannot add note: __notes__ is not a list");
  }
  if (list_append(e->notes, note) < 0)
    return nullptr;
  return none_new();
}

static Object* exc_reduce(Object* self, Object*) {
  auto* e = as_exc(self);
  if (e->dict && dict_size(e->dict) > 0)
    return tuple_pack({self->type, e->args, e->dict});
  return tuple_pack({self->type, e->args});
}

static Object* exc_setstate(Object* self, Object* state) {
  if (state == None)
    return none_new();
  if (!dict_check(state))
    return err_set_string(TypeError, "state is not a dictionary");
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(state, &pos, &k, &v)) {
    incref(k);
    incref(v);
    int r = object_setattr(self, k, v);
    decref(k);
    decref(v);
    if (r < 0)
      return nullptr;
  }
  return none_new();
}

static MethodDef base_methods[] = {
    {"with_traceback", exc_with_traceback, METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, METH_O, "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", exc_reduce, METH_NOARGS, nullptr},
    {"__setstate__", exc_setstate, METH_O, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---------------------------------------------------------------- the types

static TypeObject make_base_exception() {
  TypeObject t = make_exception_type("BaseException", &BaseObjectType, sizeof(BaseExceptionObject),
                                     "Common base class for all exceptions");
  t.methods = base_methods;
  t.members = base_members;
  t.getset = base_getset;
  return t;
}

static TypeObject BaseException_Type = make_base_exception();
TypeObject* const BaseException = &BaseException_Type;
COIL_REGISTER_TYPE(BaseException_Type);

#define COIL_SIMPLE_EXC(NAME, BASE, DOC)                                                                     \
  static TypeObject NAME##_Type =                                                                            \
      make_exception_type(#NAME, &BASE##_Type, sizeof(BaseExceptionObject), DOC);                            \
  TypeObject* const NAME = &NAME##_Type;                                                                     \
  COIL_REGISTER_TYPE(NAME##_Type)

COIL_SIMPLE_EXC(Exception, BaseException, "Common base class for all non-exit exceptions.");
COIL_SIMPLE_EXC(TypeError, Exception, "Inappropriate argument type.");
COIL_SIMPLE_EXC(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().");
COIL_SIMPLE_EXC(GeneratorExit, BaseException, "Request that a generator exit.");
COIL_SIMPLE_EXC(KeyboardInterrupt, BaseException, "Program interrupted by user.");
COIL_SIMPLE_EXC(RuntimeError, Exception, "Unspecified run-time error.");
COIL_SIMPLE_EXC(RecursionError, RuntimeError, "Recursion limit exceeded.");
COIL_SIMPLE_EXC(NotImplementedError, RuntimeError, "Method or function hasn't been implemented yet.");
COIL_SIMPLE_EXC(LookupError, Exception, "Base class for lookup errors.");
COIL_SIMPLE_EXC(IndexError, LookupError, "Sequence index out of range.");
COIL_SIMPLE_EXC(ValueError, Exception, "Inappropriate argument value (of correct type).");
COIL_SIMPLE_EXC(UnicodeError, ValueError, "Unicode related error.");
COIL_SIMPLE_EXC(AssertionError, Exception, "Assertion failed.");
COIL_SIMPLE_EXC(ArithmeticError, Exception, "Base class for arithmetic errors.");
COIL_SIMPLE_EXC(FloatingPointError, ArithmeticError, "Floating point operation failed.");
COIL_SIMPLE_EXC(OverflowError, ArithmeticError, "Result too large to be represented.");
COIL_SIMPLE_EXC(ZeroDivisionError, ArithmeticError,
                "Second argument to a division or modulo operation was zero.");
COIL_SIMPLE_EXC(SystemError, Exception,
                "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, "
                "along with the traceback,\nthe Python version, and the hardware/OS platform and version.");
COIL_SIMPLE_EXC(ReferenceError, Exception, "Weak ref proxy used after referent went away.");
COIL_SIMPLE_EXC(MemoryError, Exception, "Out of memory.");
COIL_SIMPLE_EXC(BufferError, Exception, "Buffer error.");
COIL_SIMPLE_EXC(EOFError, Exception, "Read beyond end of file.");
COIL_SIMPLE_EXC(Warning, Exception, "Base class for warning categories.");
COIL_SIMPLE_EXC(UserWarning, Warning, "Base class for warnings generated by user code.");
COIL_SIMPLE_EXC(DeprecationWarning, Warning, "Base class for warnings about deprecated features.");
COIL_SIMPLE_EXC(PendingDeprecationWarning, Warning,
                "Base class for warnings about features which will be deprecated\nin the future.");
COIL_SIMPLE_EXC(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.");
COIL_SIMPLE_EXC(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.");
COIL_SIMPLE_EXC(FutureWarning, Warning,
                "Base class for warnings about constructs that will change semantically\nin the future.");
COIL_SIMPLE_EXC(ImportWarning, Warning, "Base class for warnings about probable mistakes in module imports");
COIL_SIMPLE_EXC(
    UnicodeWarning, Warning,
    "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.");
COIL_SIMPLE_EXC(
    BytesWarning, Warning,
    "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion "
    "from str or comparing to str.");
COIL_SIMPLE_EXC(EncodingWarning, Warning, "Base class for warnings about encodings.");
COIL_SIMPLE_EXC(ResourceWarning, Warning, "Base class for warnings about resource usage.");

// KeyError: str() shows the repr of a single key.
static Object* keyerror_str(Object* self) {
  Object* args = as_exc(self)->args;
  if (tuple_size(args) == 1)
    return object_repr(tuple_get(args, 0));
  return base_str(self);
}
static TypeObject make_keyerror() {
  TypeObject t = make_exception_type("KeyError", &LookupError_Type, sizeof(BaseExceptionObject),
                                     "Mapping key not found.");
  t.str = keyerror_str;
  return t;
}
static TypeObject KeyError_Type = make_keyerror();
TypeObject* const KeyError = &KeyError_Type;
COIL_REGISTER_TYPE(KeyError_Type);

// ---------------------------------------------------------------- StopIteration

static int stopiteration_init(Object* self, Object* args, Object* kwargs) {
  if (base_init(self, args, kwargs) < 0)
    return -1;
  auto* e = static_cast<StopIterationObject*>(self);
  set_field(e->value, tuple_size(args) > 0 ? tuple_get(args, 0) : None);
  return 0;
}
static int stopiteration_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<StopIterationObject*>(self);
  if (e->value)
    if (int r = visit(e->value, arg))
      return r;
  return base_traverse(self, visit, arg);
}
static int stopiteration_clear(Object* self) {
  clear_ref(static_cast<StopIterationObject*>(self)->value);
  return base_clear(self);
}
static MemberDef stopiteration_members[] = {
    {"value", MEMBER_OBJECT, offsetof(StopIterationObject, value), 0, "generator return value"},
    {nullptr, 0, 0, 0, nullptr},
};
static TypeObject make_stopiteration() {
  TypeObject t = make_exception_type("StopIteration", &Exception_Type, sizeof(StopIterationObject),
                                     "Signal the end from iterator.__next__().");
  t.init = stopiteration_init;
  t.traverse = stopiteration_traverse;
  t.clear = stopiteration_clear;
  t.members = stopiteration_members;
  return t;
}
static TypeObject StopIteration_Type = make_stopiteration();
TypeObject* const StopIteration = &StopIteration_Type;
COIL_REGISTER_TYPE(StopIteration_Type);

// ---------------------------------------------------------------- SystemExit

static int systemexit_init(Object* self, Object* args, Object* kwargs) {
  if (base_init(self, args, kwargs) < 0)
    return -1;
  auto* e = static_cast<SystemExitObject*>(self);
  ssize n = tuple_size(args);
  set_field(e->code, n == 0 ? None : n == 1 ? tuple_get(args, 0) : args);
  return 0;
}
static int systemexit_traverse(Object* self, VisitFn visit, void* arg) {
  auto* e = static_cast<SystemExitObject*>(self);
  if (e->code)
    if (int r = visit(e->code, arg))
      return r;
  return base_traverse(self, visit, arg);
}
static int systemexit_clear(Object* self) {
  clear_ref(static_cast<SystemExitObject*>(self)->code);
  return base_clear(self);
}
static MemberDef systemexit_members[] = {
    {"code", MEMBER_OBJECT, offsetof(SystemExitObject, code), 0, "exception code"},
    {nullptr, 0, 0, 0, nullptr},
};
static TypeObject make_systemexit() {
  TypeObject t = make_exception_type("SystemExit", &BaseException_Type, sizeof(SystemExitObject),
                                     "Request to exit from the interpreter.");
  t.init = systemexit_init;
  t.traverse = systemexit_traverse;
  t.clear = systemexit_clear;
  t.members = systemexit_members;
  return t;
}
static TypeObject SystemExit_Type = make_systemexit();
TypeObject* const SystemExit = &SystemExit_Type;
COIL_REGISTER_TYPE(SystemExit_Type);

// ---------------------------------------------------------------- helpers

bool exception_class_check(Object* o) noexcept {
  return type_has_flag(o->type, TPFLAG_TYPE_SUBCLASS) &&
         type_has_flag(static_cast<TypeObject*>(o), TPFLAG_BASE_EXC_SUBCLASS);
}

Object* exception_new(TypeObject* type, Object* args) {
  if (args)
    return object_call(type, args, nullptr);
  Object* empty = tuple_empty();
  Object* r = object_call(type, empty, nullptr);
  decref(empty);
  return r;
}

Object* exception_get_args(Object* exc) {
  return as_exc(exc)->args;
}

void exception_set_traceback(Object* exc, Object* tb) {
  setref(as_exc(exc)->traceback, (tb && tb != None) ? newref(tb) : nullptr);
}

void exception_set_context(Object* exc, Object* ctx) {
  if (ctx == None) {
    decref(ctx);
    ctx = nullptr;
  }
  setref(as_exc(exc)->context, ctx);
}

void exception_set_cause(Object* exc, Object* cause) {
  if (cause == None) {
    decref(cause);
    cause = nullptr;
  }
  as_exc(exc)->suppress_context = true;
  setref(as_exc(exc)->cause, cause);
}

} // namespace coil
