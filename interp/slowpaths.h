// Out-of-line helpers for the evaluation loop: the parts of an opcode that
// are long, rare, or only about producing CPython's error messages. Keeping
// them here keeps the loop's hot paths small (Hermes' slow-path split).
#pragma once

#include "runtime/object.h"
#include "runtime/objects/frame.h"
#include "runtime/thread_state.h"

namespace coil::interp {

// NameError "name 'x' is not defined" (with CPython 3.11's "Did you mean"
// suggestion computed at print time from the exception's name attribute).
void raise_name_error(Object* name);
// UnboundLocalError / NameError for an empty local, cell or free variable.
void raise_unbound_local(CodeObject* code, int index);
// Unpacks `seq` into `argcnt` values before a starred target and `argcntafter` after
// (argcntafter -1: no starred target); writes them top-first below `sp`. Returns 0/-1.
int unpack_iterable(Object* seq, int argcnt, int argcntafter, Object** sp);
// raise / raise exc / raise exc from cause. Returns true if the exception is
// a bare re-raise (the traceback must not grow).
bool do_raise(ThreadState* ts, Object* exc, Object* cause);
Object* format_value(Object* value, int conversion, Object* spec);
// __build_class__(func, name, *bases, metaclass=..., **kwds)
Object* builtin_build_class(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* import_from(Object* module, Object* name);
int import_all_from(Object* locals, Object* module);
Object* load_name(Frame* frame, Object* name);
Object* load_global(Frame* frame, Object* name);
Object* load_classderef(Frame* frame, int oparg);
int dict_merge_for_call(Object* func, Object* dict, Object* update);
int dict_update_checked(Object* dict, Object* update);
int list_extend_checked(Object* list, Object* iterable);
// CALL_FUNCTION_EX's arguments as a tuple and a dict (or nullptr), with
// CPython's errors for a non-iterable * or non-mapping ** argument. 0/-1.
int call_ex_arguments(Object* func, Object* callargs, Object* kwargs, Object** args_out, Object** kw_out);
Object* call_function_ex(Object* func, Object* callargs, Object* kwargs);
// with-statement helpers
Object* before_with(Object* mgr, Object** exit_out);
// match-statement helpers
Object* match_keys(Object* subject, Object* keys);
Object* match_class(Object* subject, Object* type, int nargs, Object* kwargs);
int check_exc_match_type(Object* right);
int check_except_star_type(Object* right); // also refuses ExceptionGroup types (except*)
Object* exc_group_split(Object* exc_value, Object* match_type, Object** rest);
Object* prep_reraise_star(Object* orig, Object* excs);
// The send protocol of SEND: 0 = yielded *result, 1 = returned *result, -1 = error.
int iter_send(Object* receiver, Object* value, Object** result);
// Traceback entry for the frame that is unwinding.
void add_traceback_entry(Frame* frame);
// LOAD_METHOD's lookup (eval.cpp): the unbound function and *is_method, or
// the attribute itself; new reference or nullptr with an exception.
Object* method_lookup(Object* obj, Object* name, bool* is_method);
// Eval-breaker work (signals, pending calls). Returns 0/-1.
int handle_eval_breaker(ThreadState* ts);

} // namespace coil::interp
