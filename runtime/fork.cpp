// os.fork and os.register_at_fork (see fork.h).
//
// Invariants
// - The Python hook lists hold strong references for the process's life
//   (like CPython's interpreter fields); only the GIL holder touches them.
// - Between fork() and the child's reset nothing runs Python code or takes
//   a lock another thread of the parent may have held.
#include "runtime/fork.h"

#include <unistd.h>

#include <cerrno>
#include <vector>

#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/runtime.h"

namespace coil {

namespace {

struct NativeHooks {
  void (*prepare)();
  void (*parent)();
  void (*child)();
};

std::vector<NativeHooks>& native_hooks() {
  static auto* v = new std::vector<NativeHooks>();
  return *v;
}

struct PythonHooks {
  std::vector<Object*> before, child, parent;
};

PythonHooks& python_hooks() {
  static auto* h = new PythonHooks();
  return *h;
}

// Calls each hook (a copy of the list: a hook may register others);
// failures are reported as unraisable.
void run_python(const std::vector<Object*>& hooks, bool reverse) {
  std::vector<Object*> copy(hooks);
  for (Object* f : copy)
    incref(f);
  ssize n = static_cast<ssize>(copy.size());
  for (ssize k = 0; k < n; ++k) {
    Object* f = copy[reverse ? n - 1 - k : k];
    Object* r = object_call_noargs(f);
    if (r)
      decref(r);
    else
      err_write_unraisable(f);
  }
  for (Object* f : copy)
    decref(f);
}

} // namespace

void fork_add_native_hooks(void (*prepare)(), void (*parent)(), void (*child)()) {
  native_hooks().push_back({prepare, parent, child});
}

int fork_register_python(Object* before, Object* after_in_child, Object* after_in_parent) {
  PythonHooks& h = python_hooks();
  if (before)
    h.before.push_back(newref(before));
  if (after_in_child)
    h.child.push_back(newref(after_in_child));
  if (after_in_parent)
    h.parent.push_back(newref(after_in_parent));
  return 0;
}

long runtime_fork() {
  PythonHooks& py = python_hooks();
  std::vector<NativeHooks>& native = native_hooks();
  run_python(py.before, true);
  for (auto it = native.rbegin(); it != native.rend(); ++it)
    if (it->prepare)
      it->prepare();
  ThreadState* ts = ThreadState::current();
  pid_t pid = fork();
  int saved_errno = errno;
  if (pid == 0) {
    gil_after_fork_child(ts);
    for (const NativeHooks& h : native)
      if (h.child)
        h.child();
    run_python(py.child, false);
    return 0;
  }
  for (const NativeHooks& h : native)
    if (h.parent)
      h.parent();
  run_python(py.parent, false);
  if (pid < 0) {
    errno = saved_errno;
    err_from_errno(OSError);
    return -1;
  }
  return pid;
}

} // namespace coil
