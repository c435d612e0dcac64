// The evaluation loop: computed-goto dispatch over CPython 3.11 bytecode.
//
// Invariants
// - Every opcode of bytecode/opcodes.def has a TARGET here; the dispatch
//   table is built from the .def file, so a missing body fails the build.
// - Values on the stack are owned references (NULL only where 3.11 puts
//   the "no self" marker). Locals are owned or nullptr (unbound).
// - A Python-to-Python CALL pushes the callee's frame and continues in this
//   same C invocation; RETURN_VALUE pops back to the caller unless the
//   frame is the entry frame of this invocation, which returns to C.
// - On an exception, `error` records a traceback entry for the current
//   frame, then `exception_unwind` consults the exception table; with no
//   handler the frame is popped and the caller continues unwinding.
// - Slow and rare work is in slowpaths.cpp; argument binding in call.cpp.
#include <atomic>

#include "bytecode/exceptiontable.h"
#include "bytecode/opcodes.h"
#include "interp/async_ops.h"
#include "interp/call_site.h"
#include "interp/eval_macros.h"
#include "interp/inline_cache.h"
#include "interp/interp.h"
#include "interp/jit_iface.h"
#include "interp/slowpaths.h"
#include "interp/tiering.h"
#include "interp/trace.h"
#include "runtime/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/coro.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/function.h"
#include "runtime/objects/gen.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/range.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/type.h"
#include "runtime/recursion.h"
#include "runtime/stack_guard.h"

namespace coil::interp {

using bytecode::Opcode;

// Entering a Python frame counts against the recursion limit.
static bool enter_recursive_py(ThreadState* ts) {
  if (++ts->py_recursion_depth > ts->interp->recursion_limit) {
    --ts->py_recursion_depth;
    recursion_error(ts, "");
    return false;
  }
  return true;
}

// Native-stack guard at a C entry of the loop; undoes enter_recursive_py's
// count when it fails (true: RecursionError set).
static bool enter_native_stack_check(ThreadState* ts) {
  if (!ts->stack_hard_limit) [[unlikely]]
    stack_guard_init(ts);
  if (!stack_exhausted(ts)) [[likely]]
    return false;
  --ts->py_recursion_depth;
  recursion_error(ts, "");
  return true;
}

Object* method_lookup(Object* obj, Object* name, bool* is_method) {
  // LOAD_METHOD: avoid creating a bound method when the attribute is a plain
  // function found on the type and not shadowed by the instance.
  *is_method = false;
  TypeObject* tp = obj->type;
  if (tp->getattro != object_generic_getattr)
    return object_getattr(obj, name);
  Object* descr = type_lookup(tp, name);
  bool meth_found = false;
  if (descr) {
    if (type_has_flag(descr->type, TPFLAG_METHOD_DESCRIPTOR))
      meth_found = true;
    else if (descr->type->descr_get && descr->type->descr_set) {
      // Data descriptor wins over the instance dict.
      return descr->type->descr_get(descr, obj, tp);
    }
  }
  if (DictValues* values = instance_values(obj)) {
    Object* v = instance_values_get(obj, values, name);
    if (v)
      return newref(v);
    if (err_occurred())
      return nullptr;
  } else if (Object** dict_ptr = object_dict_ptr(obj)) {
    Object* dict = *dict_ptr; // negative offsets (str/tuple subclasses) are resolved by object_dict_ptr
    if (dict) {
      Object* v = dict_getitem(dict, name);
      if (v)
        return newref(v);
      if (err_occurred())
        return nullptr;
    }
  }
  if (meth_found) {
    *is_method = true;
    return newref(descr);
  }
  if (descr) {
    if (DescrGetFn get = descr->type->descr_get)
      return get(descr, obj, tp);
    return newref(descr);
  }
  return object_getattr(obj, name); // produces the AttributeError (or __getattr__)
}

// One body, two instantiations: Step=false is the evaluation loop;
// Step=true executes exactly one instruction of an already-running frame for
// native code (eval_step below), so both tiers share each instruction's
// semantics. In Step mode the frame is not linked, counted or popped here,
// calls are not inlined, and errors return to the caller before unwinding.
template <bool Step>
static Object* eval_loop(ThreadState* ts, Frame* entry_frame, bool throwflag, Object* step_kwnames,
                         int* step_status) {
  static void* dispatch_table[256];
  static bool table_ready = false;
  if (!table_ready) {
    for (auto& p : dispatch_table)
      p = &&unknown_opcode;
#define OPCODE(name, number, argkind, cache, effect, jump_effect, flags)                                     \
  dispatch_table[number] = &&TARGET_##name;
#include "bytecode/opcodes.def"
#undef OPCODE
    static_assert(ThreadState::TRACE_DISPATCH_MASK == 0xFF);
    dispatch_table[ThreadState::TRACE_DISPATCH_MASK] = &&do_tracing; // no opcode uses 255
    table_ready = true;
  }

  Frame* frame = entry_frame;
  CodeUnit* next_instr;
  Object** stack_pointer;
  int opcode;
  int oparg;
  Object* kwnames = nullptr;      // set by KW_NAMES for the next CALL (borrowed from co_consts)
  Object* frame_result = nullptr; // the value a frame returns or yields (frame_return/frame_yield)
  [[maybe_unused]] bool step_started = false;

  if constexpr (Step) {
    kwnames = step_kwnames;
    next_instr = frame->prev_instr + 1;
    LOAD_SP();
    DISPATCH();
  }
  frame->is_entry = true;
  frame->previous = ts->current_frame;
  ts->current_frame = frame;
  // Entered from C: the native stack grows, so the stack guard applies too.
  if (!enter_recursive_py(ts) || enter_native_stack_check(ts)) {
    ts->current_frame = frame->previous;
    leave_frame(ts, frame);
    return nullptr;
  }

  // First entry (or resumption of a generator frame).
  next_instr = frame->prev_instr + 1;
  LOAD_SP();
  if (throwflag) {
    throwflag = false;
    goto error;
  }
  TIER_ENTRY();
  DISPATCH();

start_frame:
  if (!enter_recursive_py(ts)) {
    // The callee frame was pushed by CALL; unwind it as if it raised.
    goto exit_unwind_no_depth;
  }
  next_instr = frame->prev_instr + 1;
  LOAD_SP();
  TIER_ENTRY();
  DISPATCH();

  // ------------------------------------------------------------ simple ops
  TARGET(NOP) {
    DISPATCH();
  }
  TARGET(CACHE) {
    DISPATCH();
  }
  TARGET(RESUME) {
    code_warmup_tick(frame->code);
    if (oparg < 2)
      CHECK_EVAL_BREAKER();
    DISPATCH();
  }
  TARGET(EXTENDED_ARG) {
    int prev = oparg;
    frame->prev_instr = next_instr; // lasti names the instruction, not its prefix
    CodeUnit word = *next_instr++;
    opcode = word & 0xFF;
    oparg = (prev << 8) | (word >> 8);
    goto* dispatch_table[opcode];
  }
  TARGET(POP_TOP) {
    decref(POP());
    DISPATCH();
  }
  TARGET(PUSH_NULL) {
    PUSH(nullptr);
    DISPATCH();
  }
  TARGET(COPY) {
    Object* v = PEEK(oparg);
    PUSH(newref(v));
    DISPATCH();
  }
  TARGET(SWAP) {
    Object* top = TOP();
    SET_TOP(PEEK(oparg));
    PEEK(oparg) = top;
    DISPATCH();
  }

  // ------------------------------------------------------------ locals
  TARGET(LOAD_FAST) {
    Object* v = GETLOCAL(oparg);
    if (!v) {
      raise_unbound_local(frame->code, oparg);
      goto error;
    }
    PUSH(newref(v));
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    Object* v = POP();
    SETLOCAL(oparg, v);
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    Object* v = GETLOCAL(oparg);
    if (!v) {
      raise_unbound_local(frame->code, oparg);
      goto error;
    }
    SETLOCAL(oparg, nullptr);
    DISPATCH();
  }
  TARGET(LOAD_CONST) {
    PUSH(newref(tuple_get(frame->code->consts, oparg)));
    DISPATCH();
  }

  // ------------------------------------------------------------ cells
  TARGET(MAKE_CELL) {
    Object* initial = GETLOCAL(oparg);
    Object* cell = cell_new(initial);
    if (!cell)
      goto error;
    SETLOCAL(oparg, cell);
    DISPATCH();
  }
  TARGET(COPY_FREE_VARS) {
    auto* func = static_cast<FunctionObject*>(frame->func);
    Object* closure = func->closure;
    int offset = frame->code->nlocalsplus - oparg;
    for (int i = 0; i < oparg; i++)
      frame->localsplus[offset + i] = newref(tuple_get(closure, i));
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    Object* v = GETLOCAL(oparg);
    if (!v) {
      raise_unbound_local(frame->code, oparg);
      goto error;
    }
    PUSH(newref(v));
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Object* v = static_cast<CellObject*>(GETLOCAL(oparg))->ref;
    if (!v) {
      raise_unbound_local(frame->code, oparg);
      goto error;
    }
    PUSH(newref(v));
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    Object* v = POP();
    auto* cell = static_cast<CellObject*>(GETLOCAL(oparg));
    setref(cell->ref, v);
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    auto* cell = static_cast<CellObject*>(GETLOCAL(oparg));
    if (!cell->ref) {
      raise_unbound_local(frame->code, oparg);
      goto error;
    }
    clear_ref(cell->ref);
    DISPATCH();
  }
  TARGET(LOAD_CLASSDEREF) {
    SAVE_SP();
    Object* v = load_classderef(frame, oparg);
    if (!v)
      goto error;
    PUSH(v);
    DISPATCH();
  }

  // ------------------------------------------------------------ names
  TARGET(LOAD_NAME) {
    SAVE_SP();
    Object* v = load_name(frame, tuple_get(frame->code->names, oparg));
    if (!v)
      goto error;
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    Object* name = tuple_get(frame->code->names, oparg);
    Object* v = POP();
    SAVE_SP();
    Object* ns = frame->locals;
    if (!ns) {
      err_format(SystemError, "no locals found when storing {}", str_view(name));
      decref(v);
      goto error;
    }
    int r = dict_check_exact(ns) ? dict_setitem(ns, name, v) : object_setitem(ns, name, v);
    decref(v);
    if (r < 0)
      goto error;
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    Object* name = tuple_get(frame->code->names, oparg);
    Object* ns = frame->locals;
    SAVE_SP();
    if (!ns) {
      err_format(SystemError, "no locals when deleting {}", str_view(name));
      goto error;
    }
    if (object_delitem(ns, name) < 0) {
      if (err_matches(KeyError)) {
        err_clear();
        raise_name_error(name);
      }
      goto error;
    }
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
    Object* name = tuple_get(frame->code->names, oparg >> 1);
    SAVE_SP();
    Object* v;
    if (InlineCacheEntry* e = site_entry(frame->code, THIS_INSTR(LOAD_GLOBAL) - frame->code->code))
      v = load_global_cached(frame, name, e);
    else
      v = load_global(frame, name);
    if (!v)
      goto error;
    if (oparg & 1)
      PUSH(nullptr);
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    Object* name = tuple_get(frame->code->names, oparg);
    Object* v = POP();
    SAVE_SP();
    int r = dict_setitem(frame->globals, name, v);
    decref(v);
    if (r < 0)
      goto error;
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    Object* name = tuple_get(frame->code->names, oparg);
    SAVE_SP();
    if (dict_delitem(frame->globals, name) < 0) {
      if (err_matches(KeyError)) {
        err_clear();
        raise_name_error(name);
      }
      goto error;
    }
    DISPATCH();
  }

  // ------------------------------------------------------------ attributes
  TARGET(LOAD_ATTR) {
    Object* owner = TOP();
    SAVE_SP();
    Object* name = tuple_get(frame->code->names, oparg);
    Object* res;
    if (InlineCacheEntry* e = site_entry(frame->code, THIS_INSTR(LOAD_ATTR) - frame->code->code))
      res = load_attr_cached(owner, name, e);
    else
      res = object_getattr(owner, name);
    if (!res)
      goto error;
    SET_TOP(res);
    decref(owner);
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    Object* obj = TOP();
    SAVE_SP();
    bool is_method;
    Object* name = tuple_get(frame->code->names, oparg);
    Object* meth;
    if (InlineCacheEntry* e = site_entry(frame->code, THIS_INSTR(LOAD_METHOD) - frame->code->code))
      meth = load_method_cached(obj, name, &is_method, e);
    else
      meth = method_lookup(obj, name, &is_method);
    if (!meth)
      goto error;
    if (is_method) {
      SET_TOP(meth);
      PUSH(obj); // self
    } else {
      SET_TOP(nullptr);
      decref(obj);
      PUSH(meth);
    }
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    Object* owner = TOP();
    Object* v = SECOND();
    STACK_SHRINK(2);
    SAVE_SP();
    int r = object_setattr(owner, tuple_get(frame->code->names, oparg), v);
    decref(v);
    decref(owner);
    if (r < 0)
      goto error;
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    Object* owner = POP();
    SAVE_SP();
    int r = object_setattr(owner, tuple_get(frame->code->names, oparg), nullptr);
    decref(owner);
    if (r < 0)
      goto error;
    DISPATCH();
  }

  // ------------------------------------------------------------ operators
  TARGET(UNARY_POSITIVE) {
    Object* v = TOP();
    SAVE_SP();
    Object* r = number_positive(v);
    if (!r)
      goto error;
    decref(v);
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    Object* v = TOP();
    SAVE_SP();
    Object* r = number_negative(v);
    if (!r)
      goto error;
    decref(v);
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    Object* v = TOP();
    SAVE_SP();
    Object* r = number_invert(v);
    if (!r)
      goto error;
    decref(v);
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    Object* v = TOP();
    SAVE_SP();
    int t = object_is_true(v);
    if (t < 0)
      goto error;
    decref(v);
    SET_TOP(newref(t ? False : True));
    DISPATCH();
  }
  TARGET(BINARY_OP) {
    Object* rhs = TOP();
    Object* lhs = SECOND();
    SAVE_SP();
    Object* r = binary_op(lhs, rhs, oparg);
    if (!r)
      goto error;
    STACK_SHRINK(1);
    decref(lhs);
    decref(rhs);
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    Object* right = TOP();
    Object* left = SECOND();
    SAVE_SP();
    Object* r = object_richcompare_op(left, right, oparg);
    if (!r)
      goto error;
    STACK_SHRINK(1);
    decref(left);
    decref(right);
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(IS_OP) {
    Object* right = POP();
    Object* left = TOP();
    bool res = (left == right) ^ (oparg != 0);
    decref(left);
    decref(right);
    SET_TOP(newref(res ? True : False));
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    Object* right = TOP();
    Object* left = SECOND();
    SAVE_SP();
    int res = sequence_contains(right, left);
    if (res < 0)
      goto error;
    STACK_SHRINK(1);
    decref(left);
    decref(right);
    SET_TOP(newref((res != 0) ^ (oparg != 0) ? True : False));
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    Object* sub = TOP();
    Object* container = SECOND();
    SAVE_SP();
    Object* r = object_getitem(container, sub);
    if (!r)
      goto error;
    STACK_SHRINK(1);
    decref(container);
    decref(sub);
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    Object* sub = TOP();
    Object* container = SECOND();
    Object* v = THIRD();
    SAVE_SP();
    int r = object_setitem(container, sub, v);
    if (r < 0)
      goto error;
    STACK_SHRINK(3);
    decref(v);
    decref(container);
    decref(sub);
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    Object* sub = TOP();
    Object* container = SECOND();
    SAVE_SP();
    int r = object_delitem(container, sub);
    if (r < 0)
      goto error;
    STACK_SHRINK(2);
    decref(container);
    decref(sub);
    DISPATCH();
  }

  // ------------------------------------------------------------ building
  TARGET(BUILD_TUPLE) {
    Object* t = tuple_new(oparg);
    if (!t)
      goto error;
    while (--oparg >= 0)
      tuple_set(t, oparg, POP());
    PUSH(t);
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    Object* l = list_new(oparg);
    if (!l)
      goto error;
    while (--oparg >= 0)
      list_set(l, oparg, POP());
    PUSH(l);
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    SAVE_SP();
    Object* s = set_new(nullptr);
    if (!s)
      goto error;
    int err = 0;
    for (int i = oparg; i > 0; i--) {
      Object* item = PEEK(i);
      if (!err)
        err = set_add(s, item) < 0;
      decref(item);
    }
    STACK_SHRINK(oparg);
    if (err) {
      decref(s);
      goto error;
    }
    PUSH(s);
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    SAVE_SP();
    Object* d = dict_new();
    if (!d)
      goto error;
    int err = 0;
    for (int i = oparg; i > 0; i--) {
      Object* key = PEEK(2 * i);
      Object* value = PEEK(2 * i - 1);
      if (!err)
        err = dict_setitem(d, key, value) < 0;
    }
    for (int i = 0; i < 2 * oparg; i++)
      decref(POP());
    if (err) {
      decref(d);
      goto error;
    }
    PUSH(d);
    DISPATCH();
  }
  TARGET(BUILD_CONST_KEY_MAP) {
    Object* keys = TOP();
    SAVE_SP();
    Object* d = dict_new();
    if (!d)
      goto error;
    int err = 0;
    for (int i = 0; i < oparg && !err; i++)
      err = dict_setitem(d, tuple_get(keys, i), PEEK(oparg + 1 - i)) < 0;
    decref(POP());
    for (int i = 0; i < oparg; i++)
      decref(POP());
    if (err) {
      decref(d);
      goto error;
    }
    PUSH(d);
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    // The compiler gives BUILD_STRING only str operands (FORMAT_VALUE results
    // and constants).
    Object* s = str_concat_array(nullptr, stack_pointer - oparg, oparg);
    for (int i = 0; i < oparg; i++)
      decref(POP());
    if (!s)
      goto error;
    PUSH(s);
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    Object* step = oparg == 3 ? POP() : nullptr;
    Object* stop = POP();
    Object* start = TOP();
    Object* s = slice_new(start, stop, step);
    decref(start);
    decref(stop);
    xdecref(step);
    SET_TOP(s);
    if (!s)
      goto error;
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    Object* v = POP();
    Object* list = PEEK(oparg);
    int r = list_append(list, v);
    decref(v);
    if (r < 0)
      goto error;
    DISPATCH();
  }
  TARGET(SET_ADD) {
    Object* v = POP();
    SAVE_SP();
    int r = set_add(PEEK(oparg), v);
    decref(v);
    if (r < 0)
      goto error;
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    Object* value = TOP();
    Object* key = SECOND();
    STACK_SHRINK(2);
    SAVE_SP();
    int r = dict_setitem(PEEK(oparg), key, value);
    decref(key);
    decref(value);
    if (r < 0)
      goto error;
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    Object* iterable = POP();
    SAVE_SP();
    int r = list_extend_checked(PEEK(oparg), iterable);
    decref(iterable);
    if (r < 0)
      goto error;
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    Object* iterable = POP();
    SAVE_SP();
    int r = set_update(PEEK(oparg), iterable);
    decref(iterable);
    if (r < 0)
      goto error;
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    Object* update = POP();
    SAVE_SP();
    int r = dict_update_checked(PEEK(oparg), update);
    decref(update);
    if (r < 0)
      goto error;
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    Object* update = POP();
    SAVE_SP();
    int r = dict_merge_for_call(PEEK(2 + oparg), PEEK(oparg), update);
    decref(update);
    if (r < 0)
      goto error;
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    Object* list = TOP();
    Object* t = list_as_tuple(list);
    if (!t)
      goto error;
    decref(list);
    SET_TOP(t);
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    Object* spec = (oparg & 4) ? POP() : nullptr;
    Object* value = POP();
    SAVE_SP();
    Object* r = format_value(value, oparg & 3, spec);
    decref(value);
    xdecref(spec);
    if (!r)
      goto error;
    PUSH(r);
    DISPATCH();
  }

  // ------------------------------------------------------------ unpacking
  TARGET(UNPACK_SEQUENCE) {
    Object* seq = POP();
    if (tuple_check_exact(seq) && tuple_size(seq) == oparg) {
      Object** items = tuple_items(seq);
      for (int i = oparg; --i >= 0;)
        PUSH(newref(items[i]));
    } else if (list_check_exact(seq) && list_size(seq) == oparg) {
      Object** items = list_items(seq);
      for (int i = oparg; --i >= 0;)
        PUSH(newref(items[i]));
    } else {
      SAVE_SP();
      if (unpack_iterable(seq, oparg, -1, stack_pointer + oparg) < 0) {
        decref(seq);
        goto error;
      }
      STACK_GROW(oparg);
    }
    decref(seq);
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    int total = (oparg & 0xFF) + (oparg >> 8) + 1;
    Object* seq = POP();
    SAVE_SP();
    if (unpack_iterable(seq, oparg & 0xFF, oparg >> 8, stack_pointer + total) < 0) {
      decref(seq);
      goto error;
    }
    STACK_GROW(total);
    decref(seq);
    DISPATCH();
  }

  // ------------------------------------------------------------ jumps
  TARGET(JUMP_FORWARD) {
    JUMPBY(oparg);
    DISPATCH();
  }
  TARGET(JUMP_BACKWARD) {
    code_warmup_tick(frame->code);
    JUMPBY(-oparg);
    CHECK_EVAL_BREAKER();
    TIER_BACKEDGE();
    DISPATCH();
  }
  TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
    JUMPBY(-oparg);
    DISPATCH();
  }
#define POP_JUMP_IF_BOOL(want_true, delta)                                                                   \
  {                                                                                                          \
    Object* cond = POP();                                                                                    \
    int t_;                                                                                                  \
    if (cond == True || cond == False) {                                                                     \
      t_ = cond == True;                                                                                     \
    } else {                                                                                                 \
      SAVE_SP();                                                                                             \
      t_ = object_is_true(cond);                                                                             \
      if (t_ < 0) {                                                                                          \
        decref(cond);                                                                                        \
        goto error;                                                                                          \
      }                                                                                                      \
    }                                                                                                        \
    decref(cond);                                                                                            \
    if (t_ == (want_true)) {                                                                                 \
      JUMPBY(delta);                                                                                         \
      if ((delta) < 0)                                                                                       \
        TIER_BACKEDGE();                                                                                     \
    }                                                                                                        \
    DISPATCH();                                                                                              \
  }
  TARGET(POP_JUMP_FORWARD_IF_FALSE)
  POP_JUMP_IF_BOOL(0, oparg)
  TARGET(POP_JUMP_FORWARD_IF_TRUE) POP_JUMP_IF_BOOL(1, oparg) TARGET(POP_JUMP_BACKWARD_IF_FALSE) {
    CHECK_EVAL_BREAKER();
    POP_JUMP_IF_BOOL(0, -oparg)
  }
  TARGET(POP_JUMP_BACKWARD_IF_TRUE) {
    CHECK_EVAL_BREAKER();
    POP_JUMP_IF_BOOL(1, -oparg)
  }
#undef POP_JUMP_IF_BOOL
  TARGET(POP_JUMP_FORWARD_IF_NONE) {
    Object* v = POP();
    if (v == None)
      JUMPBY(oparg);
    decref(v);
    DISPATCH();
  }
  TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) {
    Object* v = POP();
    if (v != None)
      JUMPBY(oparg);
    decref(v);
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_NONE) {
    Object* v = POP();
    if (v == None) {
      JUMPBY(-oparg);
      decref(v);
      CHECK_EVAL_BREAKER();
      TIER_BACKEDGE();
      DISPATCH();
    }
    decref(v);
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) {
    Object* v = POP();
    if (v != None) {
      JUMPBY(-oparg);
      decref(v);
      CHECK_EVAL_BREAKER();
      TIER_BACKEDGE();
      DISPATCH();
    }
    decref(v);
    DISPATCH();
  }
#define JUMP_IF_OR_POP(jump_when)                                                                            \
  {                                                                                                          \
    Object* cond = TOP();                                                                                    \
    int t_ = cond == True ? 1 : cond == False ? 0 : (SAVE_SP(), object_is_true(cond));                       \
    if (t_ < 0)                                                                                              \
      goto error;                                                                                            \
    if (t_ == (jump_when)) {                                                                                 \
      JUMPBY(oparg);                                                                                         \
    } else {                                                                                                 \
      STACK_SHRINK(1);                                                                                       \
      decref(cond);                                                                                          \
    }                                                                                                        \
    DISPATCH();                                                                                              \
  }
  TARGET(JUMP_IF_FALSE_OR_POP)
  JUMP_IF_OR_POP(0)
  TARGET(JUMP_IF_TRUE_OR_POP)
  JUMP_IF_OR_POP(1)
#undef JUMP_IF_OR_POP

  // ------------------------------------------------------------ iteration
  TARGET(GET_ITER) {
    Object* iterable = TOP();
    SAVE_SP();
    Object* it = object_get_iter(iterable);
    if (!it)
      goto error;
    decref(iterable);
    SET_TOP(it);
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Object* it = TOP();
    SAVE_SP();
    Object* next = it->type->iternext ? it->type->iternext(it) : iter_next(it);
    if (next) {
      PUSH(next);
      DISPATCH();
    }
    if (err_occurred()) {
      if (!err_matches(StopIteration))
        goto error;
      err_clear();
    }
    STACK_SHRINK(1);
    decref(it);
    JUMPBY(oparg);
    DISPATCH();
  }

  // ------------------------------------------------------------ calls
  TARGET(KW_NAMES) {
    kwnames = tuple_get(frame->code->consts, oparg);
    DISPATCH();
  }
  TARGET(PRECALL) {
    bool is_meth = PEEK(oparg + 2) != nullptr;
    Object* function = PEEK(oparg + 1);
    if (!is_meth && method_check(function)) {
      auto* m = static_cast<MethodObject*>(function);
      PEEK(oparg + 1) = newref(m->self);
      PEEK(oparg + 2) = newref(m->func);
      decref(function);
    }
    DISPATCH();
  }
  TARGET(CALL) {
    bool is_meth = PEEK(oparg + 2) != nullptr;
    Object* function = PEEK(oparg + 1);
    if (!is_meth && method_check(function)) {
      auto* m = static_cast<MethodObject*>(function);
      PEEK(oparg + 1) = newref(m->self);
      PEEK(oparg + 2) = newref(m->func);
      decref(function);
      is_meth = true;
    }
    int total_args = oparg + (is_meth ? 1 : 0);
    function = PEEK(total_args + 1);
    int nkw = kwnames ? static_cast<int>(tuple_size(kwnames)) : 0;
    int positional = total_args - nkw;
    Object* call_kwnames = kwnames;
    kwnames = nullptr;
    bool uncounted =
        call_site_uncounted(frame->code, THIS_INSTR(CALL), function, total_args,
                            total_args ? PEEK(total_args) : nullptr, call_kwnames != nullptr, is_meth);
    if (!Step && function_check(function) &&
        static_cast<FunctionObject*>(function)->vectorcall == function_vectorcall) {
      // Python-to-Python call: push the callee's frame and continue here.
      auto* func = static_cast<FunctionObject*>(function);
      auto* co = static_cast<CodeObject*>(func->code);
      Object* locals = (co->flags & CO_OPTIMIZED) ? nullptr : func->globals;
      STACK_SHRINK(total_args);
      Object** args = stack_pointer;
      SAVE_SP();
      Frame* new_frame = push_frame(ts, function, locals);
      if (!new_frame) {
        for (int i = 0; i < total_args; i++)
          decref(args[i]);
        STACK_SHRINK(2 - (is_meth ? 1 : 0));
        decref(function);
        SAVE_SP();
        goto error;
      }
      int bound = bind_arguments(ts, new_frame, args, positional, call_kwnames, true);
      // The arguments were stolen; drop the callable and the NULL/self slot.
      STACK_SHRINK(2 - (is_meth ? 1 : 0));
      decref(function);
      SAVE_SP();
      if (bound < 0) {
        pop_frame(ts, new_frame);
        goto error;
      }
      // As 3.11, a caller's lasti is the CALL's last inline-cache unit while the callee runs.
      frame->prev_instr = next_instr - 1;
      new_frame->previous = frame;
      frame = new_frame;
      ts->current_frame = frame;
      goto start_frame;
    }
    SAVE_SP();
    size_t nargsf = static_cast<size_t>(positional) | VECTORCALL_ARGUMENTS_OFFSET;
    Object* res =
        !Step && ts->use_tracing
            ? trace_vectorcall(ts, function, stack_pointer - total_args, nargsf, call_kwnames)
        : uncounted ? object_vectorcall_uncounted(function, stack_pointer - total_args, nargsf, call_kwnames)
                    : object_vectorcall(function, stack_pointer - total_args, nargsf, call_kwnames);
    decref(function);
    STACK_SHRINK(total_args);
    for (int i = 0; i < total_args; i++)
      decref(stack_pointer[i]);
    STACK_SHRINK(2 - (is_meth ? 1 : 0));
    PUSH(res);
    if (!res)
      goto error_pop_result;
    CHECK_EVAL_BREAKER();
    DISPATCH();
  }
  TARGET(CALL_FUNCTION_EX) {
    Object* kwargs = (oparg & 1) ? POP() : nullptr;
    Object* callargs = POP();
    Object* func = TOP();
    SAVE_SP();
    Object* result = !Step && ts->use_tracing ? trace_call_function_ex(ts, func, callargs, kwargs)
                                              : call_function_ex(func, callargs, kwargs);
    decref(func);
    decref(callargs);
    xdecref(kwargs);
    STACK_SHRINK(1);
    SET_TOP(result); // replaces the NULL below the callable
    if (!result)
      goto error_pop_result;
    CHECK_EVAL_BREAKER();
    DISPATCH();
  }
  TARGET(MAKE_FUNCTION) {
    Object* code = POP();
    SAVE_SP();
    auto* func = reinterpret_cast<FunctionObject*>(function_new(code, frame->globals, nullptr));
    decref(code);
    if (!func)
      goto error;
    if (oparg & 0x08)
      func->closure = POP();
    if (oparg & 0x04)
      func->annotations = POP();
    if (oparg & 0x02)
      func->kwdefaults = POP();
    if (oparg & 0x01)
      func->defaults = POP();
    PUSH(func);
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
    STEP_UNSUPPORTED();
    frame_result = POP();
    SAVE_SP();
    goto frame_return;
  }

  // ------------------------------------------------------------ classes, imports
  TARGET(LOAD_BUILD_CLASS) {
    Object* bc = dict_getitem_str(frame->builtins, "__build_class__");
    if (!bc) {
      err_set_string(NameError, "__build_class__ not found");
      goto error;
    }
    PUSH(newref(bc));
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) {
    SAVE_SP();
    Object* ns = frame->locals;
    if (!ns) {
      err_set_string(SystemError, "no locals found when setting up annotations");
      goto error;
    }
    Object* key = str_intern_utf8("__annotations__");
    int has;
    if (dict_check_exact(ns)) {
      has = dict_contains(ns, key);
    } else {
      Object* v = object_getitem(ns, key);
      if (v) {
        has = 1;
        decref(v);
      } else if (err_matches(KeyError)) {
        err_clear();
        has = 0;
      } else {
        has = -1;
      }
    }
    if (has == 0) {
      Object* d = dict_new();
      has = d ? object_setitem(ns, key, d) : -1;
      xdecref(d);
    }
    decref(key);
    if (has < 0)
      goto error;
    DISPATCH();
  }
  TARGET(IMPORT_NAME) {
    Object* name = tuple_get(frame->code->names, oparg);
    Object* fromlist = POP();
    Object* level = TOP();
    SAVE_SP();
    bool overflow;
    Object* res = import_name(name, frame->globals, fromlist, static_cast<int>(int_as_i64(level, &overflow)));
    decref(level);
    decref(fromlist);
    SET_TOP(res);
    if (!res)
      goto error_pop_result;
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    SAVE_SP();
    Object* res = import_from(TOP(), tuple_get(frame->code->names, oparg));
    if (!res)
      goto error;
    PUSH(res);
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    Object* from = POP();
    SAVE_SP();
    if (!frame->locals) {
      decref(from);
      err_set_string(SystemError, "no locals found during 'import *'");
      goto error;
    }
    int r = import_all_from(frame->locals, from);
    decref(from);
    if (r < 0)
      goto error;
    DISPATCH();
  }
  TARGET(PRINT_EXPR) {
    Object* value = POP();
    SAVE_SP();
    Object* hook = ts->interp->sysdict ? dict_getitem_str(ts->interp->sysdict, "displayhook") : nullptr;
    if (!hook) {
      decref(value);
      err_set_string(RuntimeError, "lost sys.displayhook");
      goto error;
    }
    Object* r = object_call_one(hook, value);
    decref(value);
    if (!r)
      goto error;
    decref(r);
    DISPATCH();
  }

  // ------------------------------------------------------------ exceptions
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(newref(static_cast<Object*>(AssertionError)));
    DISPATCH();
  }
  TARGET(RAISE_VARARGS) {
    Object* cause = nullptr;
    Object* exc = nullptr;
    if (oparg == 2)
      cause = POP();
    if (oparg >= 1)
      exc = POP();
    SAVE_SP();
    bool reraise = do_raise(ts, exc, cause);
    xdecref(exc);
    xdecref(cause);
    if (reraise)
      goto exception_unwind;
    goto error;
  }
  TARGET(RERAISE) {
    if (oparg) {
      Object* lasti = PEEK(oparg + 1);
      if (int_check(lasti)) {
        bool overflow;
        frame->prev_instr = frame->code->code + int_as_i64(lasti, &overflow);
      } else {
        err_set_string(SystemError, "lasti is not an int");
        goto error;
      }
    }
    Object* val = POP();
    SAVE_SP();
    err_restore(val);
    goto exception_unwind;
  }
  TARGET(PUSH_EXC_INFO) {
    Object* value = TOP();
    ExcInfo* info = ts->exc_info;
    SET_TOP(info->exc_value ? info->exc_value : newref(None));
    PUSH(newref(value));
    info->exc_value = value;
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    ExcInfo* info = ts->exc_info;
    Object* old = info->exc_value;
    info->exc_value = POP();
    xdecref(old);
    DISPATCH();
  }
  TARGET(CHECK_EXC_MATCH) {
    Object* right = POP();
    Object* left = TOP();
    SAVE_SP();
    if (check_exc_match_type(right) < 0) {
      decref(right);
      goto error;
    }
    bool res = exception_matches(left, right);
    decref(right);
    PUSH(newref(res ? True : False));
    DISPATCH();
  }
  TARGET(CHECK_EG_MATCH) {
    Object* match_type = POP();
    Object* exc_value = TOP();
    SAVE_SP();
    if (check_except_star_type(match_type) < 0) {
      decref(match_type);
      goto error;
    }
    Object* rest = nullptr;
    Object* match = exc_group_split(exc_value, match_type, &rest);
    decref(match_type);
    if (!match)
      goto error;
    decref(exc_value);
    SET_TOP(rest);
    PUSH(match);
    if (match != None) {
      // The matched part becomes the handled exception.
      ExcInfo* info = ts->exc_info;
      setref(info->exc_value, newref(match));
    }
    DISPATCH();
  }
  TARGET(PREP_RERAISE_STAR) {
    Object* excs = POP();
    Object* orig = TOP();
    SAVE_SP();
    Object* val = prep_reraise_star(orig, excs);
    decref(excs);
    if (!val)
      goto error;
    decref(orig);
    SET_TOP(val);
    DISPATCH();
  }
  TARGET(BEFORE_WITH) {
    Object* mgr = TOP();
    SAVE_SP();
    Object* exit_fn = nullptr;
    Object* res = before_with(mgr, &exit_fn);
    if (!res)
      goto error;
    decref(mgr);
    SET_TOP(exit_fn);
    PUSH(res);
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    Object* val = TOP();
    Object* exit_fn = PEEK(4);
    SAVE_SP();
    Object* tb = static_cast<BaseExceptionObject*>(val)->traceback;
    Object* args[4] = {nullptr, static_cast<Object*>(val->type), val, tb ? tb : None};
    Object* res = object_vectorcall(exit_fn, args + 1, 3 | VECTORCALL_ARGUMENTS_OFFSET, nullptr);
    if (!res)
      goto error;
    PUSH(res);
    DISPATCH();
  }

  // ------------------------------------------------------------ match
  TARGET(GET_LEN) {
    SAVE_SP();
    ssize n = object_length(TOP());
    if (n < 0)
      goto error;
    Object* len = int_from_i64(n);
    if (!len)
      goto error;
    PUSH(len);
    DISPATCH();
  }
  TARGET(MATCH_MAPPING) {
    bool m = type_has_flag(TOP()->type, TPFLAG_MAPPING);
    PUSH(newref(m ? True : False));
    DISPATCH();
  }
  TARGET(MATCH_SEQUENCE) {
    bool m = type_has_flag(TOP()->type, TPFLAG_SEQUENCE);
    PUSH(newref(m ? True : False));
    DISPATCH();
  }
  TARGET(MATCH_KEYS) {
    SAVE_SP();
    Object* values = match_keys(SECOND(), TOP());
    if (!values)
      goto error;
    PUSH(values);
    DISPATCH();
  }
  TARGET(MATCH_CLASS) {
    Object* names = POP();
    Object* type = POP();
    Object* subject = TOP();
    SAVE_SP();
    Object* attrs = match_class(subject, type, oparg, names);
    decref(names);
    decref(type);
    if (!attrs)
      goto error;
    decref(subject);
    SET_TOP(attrs); // a tuple, or None when the match fails
    DISPATCH();
  }

  // ------------------------------------------------------------ generators and async
  TARGET(RETURN_GENERATOR) {
    STEP_UNSUPPORTED();
    SAVE_SP();
    Object* gen = gen_new_from_frame(frame->func, frame);
    if (!gen)
      goto error;
    --ts->py_recursion_depth;
    Frame* caller = frame->previous;
    bool was_entry = frame->is_entry;
    release_frame_memory(ts, frame); // its references now belong to the generator
    ts->current_frame = caller;
    if (was_entry)
      return gen;
    frame = caller;
    LOAD_SP();
    PUSH(gen);
    SAVE_SP();
    next_instr = frame->prev_instr + 1;
    DISPATCH();
  }
  TARGET(YIELD_VALUE) {
    // Generator frames are always entry frames (resumed by gen_send_ex).
    STEP_UNSUPPORTED();
    frame_result = POP();
    SAVE_SP();
    goto frame_yield;
  }
  TARGET(SEND) {
    Object* v = POP();
    Object* receiver = TOP();
    SAVE_SP();
    Object* retval = nullptr;
    int status = iter_send(receiver, v, &retval);
    decref(v);
    if (status < 0)
      goto error;
    if (status == 1) {
      decref(receiver);
      SET_TOP(retval);
      JUMPBY(oparg);
      DISPATCH();
    }
    PUSH(retval);
    DISPATCH();
  }
  TARGET(GET_YIELD_FROM_ITER) {
    Object* iterable = TOP();
    if (!gen_check(iterable)) {
      SAVE_SP();
      Object* it = get_yield_from_iter(frame, iterable); // coroutines only in coroutine code
      if (!it)
        goto error;
      decref(iterable);
      SET_TOP(it);
    }
    DISPATCH();
  }
  // Coroutines and async generators (slow parts in async_ops.cpp).
  TARGET(GET_AWAITABLE) {
    Object* obj = TOP();
    SAVE_SP();
    Object* iter = get_awaitable(obj, oparg);
    decref(obj);
    SET_TOP(iter);
    if (!iter)
      goto error_pop_result;
    DISPATCH();
  }
  TARGET(GET_AITER) {
    Object* obj = TOP();
    SAVE_SP();
    Object* iter = get_aiter(obj);
    decref(obj);
    SET_TOP(iter);
    if (!iter)
      goto error_pop_result;
    DISPATCH();
  }
  TARGET(GET_ANEXT) {
    SAVE_SP();
    Object* awaitable = get_anext(TOP());
    if (!awaitable)
      goto error;
    PUSH(awaitable);
    DISPATCH();
  }
  TARGET(BEFORE_ASYNC_WITH) {
    Object* mgr = TOP();
    SAVE_SP();
    Object* exit_fn = nullptr;
    Object* res = before_async_with(mgr, &exit_fn);
    if (!res)
      goto error;
    decref(mgr);
    SET_TOP(exit_fn);
    PUSH(res);
    DISPATCH();
  }
  TARGET(END_ASYNC_FOR) {
    Object* exc = POP();
    if (exception_matches(exc, static_cast<Object*>(StopAsyncIteration))) {
      decref(exc);
      decref(POP()); // the async iterator
      DISPATCH();
    }
    SAVE_SP();
    err_restore(exc); // re-raised as is (no new traceback entry)
    goto exception_unwind;
  }
  TARGET(ASYNC_GEN_WRAP) {
    Object* value = TOP();
    SAVE_SP();
    Object* wrapped = async_gen_wrap_value(value);
    if (!wrapped)
      goto error;
    decref(value);
    SET_TOP(wrapped);
    DISPATCH();
  }

do_tracing : {
  // Reached instead of every instruction while use_tracing is set (never
  // in Step mode). DISPATCH already made prev_instr the instruction.
  SAVE_SP();
  int traced = trace_instruction(ts, frame);
  LOAD_SP();
  if (traced < 0)
    goto error;
  next_instr = frame->prev_instr + 1; // moved when the tracer set f_lineno
  opcode = *frame->prev_instr & 0xFF;
  oparg = *frame->prev_instr >> 8;
  goto* dispatch_table[opcode];
}

unknown_opcode:
  SAVE_SP();
  err_format(SystemError, "{}:{}: unknown opcode {}", str_view(frame->code->filename),
             frame_get_lineno(frame), opcode);
  goto error;

  // ------------------------------------------------------------ unwinding
error_pop_result:
  // A failed call pushed a nullptr result; drop it before unwinding.
  STACK_SHRINK(1);
error:
  kwnames = nullptr;
  SAVE_SP();
  if constexpr (Step) {
    *step_status = STEP_ERROR;
    return nullptr;
  }
  add_traceback_entry(frame);
  if (ts->trace_func)
    trace_exception(ts, frame);

exception_unwind : {
  if constexpr (Step) {
    SAVE_SP();
    *step_status = STEP_ERROR_NO_TB;
    return nullptr;
  }
  // The handler is found from the instruction that was executing, not from
  // prev_instr (RERAISE sets prev_instr to the original raise for line numbers).
  int offset = static_cast<int>(next_instr - 1 - frame->code->code);
  auto* table = static_cast<BytesObject*>(frame->code->exceptiontable);
  auto handler = bytecode::find_handler(table->data, static_cast<size_t>(table->size), offset);
  if (!handler) {
    // No handler: discard the stack and leave this frame.
    Object** base = frame->stack_base();
    while (stack_pointer > base)
      xdecref(POP());
    SAVE_SP();
    if (ts->use_tracing)
      trace_frame_unwind(ts, frame);
    goto exit_unwind;
  }
  Object** new_top = frame->stack_base() + handler->depth;
  while (stack_pointer > new_top)
    xdecref(POP());
  if (handler->lasti) {
    Object* lasti = int_from_i64(frame->lasti());
    if (!lasti) {
      SAVE_SP();
      goto exit_unwind;
    }
    PUSH(lasti);
  }
  Object* exc = err_fetch();
  PUSH(exc);
  SAVE_SP();
  next_instr = frame->code->code + handler->target;
  DISPATCH();
}

exit_unwind:
  --ts->py_recursion_depth;
exit_unwind_no_depth : {
  Frame* caller = frame->previous;
  bool was_entry = frame->is_entry;
  ts->current_frame = caller;
  leave_frame(ts, frame);
  if (was_entry)
    return nullptr;
  frame = caller;
  LOAD_SP();
  next_instr = frame->prev_instr + 1; // inside the CALL that invoked the finished frame
  goto error;
}

frame_return : {
  // The frame finished (RETURN_VALUE, here or in native code) with frame_result.
  if (ts->use_tracing && trace_frame_exit(ts, frame, frame_result) < 0) {
    decref(frame_result);
    goto exit_unwind;
  }
  --ts->py_recursion_depth;
  if (!frame->is_entry) {
    Frame* caller = frame->previous;
    ts->current_frame = caller;
    pop_frame(ts, frame);
    frame = caller;
    LOAD_SP();
    PUSH(frame_result);
    SAVE_SP();
    next_instr = frame->prev_instr + 1; // just past the CALL's caches
    DISPATCH();
  }
  ts->current_frame = frame->previous;
  leave_frame(ts, frame);
  return frame_result;
}

frame_yield : {
  // A generator frame suspended at YIELD_VALUE (always an entry frame).
  if (ts->use_tracing && trace_frame_exit(ts, frame, frame_result) < 0) {
    decref(frame_result);
    goto exit_unwind;
  }
  --ts->py_recursion_depth;
  gen_of_frame(frame)->state = GEN_SUSPENDED;
  ts->current_frame = frame->previous;
  frame->previous = nullptr;
  return frame_result;
}
}

Object* eval_frame(ThreadState* ts, Frame* frame, bool throwflag) {
  return eval_loop<false>(ts, frame, throwflag, nullptr, nullptr);
}

int eval_step(ThreadState* ts, Frame* frame, Object* kwnames) {
  int status = STEP_ERROR;
  eval_loop<true>(ts, frame, false, kwnames, &status);
  return status;
}

} // namespace coil::interp
