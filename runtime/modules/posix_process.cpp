// The process functions of the `posix` module: fork, register_at_fork,
// wait, waitpid and the W* status macros (posix.cpp adds them to the module).
//
// Invariants
// - fork() goes through runtime_fork() (runtime/fork.h), which resets the
//   GIL and the thread states in the child and runs the at-fork hooks.
// - wait()/waitpid() release the GIL while they block, retry after EINTR
//   and end with KeyboardInterrupt when Ctrl-C arrived meanwhile (as
//   time.sleep does).
// - Argument errors use CPython 3.11's wording for each function: argument
//   clinic for the W* macros and register_at_fork, PyArg_ParseTuple's for
//   waitpid.
#include "runtime/modules/posix_process.h"

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>

#include "runtime/errors.h"
#include "runtime/fork.h"
#include "runtime/gil.h"
#include "runtime/objects/container_util.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/tuple.h"
#include "runtime/runtime.h"

namespace coil {
namespace {

Object* posix_fork(Object*, Object*) {
  long pid = runtime_fork();
  if (pid < 0)
    return nullptr;
  return int_from_i64(pid);
}

Object* posix_register_at_fork(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"before", "after_in_child", "after_in_parent"};
  Object* v[3];
  if (!clinic_call_args({"register_at_fork", names, 3, 0, 0, 0, 0}, args, nargs, kwnames, v))
    return nullptr;
  if (!v[0] && !v[1] && !v[2])
    return err_set_string(TypeError, "At least one argument is required.");
  for (int i = 0; i < 3; ++i)
    if (v[i] && !object_callable(v[i]))
      return err_format(TypeError, "'{}' must be callable, not {}", names[i], type_name_of(v[i]));
  if (fork_register_python(v[0], v[1], v[2]) < 0)
    return nullptr;
  return newref(None);
}

// PyArg_ParseTuple's "i" converter: __index__, then the C int range.
int parse_c_int(Object* o, int* out) {
  Object* v = number_index(o);
  if (!v)
    return -1;
  bool overflow = false;
  int64_t x = int_as_i64(v, &overflow);
  int sign = int_sign(v);
  decref(v);
  if (overflow || x > INT_MAX || x < INT_MIN) {
    err_set_string(OverflowError, (overflow ? sign > 0 : x > INT_MAX)
                                      ? "signed integer is greater than maximum"
                                      : "signed integer is less than minimum");
    return -1;
  }
  *out = static_cast<int>(x);
  return 0;
}

// waitpid(2) without the GIL, retried after EINTR; a pending Ctrl-C ends
// it with KeyboardInterrupt. The (pid, status) tuple, or nullptr.
Object* wait_for(pid_t pid, int options) {
  int status = 0;
  pid_t r;
  for (;;) {
    ThreadState* ts = gil_release();
    r = waitpid(pid, &status, options);
    int e = errno;
    gil_reacquire(ts);
    if (r >= 0)
      break;
    if (e != EINTR) {
      errno = e;
      return err_from_errno(OSError);
    }
    Interpreter* interp = Interpreter::main();
    if (interp && (interp->eval_breaker.load() & EVAL_BREAKER_SIGNALS)) {
      interp->eval_breaker.fetch_and(~static_cast<uint32_t>(EVAL_BREAKER_SIGNALS));
      return err_set_none(KeyboardInterrupt);
    }
  }
  Object* a = int_from_i64(r);
  Object* b = a ? int_from_i64(status) : nullptr;
  if (!b) {
    xdecref(a);
    return nullptr;
  }
  Object* t = tuple_pack({a, b});
  decref(a);
  decref(b);
  return t;
}

Object* posix_wait(Object*, Object*) {
  return wait_for(-1, 0);
}

Object* posix_waitpid(Object*, Object* const* args, ssize nargs) {
  if (nargs != 2)
    return err_format(TypeError, "waitpid() takes exactly 2 arguments ({} given)", nargs);
  int pid, options;
  if (parse_c_int(args[0], &pid) < 0 || parse_c_int(args[1], &options) < 0)
    return nullptr;
  return wait_for(pid, options);
}

// The status macros: NAME(status), status an int (clinic's "int" converter).
template <const char* Name> bool status_arg(Object* const* args, ssize nargs, Object* kwnames, int* status) {
  static const char* const names[] = {"status"};
  Object* v;
  if (!clinic_call_args({Name, names, 1, 0, 1, 1, 0}, args, nargs, kwnames, &v))
    return false;
  return number_as_int_arg(v, status) == 0;
}

#define STATUS_MACRO(NAME, RESULT)                                                                           \
  constexpr char NAME##_name[] = #NAME;                                                                      \
  Object* posix_##NAME(Object*, Object* const* args, ssize nargs, Object* kwnames) {                         \
    int status;                                                                                              \
    if (!status_arg<NAME##_name>(args, nargs, kwnames, &status))                                             \
      return nullptr;                                                                                        \
    return RESULT;                                                                                           \
  }
STATUS_MACRO(WIFEXITED, bool_from(WIFEXITED(status)))
STATUS_MACRO(WEXITSTATUS, int_from_i64(WEXITSTATUS(status)))
STATUS_MACRO(WIFSIGNALED, bool_from(WIFSIGNALED(status)))
STATUS_MACRO(WTERMSIG, int_from_i64(WTERMSIG(status)))
STATUS_MACRO(WIFSTOPPED, bool_from(WIFSTOPPED(status)))
STATUS_MACRO(WSTOPSIG, int_from_i64(WSTOPSIG(status)))
STATUS_MACRO(WCOREDUMP, bool_from(WCOREDUMP(status)))
STATUS_MACRO(WIFCONTINUED, bool_from(WIFCONTINUED(status)))
#undef STATUS_MACRO

#define FN(f) reinterpret_cast<MethodFn>(f)
#define KW (METH_FASTCALL | METH_KEYWORDS)
MethodDef process_functions[] = {
    {"WCOREDUMP", FN(posix_WCOREDUMP), KW,
     "Return True if the process returning status was dumped to a core file."},
    {"WEXITSTATUS", FN(posix_WEXITSTATUS), KW, "Return the process return code from status."},
    {"WIFCONTINUED", FN(posix_WIFCONTINUED), KW,
     "Return True if a particular process was continued from a job control stop."},
    {"WIFEXITED", FN(posix_WIFEXITED), KW, "Return True if the process returning status exited via exit()."},
    {"WIFSIGNALED", FN(posix_WIFSIGNALED), KW,
     "Return True if the process returning status was terminated by a signal."},
    {"WIFSTOPPED", FN(posix_WIFSTOPPED), KW, "Return True if the process returning status was stopped."},
    {"WSTOPSIG", FN(posix_WSTOPSIG), KW,
     "Return the signal that stopped the process that provided the status value."},
    {"WTERMSIG", FN(posix_WTERMSIG), KW,
     "Return the signal that terminated the process that provided the status value."},
    {"fork", posix_fork, METH_NOARGS,
     "Fork a child process.\n\nReturn 0 to child process and PID of child to parent process."},
    {"register_at_fork", FN(posix_register_at_fork), KW,
     "Register callables to be called when forking a new process."},
    {"wait", posix_wait, METH_NOARGS, "Wait for completion of a child process."},
    {"waitpid", FN(posix_waitpid), METH_FASTCALL, "Wait for completion of a given child process."},
    {nullptr, nullptr, 0, nullptr},
};
#undef KW
#undef FN

} // namespace

int posix_add_process_functions(Object* module) {
  if (module_add_functions(module, process_functions) < 0)
    return -1;
  static const struct {
    const char* name;
    int value;
  } constants[] = {{"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED}};
  for (const auto& c : constants) {
    Object* v = int_from_i64(c.value);
    int r = v ? module_add_object(module, c.name, v) : -1;
    xdecref(v);
    if (r < 0)
      return -1;
  }
  return 0;
}

} // namespace coil
