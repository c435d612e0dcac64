// Coroutines, coroutine_wrapper, async generators and their asend/athrow
// awaitables. Execution is gen.cpp's (gen_send_ex and friends); this file
// adds the kinds' own protocols and messages.
//
// Invariants
// - CoroutineType and AsyncGenType instances are GenObjects created by
//   gen_new_from_frame; they are never created from Python.
// - An asend/athrow awaitable moves INIT -> ITER -> CLOSED; once CLOSED it
//   refuses to run again ("cannot reuse already awaited ...").
// - ag_running_async is set while an asend/athrow is between its first
//   send and the async generator's next `yield` (or its end).
#include "runtime/objects/coro.h"

#include <fstream>
#include <string>

#include <fmt/format.h>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/code.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/frame.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/structseq.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"
#include "runtime/traceback.h"

namespace coil {

#define GEN(o) static_cast<GenObject*>(o)

// ---------------------------------------------------------------- helpers

// Raises StopIteration carrying `value` (e.value is value, whatever its type).
static std::nullptr_t raise_stop_value(Object* value) {
  Object* args = tuple_pack({value});
  if (!args)
    return nullptr;
  Object* exc = object_call(StopIteration, args, nullptr);
  decref(args);
  if (exc) {
    err_raise_instance(exc);
    decref(exc);
  }
  return nullptr;
}

bool gen_is_iterable_coroutine(Object* o) noexcept {
  if (!gen_check(o))
    return false;
  auto* code = static_cast<CodeObject*>(GEN(o)->code);
  return code && (code->flags & CO_ITERABLE_COROUTINE);
}

static Object* lookup_on_type(TypeObject* t, const char* name) {
  Object* n = str_intern_utf8(name);
  if (!n)
    return nullptr;
  Object* r = type_lookup(t, n);
  decref(n);
  return r;
}

bool type_has_await(TypeObject* t) noexcept {
  Object* r = lookup_on_type(t, "__await__");
  if (!r && err_occurred())
    err_clear();
  return r != nullptr;
}

Object* coro_get_awaitable_iter(Object* o) {
  if (coro_check(o) || gen_is_iterable_coroutine(o))
    return newref(o);
  Object* meth = lookup_on_type(o->type, "__await__");
  if (!meth) {
    if (err_occurred())
      return nullptr;
    return err_format(TypeError, "object {} can't be used in 'await' expression", o->type->name);
  }
  Object* res;
  incref(meth);
  if (DescrGetFn get = meth->type->descr_get) {
    Object* bound = get(meth, o, o->type);
    decref(meth);
    if (!bound)
      return nullptr;
    res = object_call_noargs(bound);
    decref(bound);
  } else {
    res = object_call_noargs(meth);
    decref(meth);
  }
  if (!res)
    return nullptr;
  if (coro_check(res) || gen_is_iterable_coroutine(res)) {
    decref(res);
    return err_set_string(TypeError, "__await__() returned a coroutine");
  }
  if (!iter_check(res)) {
    err_format(TypeError, "__await__() returned non-iterator of type '{}'", res->type->name);
    decref(res);
    return nullptr;
  }
  return res;
}

// ---------------------------------------------------------------- "never awaited" warning

// The source line `lineno` of `filename`, stripped, or "" when unavailable.
static std::string source_line(const std::string& filename, int lineno) {
  std::ifstream in(filename);
  if (!in || lineno < 1)
    return "";
  std::string line;
  for (int i = 0; i < lineno; ++i)
    if (!std::getline(in, line))
      return "";
  size_t b = line.find_first_not_of(" \t\f\r\n\v");
  if (b == std::string::npos)
    return "";
  size_t e = line.find_last_not_of(" \t\f\r\n\v");
  return line.substr(b, e - b + 1);
}

// The -W / PYTHONWARNINGS action for RuntimeWarning: 'd'efault, 'i'gnore, 'e'rror, ...
static char runtime_warning_action() {
  char action = 'd';
  for (const std::string& opt : ThreadState::current()->interp->config.warnoptions) {
    std::string act = opt.substr(0, opt.find(':'));
    std::string category;
    size_t c1 = opt.find(':');
    if (c1 != std::string::npos) {
      size_t c2 = opt.find(':', c1 + 1);
      if (c2 != std::string::npos) {
        size_t c3 = opt.find(':', c2 + 1);
        category = opt.substr(c2 + 1, c3 == std::string::npos ? std::string::npos : c3 - c2 - 1);
      }
    }
    if (!category.empty() && category != "RuntimeWarning" && category != "Warning" &&
        category != "builtins.RuntimeWarning" && category != "builtins.Warning")
      continue;
    if (!act.empty())
      action = act[0]; // later options take precedence, as the filter list
  }
  return action;
}

// Emits "coroutine 'f' was never awaited" as CPython's warnings module does:
// through warnings._warn_unawaited_coroutine when a warnings module is
// loaded, otherwise with the default filter (once per module and line,
// recorded in the module's __warningregistry__) formatted as showwarning.
static void warn_unawaited(Object* coro) {
  ThreadState* ts = ThreadState::current();
  Object* modules = ts->interp->modules;
  Object* warnings = modules ? dict_getitem_str(modules, "warnings") : nullptr;
  if (warnings && warnings != None) {
    int error = 0;
    Object* name = str_intern_utf8("_warn_unawaited_coroutine");
    Object* fn = name ? object_lookup_attr(warnings, name, &error) : nullptr;
    xdecref(name);
    if (fn) {
      Object* r = object_call_one(fn, coro);
      decref(fn);
      if (r) {
        decref(r);
        return;
      }
      err_write_unraisable(coro);
      return;
    }
    if (error)
      err_clear();
  }
  std::string message = fmt::format("coroutine '{}' was never awaited", str_view(GEN(coro)->qualname));
  char action = runtime_warning_action();
  if (action == 'i')
    return;
  if (action == 'e') {
    err_set_string(RuntimeWarning, message);
    err_write_unraisable(coro);
    return;
  }
  Frame* f = ts->current_frame;
  std::string filename = "sys";
  int lineno = 1;
  Object* globals = ts->interp->sysdict;
  if (f) {
    filename = std::string(str_view(f->code->filename));
    lineno = frame_get_lineno(f);
    globals = f->globals;
  }
  if (action != 'a' && globals) {
    // The default action shows the first occurrence per (text, category, line).
    Object* registry = dict_getitem_str(globals, "__warningregistry__");
    Object* key = nullptr;
    Object* text = str_from_utf8(message);
    Object* line = text ? int_from_i64(lineno) : nullptr;
    if (line)
      key = tuple_pack({text, static_cast<Object*>(RuntimeWarning), line});
    xdecref(text);
    xdecref(line);
    if (!key) {
      err_clear();
    } else {
      if (!registry) {
        Object* d = dict_new();
        if (d && dict_setitem_str(globals, "__warningregistry__", d) == 0)
          registry = d;
        xdecref(d);
      }
      if (registry && dict_check(registry)) {
        if (dict_getitem(registry, key)) {
          decref(key);
          return;
        }
        dict_setitem(registry, key, True);
      }
      decref(key);
      err_clear();
    }
  }
  std::string out = fmt::format("{}:{}: RuntimeWarning: {}\n", filename, lineno, message);
  std::string src = source_line(filename, lineno);
  if (!src.empty())
    out += "  " + src + "\n";
  out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  write_to_stderr(out);
}

// ---------------------------------------------------------------- shared getters

static Object* g_get_name(Object* self, void*) {
  return newref(GEN(self)->name);
}
static int g_set_name(Object* self, Object* v, void*) {
  if (!v || !str_check(v)) {
    err_set_string(TypeError, "__name__ must be set to a string object");
    return -1;
  }
  setref(GEN(self)->name, newref(v));
  return 0;
}
static Object* g_get_qualname(Object* self, void*) {
  return newref(GEN(self)->qualname);
}
static int g_set_qualname(Object* self, Object* v, void*) {
  if (!v || !str_check(v)) {
    err_set_string(TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  setref(GEN(self)->qualname, newref(v));
  return 0;
}
static Object* g_get_await(Object* self, void*) {
  Object* yf = gen_yieldfrom(GEN(self));
  return yf ? yf : newref(None);
}
static Object* g_get_frame(Object* self, void*) {
  if (GEN(self)->state == GEN_CLEARED)
    return newref(None);
  return frame_get_object(GEN(self)->frame());
}
static Object* g_get_running(Object* self, void*) {
  return bool_from(GEN(self)->state == GEN_RUNNING);
}
static Object* g_get_suspended(Object* self, void*) {
  return bool_from(GEN(self)->state == GEN_SUSPENDED);
}
static Object* g_get_code(Object* self, void*) {
  Object* code = GEN(self)->code;
  return newref(code ? code : None);
}
static Object* g_get_none(Object*, void*) {
  return newref(None);
}
static Object* ag_get_running(Object* self, void*) {
  return bool_from(GEN(self)->ag_running_async);
}

// ---------------------------------------------------------------- coroutine

static void coro_finalize(Object* self) {
  GenObject* gen = GEN(self);
  if (gen->state == GEN_CLEARED)
    return;
  auto* code = static_cast<CodeObject*>(gen->code);
  if (gen->state == GEN_CREATED && code && (code->flags & CO_COROUTINE)) {
    Object* saved = err_fetch();
    warn_unawaited(self);
    err_restore(saved);
    // Finalised: drop the frame so the warning is given once.
    frame_clear_on_exit(gen->frame());
    gen->state = GEN_CLEARED;
    return;
  }
  gen_finalize_default(self);
}

static Object* coro_repr(Object* self) {
  return str_from_utf8(fmt::format("<coroutine object {} at {:#x}>", str_view(GEN(self)->qualname),
                                   reinterpret_cast<uintptr_t>(self)));
}

struct CoroWrapperObject : Object {
  Object* coro;
};

static Object* coro_await(Object* self, Object*) {
  auto* w = reinterpret_cast<CoroWrapperObject*>(gc_alloc(&CoroWrapperType, sizeof(CoroWrapperObject)));
  if (!w)
    return nullptr;
  w->coro = newref(self);
  gc_track(w);
  return w;
}

static GetSetDef coro_getset[] = {
    {"__name__", g_get_name, g_set_name, nullptr, nullptr},
    {"__qualname__", g_get_qualname, g_set_qualname, nullptr, nullptr},
    {"cr_await", g_get_await, nullptr, "object being awaited on, or None", nullptr},
    {"cr_running", g_get_running, nullptr, nullptr, nullptr},
    {"cr_frame", g_get_frame, nullptr, "Frame of the coroutine", nullptr},
    {"cr_code", g_get_code, nullptr, nullptr, nullptr},
    {"cr_suspended", g_get_suspended, nullptr, nullptr, nullptr},
    {"cr_origin", g_get_none, nullptr, nullptr, nullptr},
    {},
};

static MethodDef coro_methods[] = {
    {"send", gen_send_method, METH_O,
     "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", reinterpret_cast<MethodFn>(gen_throw_method), METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated "
     "value "
     "or raise\nStopIteration."},
    {"close", gen_close_method, METH_NOARGS, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", coro_await, METH_NOARGS, "Return an iterator to be used in await expression."},
    {"__sizeof__", gen_sizeof_method, METH_NOARGS, "gen.__sizeof__() -> size of gen in memory, in bytes"},
    {},
};

TypeObject CoroutineType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "coroutine";
  t.basicsize = sizeof(GenObject);
  t.dealloc = gen_dealloc_common;
  t.repr = coro_repr;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.traverse = gen_traverse_common;
  t.weaklistoffset = offsetof(GenObject, weakreflist);
  t.methods = coro_methods;
  t.getset = coro_getset;
  t.finalize = coro_finalize;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(CoroutineType);

// ---------------------------------------------------------------- coroutine_wrapper

#define CW(o) reinterpret_cast<CoroWrapperObject*>(o)

static void cw_dealloc(Object* self) {
  gc_untrack(self);
  clear_ref(CW(self)->coro);
  gc_free(self);
}
static int cw_traverse(Object* self, VisitFn visit, void* arg) {
  return CW(self)->coro ? visit(CW(self)->coro, arg) : 0;
}
static Object* cw_iternext(Object* self) {
  Object* returned;
  Object* r = gen_send_ex(GEN(CW(self)->coro), None, false, &returned);
  if (!r && returned) {
    if (returned == None)
      err_set_none(StopIteration);
    else
      raise_stop_value(returned);
    decref(returned);
  }
  return r;
}
static Object* cw_send(Object* self, Object* v) {
  return gen_send_method(CW(self)->coro, v);
}
static Object* cw_throw(Object* self, Object* const* args, ssize nargs) {
  return gen_throw_method(CW(self)->coro, args, nargs);
}
static Object* cw_close(Object* self, Object*) {
  return gen_close_method(CW(self)->coro, nullptr);
}
static Object* iter_self(Object* self) {
  return newref(self);
}

static MethodDef cw_methods[] = {
    {"send", cw_send, METH_O,
     "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", reinterpret_cast<MethodFn>(cw_throw), METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated "
     "value "
     "or raise\nStopIteration."},
    {"close", cw_close, METH_NOARGS, "close() -> raise GeneratorExit inside coroutine."},
    {},
};

TypeObject CoroWrapperType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "coroutine_wrapper";
  t.basicsize = sizeof(CoroWrapperObject);
  t.dealloc = cw_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.traverse = cw_traverse;
  t.iter = iter_self;
  t.iternext = cw_iternext;
  t.methods = cw_methods;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(CoroWrapperType);

// ---------------------------------------------------------------- asyncgen hooks

// Per thread, as CPython's tstate->async_gen_firstiter/finalizer.
static thread_local Object* hook_firstiter = nullptr;
static thread_local Object* hook_finalizer = nullptr;

Object* sys_set_asyncgen_hooks(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* firstiter = nullptr; // nullptr: leave unchanged
  Object* finalizer = nullptr;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nargs + nkw > 2)
    return err_format(TypeError, "function takes at most 2 arguments ({} given)", nargs + nkw);
  if (nargs > 0)
    firstiter = args[0];
  if (nargs > 1)
    finalizer = args[1];
  for (ssize i = 0; i < nkw; ++i) {
    std::string_view key = str_view(tuple_get(kwnames, i));
    Object* v = args[nargs + i];
    if (key == "firstiter" && nargs < 1) {
      firstiter = v;
    } else if (key == "finalizer" && nargs < 2) {
      finalizer = v;
    } else if (key == "firstiter" || key == "finalizer") {
      return err_format(TypeError, "argument for function given by name ('{}') and position ({})", key,
                        key == "firstiter" ? 1 : 2);
    } else {
      return err_format(TypeError, "'{}' is an invalid keyword argument for this function", key);
    }
  }
  if (finalizer && finalizer != None && !object_callable(finalizer))
    return err_format(TypeError, "callable finalizer expected, got {}", type_name_of(finalizer));
  if (firstiter && firstiter != None && !object_callable(firstiter))
    return err_format(TypeError, "callable firstiter expected, got {}", type_name_of(firstiter));
  if (finalizer)
    setref(hook_finalizer, finalizer == None ? nullptr : newref(finalizer));
  if (firstiter)
    setref(hook_firstiter, firstiter == None ? nullptr : newref(firstiter));
  return newref(None);
}

static const char* const hooks_fields[] = {"firstiter", "finalizer", nullptr};
static StructSeqDesc hooks_desc = {
    "asyncgen_hooks", hooks_fields,
    "asyncgen_hooks\n\nA named tuple providing information about asynchronous\n"
    "generators hooks.  The attributes are read only."};

Object* sys_get_asyncgen_hooks(Object*, Object*) {
  return structseq_new(&hooks_desc, {newref(hook_firstiter ? hook_firstiter : None),
                                     newref(hook_finalizer ? hook_finalizer : None)});
}

// On first use (asend/athrow/aclose/__anext__): remember the finalizer and call firstiter.
static int async_gen_init_hooks(GenObject* gen) {
  if (gen->ag_hooks_inited)
    return 0;
  gen->ag_hooks_inited = true;
  if (hook_finalizer)
    setref(gen->ag_finalizer, newref(hook_finalizer));
  if (Object* first = hook_firstiter) {
    incref(first);
    Object* r = object_call_one(first, gen);
    decref(first);
    if (!r)
      return -1;
    decref(r);
  }
  return 0;
}

// ---------------------------------------------------------------- wrapped values

struct WrappedValueObject : Object {
  Object* value;
};

Object* async_gen_wrap_value(Object* value) {
  auto* w =
      reinterpret_cast<WrappedValueObject*>(gc_alloc(&AsyncGenWrappedValueType, sizeof(WrappedValueObject)));
  if (!w)
    return nullptr;
  w->value = newref(value);
  gc_track(w);
  return w;
}

static void wv_dealloc(Object* self) {
  gc_untrack(self);
  clear_ref(reinterpret_cast<WrappedValueObject*>(self)->value);
  gc_free(self);
}
static int wv_traverse(Object* self, VisitFn visit, void* arg) {
  Object* v = reinterpret_cast<WrappedValueObject*>(self)->value;
  return v ? visit(v, arg) : 0;
}

TypeObject AsyncGenWrappedValueType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "async_generator_wrapped_value";
  t.basicsize = sizeof(WrappedValueObject);
  t.dealloc = wv_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.traverse = wv_traverse;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(AsyncGenWrappedValueType);

// Turns what the async generator's frame produced into the awaitable's
// result: a wrapped value finishes the awaitable (StopIteration(value)); a
// raw value passes through (an `await` inside the generator); the end of the
// generator is StopAsyncIteration.
static Object* async_gen_unwrap(GenObject* gen, Object* result) {
  if (!result) {
    if (!err_occurred())
      err_set_none(StopAsyncIteration);
    if (err_matches(StopAsyncIteration) || err_matches(GeneratorExit))
      gen->ag_closed = true;
    gen->ag_running_async = false;
    return nullptr;
  }
  if (result->type == &AsyncGenWrappedValueType) {
    raise_stop_value(reinterpret_cast<WrappedValueObject*>(result)->value);
    decref(result);
    gen->ag_running_async = false;
    return nullptr;
  }
  return result;
}

// ---------------------------------------------------------------- async_generator_asend

enum AwaitableState : int { AWAITABLE_INIT = 0, AWAITABLE_ITER = 1, AWAITABLE_CLOSED = 2 };

struct ASendObject : Object {
  Object* gen;
  Object* sendval;
  int state;
};
#define ASEND(o) reinterpret_cast<ASendObject*>(o)

static Object* asend_new(Object* gen, Object* sendval) {
  auto* o = reinterpret_cast<ASendObject*>(gc_alloc(&AsyncGenASendType, sizeof(ASendObject)));
  if (!o)
    return nullptr;
  o->gen = newref(gen);
  o->sendval = xnewref(sendval);
  o->state = AWAITABLE_INIT;
  gc_track(o);
  return o;
}

static Object* asend_send(Object* self, Object* arg) {
  ASendObject* o = ASEND(self);
  GenObject* gen = GEN(o->gen);
  if (o->state == AWAITABLE_CLOSED)
    return err_set_string(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (o->state == AWAITABLE_INIT) {
    if (gen->ag_running_async)
      return err_set_string(RuntimeError, "anext(): asynchronous generator is already running");
    if (!arg || arg == None)
      arg = o->sendval ? o->sendval : None;
    o->state = AWAITABLE_ITER;
  }
  gen->ag_running_async = true;
  Object* r = async_gen_unwrap(gen, gen_send_method(o->gen, arg));
  if (!r)
    o->state = AWAITABLE_CLOSED;
  return r;
}
static Object* asend_iternext(Object* self) {
  return asend_send(self, nullptr);
}
static Object* asend_throw(Object* self, Object* const* args, ssize nargs) {
  ASendObject* o = ASEND(self);
  if (o->state == AWAITABLE_CLOSED)
    return err_set_string(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Object* r = async_gen_unwrap(GEN(o->gen), gen_throw_method(o->gen, args, nargs));
  if (!r)
    o->state = AWAITABLE_CLOSED;
  return r;
}
static Object* awaitable_close_common(int* state) {
  *state = AWAITABLE_CLOSED;
  return newref(None);
}
static Object* asend_close(Object* self, Object*) {
  return awaitable_close_common(&ASEND(self)->state);
}
static void asend_dealloc(Object* self) {
  gc_untrack(self);
  clear_ref(ASEND(self)->gen);
  clear_ref(ASEND(self)->sendval);
  gc_free(self);
}
static int asend_traverse(Object* self, VisitFn visit, void* arg) {
  if (Object* g = ASEND(self)->gen)
    if (int r = visit(g, arg))
      return r;
  if (Object* v = ASEND(self)->sendval)
    return visit(v, arg);
  return 0;
}
static Object* await_self(Object* self, Object*) {
  return newref(self);
}

static MethodDef asend_methods[] = {
    {"send", asend_send, METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", reinterpret_cast<MethodFn>(asend_throw), METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or "
     "raise\n"
     "StopIteration."},
    {"close", asend_close, METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {"__await__", await_self, METH_NOARGS, "Return an iterator to be used in await expression."},
    {},
};

TypeObject AsyncGenASendType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "async_generator_asend";
  t.basicsize = sizeof(ASendObject);
  t.dealloc = asend_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.traverse = asend_traverse;
  t.iter = iter_self;
  t.iternext = asend_iternext;
  t.methods = asend_methods;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(AsyncGenASendType);

// ---------------------------------------------------------------- async_generator_athrow

struct AThrowObject : Object {
  Object* gen;
  Object* args; // tuple for athrow(), nullptr for aclose()
  int state;
};
#define ATHROW(o) reinterpret_cast<AThrowObject*>(o)

static Object* athrow_new(Object* gen, Object* args) {
  auto* o = reinterpret_cast<AThrowObject*>(gc_alloc(&AsyncGenAThrowType, sizeof(AThrowObject)));
  if (!o)
    return nullptr;
  o->gen = newref(gen);
  o->args = xnewref(args);
  o->state = AWAITABLE_INIT;
  gc_track(o);
  return o;
}

// aclose(): the generator yielded a value while closing.
static Object* athrow_ignored_exit(AThrowObject* o) {
  GEN(o->gen)->ag_running_async = false;
  o->state = AWAITABLE_CLOSED;
  return err_set_string(RuntimeError, "async generator ignored GeneratorExit");
}

// The awaitable finished with an exception (already set).
static Object* athrow_finish_error(AThrowObject* o) {
  GEN(o->gen)->ag_running_async = false;
  o->state = AWAITABLE_CLOSED;
  if (!o->args && (err_matches(StopAsyncIteration) || err_matches(GeneratorExit))) {
    // aclose() is done: the generator ended or let GeneratorExit through.
    err_clear();
    err_set_none(StopIteration);
  }
  return nullptr;
}

static Object* athrow_send(Object* self, Object* arg) {
  AThrowObject* o = ATHROW(self);
  GenObject* gen = GEN(o->gen);
  if (o->state == AWAITABLE_CLOSED)
    return err_set_string(RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (gen->state == GEN_CLEARED) {
    o->state = AWAITABLE_CLOSED;
    return err_set_none(StopIteration);
  }
  Object* r;
  if (o->state == AWAITABLE_INIT) {
    if (gen->ag_running_async) {
      o->state = AWAITABLE_CLOSED;
      return err_set_string(RuntimeError, o->args ? "athrow(): asynchronous generator is already running"
                                                  : "aclose(): asynchronous generator is already running");
    }
    if (gen->ag_closed) {
      o->state = AWAITABLE_CLOSED;
      return err_set_none(StopAsyncIteration);
    }
    if (arg && arg != None)
      return err_set_string(RuntimeError, "can't send non-None value to a just-started coroutine");
    o->state = AWAITABLE_ITER;
    gen->ag_running_async = true;
    if (!o->args) {
      gen->ag_closed = true;
      Object* exit = object_call(GeneratorExit, nullptr, nullptr);
      if (!exit)
        return athrow_finish_error(o);
      r = gen_throw_exc(gen, exit, false);
      decref(exit);
      if (r && r->type == &AsyncGenWrappedValueType) {
        decref(r);
        return athrow_ignored_exit(o);
      }
    } else {
      ssize n = tuple_size(o->args);
      if (n < 1)
        return err_format(TypeError, "athrow expected at least 1 argument, got {}", n);
      if (n > 3)
        return err_format(TypeError, "athrow expected at most 3 arguments, got {}", n);
      r = async_gen_unwrap(gen, gen_throw_args(o->gen, &tuple_items(o->args)[0], n, false));
    }
    if (!r)
      return athrow_finish_error(o);
    return r;
  }
  // Resumed after an await inside the generator's except/finally code.
  r = gen_send_method(o->gen, arg ? arg : None);
  if (o->args)
    return async_gen_unwrap(gen, r);
  if (!r)
    return athrow_finish_error(o);
  if (r->type == &AsyncGenWrappedValueType) {
    decref(r);
    return athrow_ignored_exit(o);
  }
  return r;
}
static Object* athrow_iternext(Object* self) {
  return athrow_send(self, None);
}
static Object* athrow_throw(Object* self, Object* const* args, ssize nargs) {
  AThrowObject* o = ATHROW(self);
  if (o->state == AWAITABLE_CLOSED)
    return err_set_string(RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Object* r = gen_throw_method(o->gen, args, nargs);
  if (o->args)
    return async_gen_unwrap(GEN(o->gen), r);
  if (r && r->type == &AsyncGenWrappedValueType) {
    decref(r);
    return athrow_ignored_exit(o);
  }
  if (!r && (err_matches(StopAsyncIteration) || err_matches(GeneratorExit))) {
    err_clear();
    err_set_none(StopIteration);
  }
  return r;
}
static Object* athrow_close(Object* self, Object*) {
  return awaitable_close_common(&ATHROW(self)->state);
}
static void athrow_dealloc(Object* self) {
  gc_untrack(self);
  clear_ref(ATHROW(self)->gen);
  clear_ref(ATHROW(self)->args);
  gc_free(self);
}
static int athrow_traverse(Object* self, VisitFn visit, void* arg) {
  if (Object* g = ATHROW(self)->gen)
    if (int r = visit(g, arg))
      return r;
  if (Object* a = ATHROW(self)->args)
    return visit(a, arg);
  return 0;
}

static MethodDef athrow_methods[] = {
    {"send", athrow_send, METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", reinterpret_cast<MethodFn>(athrow_throw), METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or "
     "raise\n"
     "StopIteration."},
    {"close", athrow_close, METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {"__await__", await_self, METH_NOARGS, "Return an iterator to be used in await expression."},
    {},
};

TypeObject AsyncGenAThrowType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "async_generator_athrow";
  t.basicsize = sizeof(AThrowObject);
  t.dealloc = athrow_dealloc;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.traverse = athrow_traverse;
  t.iter = iter_self;
  t.iternext = athrow_iternext;
  t.methods = athrow_methods;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(AsyncGenAThrowType);

// ---------------------------------------------------------------- async_generator

Object* async_gen_anext(Object* self) {
  if (async_gen_init_hooks(GEN(self)) < 0)
    return nullptr;
  return asend_new(self, nullptr);
}
static Object* ag_anext(Object* self, Object*) {
  return async_gen_anext(self);
}
static Object* ag_asend(Object* self, Object* value) {
  if (async_gen_init_hooks(GEN(self)) < 0)
    return nullptr;
  return asend_new(self, value);
}
static Object* ag_athrow(Object* self, Object* const* args, ssize nargs) {
  if (async_gen_init_hooks(GEN(self)) < 0)
    return nullptr;
  Object* t = tuple_from_array(args, nargs);
  if (!t)
    return nullptr;
  Object* r = athrow_new(self, t);
  decref(t);
  return r;
}
static Object* ag_aclose(Object* self, Object*) {
  if (async_gen_init_hooks(GEN(self)) < 0)
    return nullptr;
  return athrow_new(self, nullptr);
}
static Object* ag_aiter(Object* self, Object*) {
  return newref(self);
}

static void async_gen_finalize(Object* self) {
  GenObject* gen = GEN(self);
  if (gen->state == GEN_CLEARED)
    return;
  if (gen->ag_finalizer && !gen->ag_closed) {
    // The event loop's finalizer (sys.set_asyncgen_hooks) schedules aclose().
    Object* saved = err_fetch();
    Object* fin = newref(gen->ag_finalizer);
    Object* r = object_call_one(fin, self);
    decref(fin);
    if (r)
      decref(r);
    else
      err_write_unraisable(self);
    err_restore(saved);
    return;
  }
  gen_finalize_default(self);
}

static Object* ag_repr(Object* self) {
  return str_from_utf8(fmt::format("<async_generator object {} at {:#x}>", str_view(GEN(self)->qualname),
                                   reinterpret_cast<uintptr_t>(self)));
}

static GetSetDef ag_getset[] = {
    {"__name__", g_get_name, g_set_name, nullptr, nullptr},
    {"__qualname__", g_get_qualname, g_set_qualname, nullptr, nullptr},
    {"ag_await", g_get_await, nullptr, "object being awaited on, or None", nullptr},
    {"ag_frame", g_get_frame, nullptr, nullptr, nullptr},
    {"ag_running", ag_get_running, nullptr, nullptr, nullptr},
    {"ag_code", g_get_code, nullptr, nullptr, nullptr},
    {},
};

static MethodDef ag_methods[] = {
    {"asend", ag_asend, METH_O, "asend(v) -> send 'v' in generator."},
    {"athrow", reinterpret_cast<MethodFn>(ag_athrow), METH_FASTCALL,
     "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", ag_aclose, METH_NOARGS, "aclose() -> raise GeneratorExit inside generator."},
    {"__aiter__", ag_aiter, METH_NOARGS, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", ag_anext, METH_NOARGS, "Return a value or raise StopAsyncIteration."},
    {"__sizeof__", gen_sizeof_method, METH_NOARGS, "gen.__sizeof__() -> size of gen in memory, in bytes"},
    {},
};

TypeObject AsyncGenType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "async_generator";
  t.basicsize = sizeof(GenObject);
  t.dealloc = gen_dealloc_common;
  t.repr = ag_repr;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE | TPFLAG_DISALLOW_INSTANTIATION;
  t.traverse = gen_traverse_common;
  t.weaklistoffset = offsetof(GenObject, weakreflist);
  t.methods = ag_methods;
  t.getset = ag_getset;
  t.finalize = async_gen_finalize;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(AsyncGenType);

// async_generator[...] is a GenericAlias, as in CPython.
static Object* ag_class_getitem(Object* cls, Object* item) {
  return generic_alias_new(cls, item);
}
static MethodDef ag_class_getitem_def = {"__class_getitem__", ag_class_getitem, METH_O | METH_CLASS,
                                         "See PEP 585"};
static int add_async_gen_class_getitem() {
  Object* d = descr_new_classmethod(&AsyncGenType, &ag_class_getitem_def);
  if (!d)
    return -1;
  int r = dict_setitem_str(AsyncGenType.dict, "__class_getitem__", d);
  decref(d);
  type_modified(&AsyncGenType);
  return r;
}
COIL_REGISTER_INIT(0, add_async_gen_class_getitem);

} // namespace coil
