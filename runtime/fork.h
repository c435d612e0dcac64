// fork() support (os.fork, os.register_at_fork): what the runtime and the
// layers above it reset in the child, and the hooks run around the call.
//
// Invariants
// - runtime_fork() is called with the GIL held (when it is in use) by the
//   forking thread; in the child that thread is the only one left: it
//   becomes the main thread, holds a fresh GIL, and the other threads'
//   states are unlinked (their frames are never resumed; what they hold is
//   leaked, never freed, as their locks may be in any state).
// - Native hooks are registered once at start-up (interp/ registers the
//   JIT's), before any fork; they touch no Python object.
#pragma once

#include "runtime/object.h"

namespace coil {

// prepare runs in the parent before fork() (in reverse registration
// order), parent and child after it (in registration order). Any may be
// nullptr.
void fork_add_native_hooks(void (*prepare)(), void (*parent)(), void (*child)());

// os.register_at_fork(before=, after_in_child=, after_in_parent=): each
// argument may be nullptr (not given). 0, or -1 with an exception set.
int fork_register_python(Object* before, Object* after_in_child, Object* after_in_parent);

// os.fork(): runs the `before` hooks (Python, newest first, then native),
// forks, then in each process the native and Python `after` hooks (an
// exception in a Python hook is reported as unraisable and ignored, as
// CPython does). Returns the child's pid in the parent, 0 in the child, or
// -1 with OSError set when fork() fails.
long runtime_fork();

} // namespace coil
