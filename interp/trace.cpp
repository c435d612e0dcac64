// Trace and profile hooks (sys.settrace, sys.setprofile) and setting
// f_lineno from a trace function.
//
// Invariants
// - A hook runs with ts->tracing raised, so use_tracing is 0 during it:
//   the trace function's own code is neither traced nor profiled.
// - The global trace function receives 'call' events; 'line', 'return',
//   'exception' and 'opcode' events go to the frame's f_trace (set from the
//   value a trace call returns, when it is not None). A trace function that
//   raises is removed (sys.settrace(None)) together with the frame's f_trace;
//   a profile function that raises is removed likewise.
// - FrameObject::trace_prev is the frame's previous instruction as seen by
//   the tracing label (set at frame-object creation, at each traced
//   instruction and when f_trace is assigned): a 'line' event fires when
//   the instruction starts another line than trace_prev's, or jumps back.
// - Instructions before a code object's first RESUME (MAKE_CELL,
//   COPY_FREE_VARS, RETURN_GENERATOR, POP_TOP) are not traced.
// - Jumping (f_lineno = n) is allowed only from a 'line' event (or the
//   'return' event of a suspended generator) and only to the first
//   instruction of a line whose value-stack kinds are compatible with the
//   current ones (stack_kinds below); values above the target depth are
//   popped, an 'except' entry restoring the handled exception.
#include "interp/trace.h"

#include "interp/slowpaths.h"

#include <cstdint>
#include <vector>

#include "bytecode/exceptiontable.h"
#include "bytecode/instruction.h"
#include "bytecode/linetable.h"
#include "bytecode/opcodes.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace coil::interp {

namespace {

Object* event_name(int what) {
  static Object* names[8] = {};
  static const char* const texts[8] = {"call",   "exception",   "line",     "return",
                                       "c_call", "c_exception", "c_return", "opcode"};
  if (!names[what])
    names[what] = str_intern_utf8(texts[what]);
  return names[what];
}

int first_traceable(CodeObject* co) {
  for (ssize i = 0; i < co->ncodeunits; i++)
    if (bytecode::unit_opcode(co->code[i]) == bytecode::RESUME)
      return static_cast<int>(i);
  return 0;
}

// Calls the trace (profile=false) or profile function for one event.
int call_hook(ThreadState* ts, Frame* frame, int what, Object* arg, bool profile) {
  if (ts->tracing)
    return 0;
  Object* fo_obj = frame_get_object(frame);
  if (!fo_obj)
    return -1;
  auto* fo = static_cast<FrameObject*>(fo_obj);
  Object* callback = profile ? ts->profile_func : (what == TRACE_CALL ? ts->trace_func : fo->trace);
  if (!callback) {
    decref(fo_obj);
    return 0;
  }
  incref(callback);
  int old_what = ts->tracing_what;
  ts->tracing_what = what;
  ts->tracing++;
  ts->update_use_tracing();
  fo->lineno = frame_get_lineno(frame);
  // As CPython's call_trampoline: f_locals is refreshed before the call and
  // copied back into the fast locals after it (PyFrame_LocalsToFast).
  bool optimized = frame->code->flags & CO_OPTIMIZED;
  Object* res = nullptr;
  Object* snapshot = optimized ? frame_get_locals(frame) : nullptr;
  if (!optimized || snapshot) {
    xdecref(snapshot);
    Object* args[3] = {fo_obj, event_name(what), arg ? arg : None};
    res = object_vectorcall(callback, args, 3, nullptr);
    if (optimized)
      frame_locals_to_fast(frame);
  }
  fo->lineno = 0;
  ts->tracing--;
  ts->tracing_what = old_what;
  decref(callback);
  if (!res) {
    if (profile) {
      clear_ref(ts->profile_func);
    } else {
      clear_ref(ts->trace_func);
      clear_ref(fo->trace);
    }
    ts->update_use_tracing();
    decref(fo_obj);
    return -1;
  }
  ts->update_use_tracing();
  if (!profile && res != None)
    setref(fo->trace, res);
  else
    decref(res);
  decref(fo_obj);
  return 0;
}

// call_hook keeping the pending exception (if any) unless the hook fails.
int call_hook_protected(ThreadState* ts, Frame* frame, int what, Object* arg, bool profile) {
  Object* saved = err_fetch();
  int r = call_hook(ts, frame, what, arg, profile);
  if (r == 0) {
    if (saved)
      err_restore(saved);
  } else {
    xdecref(saved);
  }
  return r;
}

int trace_entry(ThreadState* ts, Frame* frame) {
  if (ts->trace_func && call_hook_protected(ts, frame, TRACE_CALL, None, false) < 0)
    return -1;
  if (ts->profile_func && call_hook_protected(ts, frame, TRACE_CALL, None, true) < 0)
    return -1;
  return 0;
}

} // namespace

int trace_instruction(ThreadState* ts, Frame* frame) {
  CodeObject* co = frame->code;
  CodeUnit* here = frame->prev_instr;
  int index = static_cast<int>(here - co->code);
  if (index < first_traceable(co))
    return 0;
  if (bytecode::unit_opcode(*here) == bytecode::RESUME) {
    int r = trace_entry(ts, frame);
    if (frame->frame_obj)
      frame->frame_obj->trace_prev = here;
    return r;
  }
  FrameObject* fo = frame->frame_obj;
  if (!fo)
    return 0; // no frame object: no f_trace either
  CodeUnit* prev = fo->trace_prev;
  fo->trace_prev = here;
  if (!ts->trace_func || !fo->trace || ts->tracing)
    return 0;
  int result = 0;
  int line = code_line(co, index);
  if (line != -1 && fo->trace_lines) {
    int first = first_traceable(co);
    int prev_index = prev ? static_cast<int>(prev - co->code) : -1;
    int lastline = prev_index <= first || prev_index >= co->ncodeunits ? -1 : code_line(co, prev_index);
    bool backward = prev_index > index && bytecode::unit_opcode(*here) != bytecode::SEND;
    if (line != lastline || backward)
      result = call_hook(ts, frame, TRACE_LINE, None, false);
  }
  if (result == 0 && frame->frame_obj && frame->frame_obj->trace_opcodes)
    result = call_hook(ts, frame, TRACE_OPCODE, None, false);
  if (result < 0)
    return -1;
  if (frame->prev_instr != here) {
    fo->trace_prev = frame->prev_instr;
    return 1;
  }
  return 0;
}

int trace_frame_exit(ThreadState* ts, Frame* frame, Object* retval) {
  if (ts->trace_func && call_hook_protected(ts, frame, TRACE_RETURN, retval, false) < 0)
    return -1;
  if (ts->profile_func && call_hook_protected(ts, frame, TRACE_RETURN, retval, true) < 0)
    return -1;
  return 0;
}

void trace_frame_unwind(ThreadState* ts, Frame* frame) {
  // Already unwinding: a failing hook replaces the exception, as CPython.
  (void)trace_frame_exit(ts, frame, None);
}

void trace_exception(ThreadState* ts, Frame* frame) {
  if (!ts->trace_func || ts->tracing)
    return;
  Object* exc = err_fetch();
  if (!exc)
    return;
  Object* tb = static_cast<BaseExceptionObject*>(exc)->traceback;
  Object* arg = tuple_pack({exc->type, exc, tb ? tb : None});
  if (!arg) {
    decref(exc);
    return;
  }
  int r = call_hook(ts, frame, TRACE_EXCEPTION, arg, false);
  decref(arg);
  if (r == 0)
    err_restore(exc);
  else
    decref(exc);
}

namespace {

// The object a profile function sees for a call of `func` with first
// argument `self` (new reference): a builtin function itself, a method
// descriptor bound to self; nullptr (no exception) for calls that emit no
// c_call event. *consumed is set when self is part of the binding.
Object* profiled_callable(Object* func, Object* self, bool* consumed, bool* error) {
  *consumed = false;
  *error = false;
  if (func->type == &BuiltinFunctionType)
    return newref(func);
  if (func->type == &MethodDescrType && self) {
    Object* bound = func->type->descr_get(func, self, self->type);
    if (!bound)
      *error = true;
    *consumed = bound != nullptr;
    return bound;
  }
  return nullptr;
}

// c_call, the call, then c_return or c_exception (CPython's C_TRACE).
template <class Call> Object* c_trace(ThreadState* ts, Frame* frame, Object* reported, Call call) {
  Object* res = nullptr;
  if (call_hook(ts, frame, TRACE_C_CALL, reported, true) == 0) {
    res = call();
    if (ts->profile_func) {
      if (!res) {
        call_hook_protected(ts, frame, TRACE_C_EXCEPTION, reported, true);
      } else if (call_hook(ts, frame, TRACE_C_RETURN, reported, true) < 0) {
        clear_ref(res);
      }
    }
  }
  return res;
}

} // namespace

Object* trace_vectorcall(ThreadState* ts, Object* func, Object* const* args, size_t nargsf, Object* kwnames) {
  ssize nargs = vectorcall_nargs(nargsf);
  Frame* frame = ts->current_frame;
  Object* reported = nullptr;
  bool consumed = false, error = false;
  if (ts->profile_func && frame)
    reported = profiled_callable(func, nargs > 0 ? args[0] : nullptr, &consumed, &error);
  if (error)
    return nullptr;
  if (!reported)
    return object_vectorcall(func, args, nargsf, kwnames);
  if (consumed) {
    // Reported as the method bound to its first argument.
    args++;
    nargs--;
    nargsf = static_cast<size_t>(nargs);
  }
  Object* res =
      c_trace(ts, frame, reported, [&] { return object_vectorcall(reported, args, nargsf, kwnames); });
  decref(reported);
  return res;
}

Object* trace_call_function_ex(ThreadState* ts, Object* func, Object* callargs, Object* kwargs) {
  Object *args, *kw;
  if (call_ex_arguments(func, callargs, kwargs, &args, &kw) < 0)
    return nullptr;
  Frame* frame = ts->current_frame;
  ssize nargs = tuple_size(args);
  Object* reported = nullptr;
  bool consumed = false, error = false;
  if (ts->profile_func && frame)
    reported = profiled_callable(func, nargs > 0 ? tuple_get(args, 0) : nullptr, &consumed, &error);
  Object* res = nullptr;
  if (error) {
    // the binding failed: nothing to call
  } else if (!reported) {
    res = object_call(func, args, kw);
  } else {
    Object* rest = consumed ? tuple_slice(args, 1, nargs) : newref(args);
    if (rest) {
      res = c_trace(ts, frame, reported, [&] { return object_call(reported, rest, kw); });
      decref(rest);
    }
    decref(reported);
  }
  decref(args);
  xdecref(kw);
  return res;
}

// ---------------------------------------------------------------- f_lineno = n

namespace {

// The kind of each value-stack entry at an instruction, packed 3 bits per
// entry with the top of the stack in the low bits (0 = empty stack).
enum StackKind : int64_t { K_ITERATOR = 1, K_EXCEPT = 2, K_OBJECT = 3, K_NULL = 4, K_LASTI = 5 };
constexpr int64_t NOT_REACHED = -2; // no path reaches the instruction (or only through a handler)
constexpr int64_t TOO_DEEP = -1;    // deeper than the packing can hold
constexpr int MAX_PACKED = 20;

int64_t push_kind(int64_t s, int64_t k) {
  if (s < 0)
    return s;
  if ((s >> (3 * (MAX_PACKED - 1))) != 0)
    return TOO_DEEP;
  return (s << 3) | k;
}
int64_t pop_kind(int64_t s) {
  return s < 0 ? s : s >> 3;
}
int64_t top_kind(int64_t s) {
  return s & 7;
}
int packed_depth(int64_t s) {
  if (s < 0)
    return 1 << 20;
  int d = 0;
  for (; s; s >>= 3)
    d++;
  return d;
}
int64_t kind_at(int64_t s, int n) { // n = 1 is the top
  for (int i = 1; i < n; i++)
    s = pop_kind(s);
  return top_kind(s);
}
int64_t swap_kinds(int64_t s, int n) {
  int64_t top = top_kind(s), other = kind_at(s, n);
  int shift = 3 * (n - 1);
  s &= ~(int64_t(7) << shift);
  s |= top << shift;
  return (s & ~int64_t(7)) | other;
}

// Per code unit: the stack kinds on entry to the instruction starting there.
std::vector<int64_t> stack_kinds(CodeObject* co) {
  int n = static_cast<int>(co->ncodeunits);
  std::vector<int64_t> stacks(static_cast<size_t>(n) + 1, NOT_REACHED);
  stacks[0] = 0;
  auto* et = static_cast<BytesObject*>(co->exceptiontable);
  auto handlers = bytecode::decode_exception_table(std::string(et->data, static_cast<size_t>(et->size)));
  auto set = [&](int at, int64_t s, bool* again, int from) {
    if (at < 0 || at > n)
      return;
    if (stacks[at] == NOT_REACHED) {
      stacks[at] = s;
      if (at <= from)
        *again = true;
    }
  };
  bool again = true;
  while (again) {
    again = false;
    for (int i = 0; i < n;) {
      bytecode::Instruction ins = bytecode::decode_at(co->code, n, i);
      int next = ins.next();
      int64_t s = stacks[i];
      if (s == NOT_REACHED) {
        i = next;
        continue;
      }
      int op = ins.opcode;
      switch (op) {
      case bytecode::JUMP_IF_FALSE_OR_POP:
      case bytecode::JUMP_IF_TRUE_OR_POP:
        set(ins.jump_target(), s, &again, i);
        set(next, pop_kind(s), &again, i);
        break;
      case bytecode::POP_JUMP_FORWARD_IF_FALSE:
      case bytecode::POP_JUMP_FORWARD_IF_TRUE:
      case bytecode::POP_JUMP_FORWARD_IF_NONE:
      case bytecode::POP_JUMP_FORWARD_IF_NOT_NONE:
      case bytecode::POP_JUMP_BACKWARD_IF_FALSE:
      case bytecode::POP_JUMP_BACKWARD_IF_TRUE:
      case bytecode::POP_JUMP_BACKWARD_IF_NONE:
      case bytecode::POP_JUMP_BACKWARD_IF_NOT_NONE:
        set(ins.jump_target(), pop_kind(s), &again, i);
        set(next, pop_kind(s), &again, i);
        break;
      case bytecode::SEND:
        set(ins.jump_target(), pop_kind(s), &again, i);
        set(next, s, &again, i);
        break;
      case bytecode::JUMP_FORWARD:
      case bytecode::JUMP_BACKWARD:
      case bytecode::JUMP_BACKWARD_NO_INTERRUPT:
        set(ins.jump_target(), s, &again, i);
        break;
      case bytecode::GET_ITER:
      case bytecode::GET_AITER:
        set(next, push_kind(pop_kind(s), K_ITERATOR), &again, i);
        break;
      case bytecode::FOR_ITER:
        set(ins.jump_target(), pop_kind(s), &again, i);
        set(next, push_kind(s, K_OBJECT), &again, i);
        break;
      case bytecode::END_ASYNC_FOR:
        set(next, pop_kind(pop_kind(pop_kind(s))), &again, i);
        break;
      case bytecode::RETURN_VALUE:
      case bytecode::RAISE_VARARGS:
      case bytecode::RERAISE:
        break;
      case bytecode::PUSH_NULL:
        set(next, push_kind(s, K_NULL), &again, i);
        break;
      case bytecode::LOAD_GLOBAL: {
        int64_t t = (ins.oparg & 1) ? push_kind(s, K_NULL) : s;
        set(next, push_kind(t, K_OBJECT), &again, i);
        break;
      }
      case bytecode::LOAD_METHOD:
        set(next, push_kind(push_kind(pop_kind(s), K_NULL), K_OBJECT), &again, i);
        break;
      case bytecode::CALL: {
        int64_t t = s;
        for (int k = 0; k < ins.oparg + 2; k++)
          t = pop_kind(t);
        set(next, push_kind(t, K_OBJECT), &again, i);
        break;
      }
      case bytecode::SWAP:
        set(next, s < 0 ? s : swap_kinds(s, ins.oparg), &again, i);
        break;
      case bytecode::COPY:
        set(next, s < 0 ? s : push_kind(s, kind_at(s, ins.oparg)), &again, i);
        break;
      default: {
        int delta = bytecode::stack_effect(op, ins.oparg, false);
        int64_t t = s;
        for (; delta < 0; delta++)
          t = pop_kind(t);
        for (; delta > 0; delta--)
          t = push_kind(t, K_OBJECT);
        set(next, t, &again, i);
        break;
      }
      }
      i = next;
    }
    // Handlers get the stack of the protected range's start, cut to the
    // handler's depth, plus lasti and the exception.
    for (auto& h : handlers) {
      if (stacks[h.start] == NOT_REACHED || stacks[h.target] != NOT_REACHED)
        continue;
      int64_t t = stacks[h.start];
      while (t > 0 && packed_depth(t) > h.depth)
        t = pop_kind(t);
      if (h.lasti)
        t = push_kind(t, K_LASTI);
      stacks[h.target] = push_kind(t, K_EXCEPT);
      again = true;
    }
  }
  return stacks;
}

bool kinds_compatible(int64_t from, int64_t to) {
  if (from == 0)
    return false;
  if (to == K_OBJECT)
    return from != K_NULL;
  if (to == K_NULL)
    return true;
  return from == to;
}

bool stacks_compatible(int64_t from, int64_t to) {
  if (from < 0 || to < 0)
    return false;
  while (packed_depth(from) > packed_depth(to))
    from = pop_kind(from);
  while (from != 0) {
    if (!kinds_compatible(top_kind(from), top_kind(to)))
      return false;
    from = pop_kind(from);
    to = pop_kind(to);
  }
  return to == 0;
}

const char* incompatible_reason(int64_t to) {
  if (to == TOO_DEEP)
    return "stack to deep to analyze";
  if (to == NOT_REACHED)
    return "can't jump into an exception handler, or code may be unreachable";
  switch (top_kind(to)) {
  case K_EXCEPT:
    return "can't jump into an 'except' block as there's no exception";
  case K_LASTI:
    return "can't jump into a re-raising block as there's no location";
  case K_ITERATOR:
    return "can't jump into the body of a for loop";
  default:
    return "incompatible stacks";
  }
}

int set_lineno(FrameObject* fo, Object* value) {
  ThreadState* ts = ThreadState::current();
  Frame* frame = fo->frame;
  CodeObject* co = frame->code;
  if (!int_check_exact(value)) {
    err_set_string(ValueError, "lineno must be an integer");
    return -1;
  }
  bool suspended = frame->owner == FRAME_OWNED_BY_GENERATOR && ts->current_frame != frame;
  switch (ts->tracing_what) {
  case TRACE_LINE:
    break;
  case TRACE_CALL:
    err_set_string(ValueError, "can't jump from the 'call' trace event of a new frame");
    return -1;
  case TRACE_RETURN:
    if (suspended)
      break;
    [[fallthrough]];
  default:
    err_set_string(ValueError, "can only jump from a 'line' trace event");
    return -1;
  }
  if (!fo->trace) {
    err_set_string(ValueError, "f_lineno can only be set by a trace function");
    return -1;
  }
  bool overflow = false;
  int64_t wanted = int_as_i64(value, &overflow);
  if (overflow || wanted > INT32_MAX || wanted < INT32_MIN) {
    err_set_string(ValueError, "lineno out of range");
    return -1;
  }
  if (wanted < co->firstlineno) {
    err_format(ValueError, "line {} comes before the current code block", wanted);
    return -1;
  }
  // The first code unit of each line (a line starts where the line table
  // moves to another line).
  int n = static_cast<int>(co->ncodeunits);
  std::vector<int> line_start(static_cast<size_t>(n), -1);
  auto* lt = static_cast<BytesObject*>(co->linetable);
  int last = -1;
  for (auto& r :
       bytecode::decode_lines(std::string(lt->data, static_cast<size_t>(lt->size)), co->firstlineno)) {
    if (r.line != last && r.line != -1 && r.start / 2 < n) {
      line_start[static_cast<size_t>(r.start / 2)] = r.line;
      last = r.line;
    }
  }
  int target_line = -1;
  for (int l : line_start)
    if (l >= wanted && (target_line < 0 || l < target_line))
      target_line = l;
  if (target_line < 0) {
    err_format(ValueError, "line {} comes after the current code block", wanted);
    return -1;
  }
  std::vector<int64_t> stacks = stack_kinds(co);
  int64_t from = stacks[static_cast<size_t>(frame->lasti())];
  int best = -1;
  int64_t best_stack = TOO_DEEP;
  int err = -1;
  const char* msg = "cannot find bytecode for specified line";
  for (int i = 0; i < n; i++) {
    if (line_start[static_cast<size_t>(i)] != target_line)
      continue;
    int64_t to = stacks[static_cast<size_t>(i)];
    if (stacks_compatible(from, to)) {
      err = 0;
      if (packed_depth(to) < packed_depth(best_stack)) {
        best_stack = to;
        best = i;
      }
    } else if (err < 0) {
      if (from == TOO_DEEP) {
        msg = "stack to deep to analyze";
      } else if (from == NOT_REACHED) {
        msg = "can't jump from unreachable code";
      } else {
        msg = incompatible_reason(to);
        err = 1;
      }
    }
  }
  if (err) {
    err_set_string(ValueError, msg);
    return -1;
  }
  if (suspended)
    from = pop_kind(from); // the value the yield handed out
  while (packed_depth(from) > packed_depth(best_stack)) {
    Object* v = frame->localsplus[--frame->stacktop];
    frame->localsplus[frame->stacktop] = nullptr;
    if (top_kind(from) == K_EXCEPT) {
      // Leaving an except block: its saved exception becomes the handled one again.
      Object* old = ts->exc_info->exc_value;
      ts->exc_info->exc_value = v;
      xdecref(old);
    } else {
      xdecref(v);
    }
    from = pop_kind(from);
  }
  fo->lineno = 0;
  frame->prev_instr = co->code + best;
  return 0;
}

} // namespace

void trace_install() {
  frame_set_lineno_hook = set_lineno;
}

} // namespace coil::interp
