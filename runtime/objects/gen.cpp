// Generators: send/throw/close/next over a frame the generator owns.
// Execution itself is the interpreter's (Interpreter::eval_frame_hook).
#include "runtime/objects/gen.h"

#include <cstring>

#include <fmt/format.h>

#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/objects/code.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/runtime.h"

namespace coil {

Object* gen_new_from_frame(Object* func, Frame* frame) {
  auto* f = static_cast<FunctionObject*>(func);
  ssize words = Frame::size_in_words(frame->code);
  ssize size =
      static_cast<ssize>(offsetof(GenObject, frame_storage)) + words * static_cast<ssize>(sizeof(Object*));
  // The code's flags pick the kind: coroutine, async generator, or generator
  // (CO_ITERABLE_COROUTINE generators stay generators).
  TypeObject* kind = &GeneratorType;
  if (frame->code->flags & CO_COROUTINE)
    kind = &CoroutineType;
  else if (frame->code->flags & CO_ASYNC_GENERATOR)
    kind = &AsyncGenType;
  auto* gen = reinterpret_cast<GenObject*>(gc_alloc(kind, size));
  if (!gen)
    return nullptr;
  Frame* gf = gen->frame();
  size_t bytes = offsetof(Frame, localsplus) + sizeof(Object*) * static_cast<size_t>(frame->stacktop);
  memcpy(gf, frame, bytes);
  gf->owner = FRAME_OWNED_BY_GENERATOR;
  gf->previous = nullptr;
  gf->is_entry = false;
  if (gf->frame_obj)
    gf->frame_obj->frame = gf;
  gen->code = newref(static_cast<Object*>(frame->code));
  gen->name = newref(f->name);
  gen->qualname = newref(f->qualname);
  gen->state = GEN_CREATED;
  gc_track(gen);
  return gen;
}

static bool gen_has_frame(GenObject* gen) {
  return gen->state != GEN_CLEARED;
}

const char* gen_kind_name(Object* gen) noexcept {
  if (coro_check(gen))
    return "coroutine";
  if (async_gen_check(gen))
    return "async generator";
  return "generator";
}

Object* gen_send_ex(GenObject* gen, Object* value, bool throw_pending, Object** returned) {
  ThreadState* ts = ThreadState::current();
  *returned = nullptr;
  if (gen->state == GEN_CREATED && !throw_pending && value && value != None) {
    return err_format(TypeError, "can't send non-None value to a just-started {}", gen_kind_name(gen));
  }
  if (gen->state == GEN_RUNNING)
    return err_format(ValueError, "{} already executing", gen_kind_name(gen));
  if (gen->state == GEN_CLEARED) {
    if (coro_check(gen)) {
      // An exhausted coroutine cannot run again (close() never gets here).
      err_clear();
      return err_set_string(RuntimeError, "cannot reuse already awaited coroutine");
    }
    if (throw_pending)
      return nullptr; // the exception propagates as is
    *returned = newref(None);
    return nullptr;
  }
  Frame* frame = gen->frame();
  // Push the sent value (the first one is popped by the POP_TOP after RETURN_GENERATOR).
  frame->localsplus[frame->stacktop++] = newref(value ? value : None);
  gen->exc_state.previous = ts->exc_info;
  ts->exc_info = &gen->exc_state;
  if (throw_pending) {
    // Chain the thrown exception to what the generator was handling.
    if (Object* cur = err_current()) {
      Object* handled = gen->exc_state.exc_value;
      if (handled && handled != None && handled != cur &&
          static_cast<BaseExceptionObject*>(cur)->context == nullptr)
        exception_set_context(cur, newref(handled));
    }
  }
  gen->state = GEN_RUNNING;
  incref(gen); // the frame must outlive the call even if the caller drops the generator
  Object* result = ts->interp->eval_frame_hook(frame, throw_pending);
  ts->exc_info = gen->exc_state.previous;
  gen->exc_state.previous = nullptr;
  if (gen->state == GEN_RUNNING) {
    // The frame finished (returned or raised): the interpreter cleared it.
    gen->state = GEN_CLEARED;
    clear_ref(gen->exc_state.exc_value);
    if (result) {
      *returned = result;
      result = nullptr;
    } else if (err_matches(StopIteration) || (async_gen_check(gen) && err_matches(StopAsyncIteration))) {
      // PEP 479: StopIteration escaping a generator becomes RuntimeError
      // (and StopAsyncIteration escaping an async generator).
      bool async_stop = !err_matches(StopIteration);
      Object* stop = err_fetch();
      err_format(RuntimeError, "{} raised {}", gen_kind_name(gen),
                 async_stop ? "StopAsyncIteration" : "StopIteration");
      Object* rt = err_current();
      if (rt) {
        exception_set_cause(rt, newref(stop));
        exception_set_context(rt, stop);
      } else {
        decref(stop);
      }
    }
  }
  decref(gen);
  return result;
}

// Raises StopIteration(value) unless value is None (then a bare StopIteration).
static std::nullptr_t raise_stop_iteration(Object* value) {
  if (value == None) {
    err_set_none(StopIteration);
  } else {
    Object* args = tuple_pack({value});
    if (args) {
      Object* exc = object_call(StopIteration, args, nullptr);
      decref(args);
      if (exc) {
        err_raise_instance(exc);
        decref(exc);
      }
    }
  }
  return nullptr;
}

// A generator's return as the exception send()/throw() raise: StopIteration
// carrying the value, or StopAsyncIteration for async generators.
static std::nullptr_t raise_return(GenObject* gen, Object* value) {
  if (async_gen_check(gen))
    return err_set_none(StopAsyncIteration);
  return raise_stop_iteration(value);
}

Object* gen_iternext(Object* self) {
  auto* gen = static_cast<GenObject*>(self);
  Object* returned;
  Object* r = gen_send_ex(gen, None, false, &returned);
  if (!r && returned) {
    // Exhausted: as CPython, a return value other than None travels in StopIteration.
    if (returned != None)
      raise_stop_iteration(returned);
    decref(returned);
  }
  return r;
}

Object* gen_send_method(Object* self, Object* value) {
  Object* returned;
  Object* r = gen_send_ex(static_cast<GenObject*>(self), value, false, &returned);
  if (!r && returned) {
    raise_return(static_cast<GenObject*>(self), returned);
    decref(returned);
  }
  return r;
}

Object* gen_yieldfrom(GenObject* gen) {
  if (gen->state != GEN_SUSPENDED)
    return nullptr;
  Frame* f = gen->frame();
  CodeUnit next = f->prev_instr[1];
  // Suspended inside `yield from`/`await`: the next instruction is RESUME 2 or 3.
  if ((next & 0xFF) != 151 /* RESUME */ || (next >> 8) < 2)
    return nullptr;
  return newref(f->localsplus[f->stacktop - 1]);
}

static int gen_close_iter(Object* yf) {
  Object* r;
  if (gen_check(yf) || coro_check(yf)) {
    r = gen_close_method(yf, nullptr);
  } else {
    int error;
    Object* name = str_intern_utf8("close");
    Object* meth = object_lookup_attr(yf, name, &error);
    decref(name);
    if (error) {
      err_write_unraisable(yf);
      return 0;
    }
    if (!meth)
      return 0;
    r = object_call_noargs(meth);
    decref(meth);
  }
  if (!r)
    return -1;
  decref(r);
  return 0;
}

// Resumes the generator after the delegated iterator stopped with `value`:
// pops the sub-iterator and continues at the SEND's jump target.
static Object* gen_resume_after_yieldfrom(GenObject* gen, Object* value) {
  Frame* f = gen->frame();
  Object* sub = f->localsplus[--f->stacktop];
  decref(sub);
  // prev_instr is the YIELD_VALUE; the SEND is just before it.
  CodeUnit* send = f->prev_instr - 1;
  int oparg = send[0] >> 8;
  f->prev_instr = send + 1 + oparg - 1; // resume at the jump target
  Object* returned;
  Object* r = gen_send_ex(gen, value, false, &returned);
  if (!r && returned) {
    raise_return(gen, returned);
    decref(returned);
  }
  return r;
}

Object* gen_throw_exc(GenObject* gen, Object* exc_obj, bool close_on_genexit) {
  Object* yf = gen_yieldfrom(gen);
  if (yf) {
    Object* ret;
    if (close_on_genexit && is_instance_of(exc_obj, static_cast<TypeObject*>(GeneratorExit))) {
      // Close the sub-iterator, then throw into ourselves.
      gen->state = GEN_RUNNING;
      int err = gen_close_iter(yf);
      gen->state = GEN_SUSPENDED;
      decref(yf);
      if (err < 0) {
        Object* returned;
        Object* r = gen_send_ex(gen, None, true, &returned);
        if (!r && returned) {
          raise_return(gen, returned);
          decref(returned);
        }
        return r;
      }
      goto throw_here;
    }
    if (gen_check(yf) || coro_check(yf)) {
      gen->state = GEN_RUNNING;
      ret = gen_throw_exc(static_cast<GenObject*>(yf), exc_obj, close_on_genexit);
      gen->state = GEN_SUSPENDED;
    } else {
      int error;
      Object* name = str_intern_utf8("throw");
      Object* meth = object_lookup_attr(yf, name, &error);
      decref(name);
      if (!meth) {
        decref(yf);
        if (error)
          return nullptr;
        goto throw_here;
      }
      gen->state = GEN_RUNNING;
      ret = object_call_one(meth, exc_obj);
      gen->state = GEN_SUSPENDED;
      decref(meth);
    }
    decref(yf);
    if (ret)
      return ret;
    // The sub-iterator finished or raised.
    if (err_matches(StopIteration)) {
      Object* stop = err_fetch();
      Object* value = static_cast<StopIterationObject*>(stop)->value;
      Object* v = newref(value ? value : None);
      decref(stop);
      Object* r = gen_resume_after_yieldfrom(gen, v);
      decref(v);
      return r;
    }
    // Any other exception is thrown into this generator at the yield point.
    Object* returned;
    Object* r = gen_send_ex(gen, None, true, &returned);
    if (!r && returned) {
      raise_return(gen, returned);
      decref(returned);
    }
    return r;
  }
throw_here:
  err_raise_instance(exc_obj);
  {
    Object* returned;
    Object* r = gen_send_ex(gen, None, true, &returned);
    if (!r && returned) {
      raise_return(gen, returned);
      decref(returned);
    }
    return r;
  }
}

// throw(value) / throw(type[, value[, tb]]) as CPython 3.11.
Object* gen_throw_method(Object* self, Object* const* args, ssize nargs) {
  return gen_throw_args(self, args, nargs, true);
}

Object* gen_throw_args(Object* self, Object* const* args, ssize nargs, bool close_on_genexit) {
  if (nargs < 1 || nargs > 3)
    return err_format(TypeError, "throw expected at least 1 argument, got {}", nargs);
  Object* typ = args[0];
  Object* val = nargs > 1 ? args[1] : None;
  Object* tb = nargs > 2 ? args[2] : None;
  if (tb != None && tb->type != &TracebackType)
    return err_set_string(TypeError, "throw() third argument must be a traceback object");
  Object* exc;
  if (type_check(typ) && exception_class_check(typ)) {
    if (val != None && exception_instance_check(val) && is_instance_of(val, static_cast<TypeObject*>(typ))) {
      exc = newref(val);
    } else {
      Object* targs = val == None ? tuple_empty() : (tuple_check(val) ? newref(val) : tuple_pack({val}));
      if (!targs)
        return nullptr;
      exc = object_call(typ, targs, nullptr);
      decref(targs);
      if (!exc)
        return nullptr;
    }
  } else if (exception_instance_check(typ)) {
    if (val != None)
      return err_set_string(TypeError, "instance exception may not have a separate value");
    exc = newref(typ);
  } else {
    return err_format(TypeError,
                      "exceptions must be classes or instances deriving from BaseException, not {}",
                      type_name_of(typ));
  }
  if (tb != None)
    exception_set_traceback(exc, tb);
  Object* r = gen_throw_exc(static_cast<GenObject*>(self), exc, close_on_genexit);
  decref(exc);
  return r;
}

Object* gen_close_method(Object* self, Object*) {
  auto* gen = static_cast<GenObject*>(self);
  if (gen->state == GEN_CREATED) {
    // Never started: nothing can catch GeneratorExit.
    Frame* f = gen->frame();
    frame_clear_on_exit(f);
    gen->state = GEN_CLEARED;
    return newref(None);
  }
  if (gen->state == GEN_CLEARED)
    return newref(None);
  Object* yf = gen_yieldfrom(gen);
  int err = 0;
  if (yf) {
    gen->state = GEN_RUNNING;
    err = gen_close_iter(yf);
    gen->state = GEN_SUSPENDED;
    decref(yf);
  }
  if (err == 0)
    err_set_none(GeneratorExit);
  Object* returned;
  Object* r = gen_send_ex(gen, None, true, &returned);
  if (r) {
    decref(r);
    return err_format(RuntimeError, "{} ignored GeneratorExit", gen_kind_name(gen));
  }
  if (returned) {
    decref(returned);
    return newref(None);
  }
  if (err_matches(StopIteration) || err_matches(GeneratorExit)) {
    err_clear();
    return newref(None);
  }
  return nullptr;
}

void gen_finalize_default(Object* self) {
  auto* gen = static_cast<GenObject*>(self);
  if (gen->state == GEN_CLEARED || gen->state == GEN_CREATED)
    return;
  Object* saved = err_fetch();
  Object* r = gen_close_method(self, nullptr);
  if (r)
    decref(r);
  else
    err_write_unraisable(self);
  err_restore(saved);
}

void gen_dealloc_common(Object* self) {
  auto* gen = static_cast<GenObject*>(self);
  gc_untrack(self);
  if ((gen->state == GEN_SUSPENDED || (gen->state == GEN_CREATED && !gen_check(self))) &&
      !(gc_head_of(self)->prev & 1)) {
    // Run the finalizer (close(): finally blocks; the "never awaited"
    // warning of coroutines) once, keeping the object alive meanwhile. Not
    // when the collector already ran it: then the generator was garbage
    // whose cycle has since been cleared (its globals may be gone), and a
    // generator that ignored GeneratorExit is still suspended.
    gc_head_of(self)->prev |= 1; // the collector's "finalized" bit (runtime/gc.cpp)
    self->refcnt = 1;
    self->type->finalize(self);
    if (--self->refcnt != 0)
      return; // resurrected
  }
  if (gen->state != GEN_CLEARED) {
    frame_clear_on_exit(gen->frame());
    gen->state = GEN_CLEARED;
  }
  clear_ref(gen->exc_state.exc_value);
  clear_ref(gen->name);
  clear_ref(gen->qualname);
  clear_ref(gen->ag_finalizer);
  clear_ref(gen->code);
  gc_free(self);
}

int gen_traverse_common(Object* self, VisitFn visit, void* arg) {
  auto* gen = static_cast<GenObject*>(self);
  if (gen->ag_finalizer)
    if (int r = visit(gen->ag_finalizer, arg))
      return r;
  if (gen->name)
    if (int r = visit(gen->name, arg))
      return r;
  if (gen->qualname)
    if (int r = visit(gen->qualname, arg))
      return r;
  if (gen->exc_state.exc_value)
    if (int r = visit(gen->exc_state.exc_value, arg))
      return r;
  if (gen_has_frame(gen) && gen->frame()->code)
    return frame_traverse(gen->frame(), visit, arg);
  return 0;
}

static Object* gen_repr(Object* self) {
  auto* gen = static_cast<GenObject*>(self);
  return str_from_utf8(fmt::format("<generator object {} at {:#x}>", str_view(gen->qualname),
                                   reinterpret_cast<uintptr_t>(self)));
}

static Object* gen_iter_self(Object* self) {
  return newref(self);
}

#define GEN(self) static_cast<GenObject*>(self)
static Object* gen_get_name(Object* self, void*) {
  return newref(GEN(self)->name);
}
static int gen_set_name(Object* self, Object* v, void*) {
  if (!v || !str_check(v)) {
    err_set_string(TypeError, "__name__ must be set to a string object");
    return -1;
  }
  setref(GEN(self)->name, newref(v));
  return 0;
}
static Object* gen_get_qualname(Object* self, void*) {
  return newref(GEN(self)->qualname);
}
static int gen_set_qualname(Object* self, Object* v, void*) {
  if (!v || !str_check(v)) {
    err_set_string(TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  setref(GEN(self)->qualname, newref(v));
  return 0;
}
static Object* gen_get_running(Object* self, void*) {
  return bool_from(GEN(self)->state == GEN_RUNNING);
}
static Object* gen_get_suspended(Object* self, void*) {
  return bool_from(GEN(self)->state == GEN_SUSPENDED);
}
static Object* gen_get_frame(Object* self, void*) {
  if (GEN(self)->state == GEN_CLEARED)
    return newref(None);
  return frame_get_object(GEN(self)->frame());
}
static Object* gen_get_code(Object* self, void*) {
  Object* code = GEN(self)->code;
  return newref(code ? code : None);
}
static Object* gen_get_yieldfrom(Object* self, void*) {
  Object* yf = gen_yieldfrom(GEN(self));
  return yf ? yf : newref(None);
}
#undef GEN

static GetSetDef gen_getset[] = {
    {"__name__", gen_get_name, gen_set_name, nullptr, nullptr},
    {"__qualname__", gen_get_qualname, gen_set_qualname, nullptr, nullptr},
    {"gi_running", gen_get_running, nullptr, nullptr, nullptr},
    {"gi_suspended", gen_get_suspended, nullptr, nullptr, nullptr},
    {"gi_frame", gen_get_frame, nullptr, nullptr, nullptr},
    {"gi_code", gen_get_code, nullptr, nullptr, nullptr},
    {"gi_yieldfrom", gen_get_yieldfrom, nullptr, nullptr, nullptr},
    {},
};

// The bytes gen_new_from_frame allocated: the fixed part and the frame with
// its locals, cells and value stack (CPython 3.11's layout has the same
// sizes, so the figures are CPython's: 200 for a one-loop generator
// expression, with the GC header).
Object* gen_sizeof_method(Object* self, Object*) {
  auto* gen = static_cast<GenObject*>(self);
  ssize size = static_cast<ssize>(offsetof(GenObject, frame_storage));
  if (gen->code)
    size +=
        Frame::size_in_words(reinterpret_cast<CodeObject*>(gen->code)) * static_cast<ssize>(sizeof(Object*));
  return int_from_i64(size);
}

static MethodDef gen_methods[] = {
    {"send", gen_send_method, METH_O,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", reinterpret_cast<MethodFn>(gen_throw_method), METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or "
     "raise\n"
     "StopIteration."},
    {"close", gen_close_method, METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {"__sizeof__", gen_sizeof_method, METH_NOARGS, "gen.__sizeof__() -> size of gen in memory, in bytes"},
    {},
};

TypeObject GeneratorType = [] {
  TypeObject t{};
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = "generator";
  t.basicsize = sizeof(GenObject);
  t.dealloc = gen_dealloc_common;
  t.repr = gen_repr;
  t.getattro = object_generic_getattr;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLETYPE;
  t.traverse = gen_traverse_common;
  t.weaklistoffset = offsetof(GenObject, weakreflist);
  t.iter = gen_iter_self;
  t.iternext = gen_iternext;
  t.methods = gen_methods;
  t.getset = gen_getset;
  t.finalize = gen_finalize_default;
  t.free_ = [](Object* o) { gc_free(o); };
  return t;
}();
COIL_REGISTER_TYPE(GeneratorType);

} // namespace coil
